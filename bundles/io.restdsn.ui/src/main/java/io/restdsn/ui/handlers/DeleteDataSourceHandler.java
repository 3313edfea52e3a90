package io.restdsn.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;

/** Delete… (Delete key in the view): removes the selected DSNs and their secrets after a confirmation. */
public class DeleteDataSourceHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		new DataSourceActions(event).delete(DataSourceActions.selectedNames(event));
		return null;
	}
}
