package io.restdsn.ui.handlers;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;

/** Test Connection: the staged connection test of the selected DSN, in the test dialog. */
public class TestDataSourceHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		List<String> names = DataSourceActions.selectedNames(event);
		if (names.size() == 1) {
			new DataSourceActions(event).test(names.get(0));
		}
		return null;
	}
}
