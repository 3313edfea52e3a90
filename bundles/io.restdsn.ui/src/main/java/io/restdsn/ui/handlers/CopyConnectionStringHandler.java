package io.restdsn.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;

/** Copy Connection String (Ctrl+C in the view): ODBC connection strings of the selection, secrets left out. */
public class CopyConnectionStringHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		new DataSourceActions(event).copyConnectionStrings(DataSourceActions.selectedNames(event));
		return null;
	}
}
