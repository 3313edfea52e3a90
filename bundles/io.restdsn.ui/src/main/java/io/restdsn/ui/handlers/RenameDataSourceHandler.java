package io.restdsn.ui.handlers;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;

/** Rename… (F2 in the view): asks for the new name, checked as you type. */
public class RenameDataSourceHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		List<String> names = DataSourceActions.selectedNames(event);
		if (names.size() == 1) {
			new DataSourceActions(event).rename(names.get(0));
		}
		return null;
	}
}
