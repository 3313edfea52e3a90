package io.restdsn.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;

/** Data Source &gt; New Data Source…, File &gt; New &gt; Data Source: opens the setup wizard. */
public class NewDataSourceHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		new DataSourceActions(event).newDataSource();
		return null;
	}
}
