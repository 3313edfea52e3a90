package io.restdsn.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;

/** File &gt; Import: DSNs from a connection string or another odbc.ini. */
public class ImportDataSourcesHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		new DataSourceActions(event).importDataSources();
		return null;
	}
}
