package io.restdsn.ui.handlers;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.handlers.HandlerUtil;

import io.restdsn.ui.UiPlugin;
import io.restdsn.ui.query.QueryEditor;
import io.restdsn.ui.views.DataSourceRow;
import io.restdsn.ui.views.DataSourcesView;

/**
 * New Query (Data Sources toolbar and context menu, Query menu): opens a query window on the selected DSN. From the
 * Query menu while another part is active, the Data Sources view's selection counts; with none there, the user picks
 * a DSN from a list.
 */
public class NewQueryHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		if (window == null || window.getActivePage() == null) {
			return null;
		}
		String name = selected(DataSourceActions.selectedNames(event));
		if (name == null) {
			IViewPart v = window.getActivePage().findView(DataSourcesView.ID);
			if (v instanceof DataSourcesView dsv) {
				IStructuredSelection s = dsv.viewer().getStructuredSelection();
				if (s.size() == 1 && s.getFirstElement() instanceof DataSourceRow row) {
					name = row.name();
				}
			}
		}
		if (name == null) {
			name = choose(window);
		}
		if (name == null) {
			return null;
		}
		try {
			QueryEditor.open(window.getActivePage(), name);
		} catch (PartInitException e) {
			throw new ExecutionException("Cannot open a query window on " + name, e);
		}
		return null;
	}

	private static String selected(List<String> names) {
		return names.size() == 1 ? names.get(0) : null;
	}

	/** Lets the user pick a DSN (names read off the UI thread). */
	private static String choose(IWorkbenchWindow window) {
		List<String> names = new ArrayList<>();
		try {
			PlatformUI.getWorkbench().getProgressService().busyCursorWhile(m -> {
				try {
					names.addAll(UiPlugin.getDefault().dsnStore().names());
				} catch (Exception e) {
					throw new InvocationTargetException(e);
				}
			});
		} catch (InvocationTargetException e) {
			MessageDialog.openError(window.getShell(), "New Query", e.getCause().getMessage());
			return null;
		} catch (InterruptedException e) {
			return null;
		}
		if (names.isEmpty()) {
			MessageDialog.openInformation(window.getShell(), "New Query",
					"There is no data source to query yet. Create one with Data Source > New Data Source.");
			return null;
		}
		if (names.size() == 1) {
			return names.get(0);
		}
		ElementListSelectionDialog d = new ElementListSelectionDialog(window.getShell(), new LabelProvider());
		d.setTitle("New Query");
		d.setMessage("Query which data source?");
		d.setElements(names.toArray());
		d.setMultipleSelection(false);
		return d.open() == Window.OK && d.getFirstResult() != null ? d.getFirstResult().toString() : null;
	}
}
