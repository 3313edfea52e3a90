package io.restdsn.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

import io.restdsn.ui.views.DataSourcesView;

/** Data Source > Refresh (F5): re-reads the odbc.ini. */
public class RefreshDataSourcesHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		if (window != null && window.getActivePage() != null) {
			IViewPart view = window.getActivePage().findView(DataSourcesView.ID);
			if (view instanceof DataSourcesView dsv) {
				dsv.refresh();
			}
		}
		return null;
	}
}
