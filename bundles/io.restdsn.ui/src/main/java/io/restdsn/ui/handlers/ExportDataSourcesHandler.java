package io.restdsn.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;

/** File &gt; Export and Export on the selection: DSNs as odbc.ini text or connection strings. */
public class ExportDataSourcesHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		new DataSourceActions(event).exportDataSources(DataSourceActions.selectedNames(event));
		return null;
	}
}
