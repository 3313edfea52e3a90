package io.restdsn.ui.handlers;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;

/** Duplicate: saves a copy of the selected DSN under a free name. */
public class DuplicateDataSourceHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		List<String> names = DataSourceActions.selectedNames(event);
		if (names.size() == 1) {
			new DataSourceActions(event).duplicate(names.get(0));
		}
		return null;
	}
}
