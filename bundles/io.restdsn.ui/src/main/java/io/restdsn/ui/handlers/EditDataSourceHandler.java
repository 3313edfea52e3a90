package io.restdsn.ui.handlers;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;

/** Edit… (also double-click and Enter in the view): opens the editor on the selected DSN. */
public class EditDataSourceHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		List<String> names = DataSourceActions.selectedNames(event);
		if (names.size() == 1) {
			new DataSourceActions(event).edit(names.get(0));
		}
		return null;
	}
}
