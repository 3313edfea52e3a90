package io.restdsn.ui.tests.pages;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;

import io.restdsn.ui.tests.driver.Driver;
import io.restdsn.ui.views.DataSourcesView;

/** The main window of RestDSN Studio as a user sees it. */
public final class WorkbenchPage {

	private final Driver driver;

	public WorkbenchPage(Driver driver) {
		this.driver = driver;
	}

	public IWorkbenchWindow window() {
		IWorkbenchWindow w = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		if (w == null) {
			w = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		}
		return w;
	}

	public Shell shell() {
		return window().getShell();
	}

	public String title() {
		return shell().getText();
	}

	/** Top-level menu labels without mnemonics, e.g. "File", "Data Source". */
	public List<String> menuBarLabels() {
		return Arrays.stream(shell().getMenuBar().getItems()).map(MenuItem::getText).map(t -> t.replace("&", ""))
				.toList();
	}

	/** Labels of the items of one top-level menu (after it was shown once, as a user opening it would). */
	public List<String> menuItemLabels(String menu) {
		for (MenuItem item : shell().getMenuBar().getItems()) {
			if (item.getText().replace("&", "").equals(menu)) {
				item.getMenu().notifyListeners(org.eclipse.swt.SWT.Show, new org.eclipse.swt.widgets.Event());
				driver.processEvents();
				List<String> labels = Arrays.stream(item.getMenu().getItems()).map(MenuItem::getText)
						.map(t -> t.replace("&", "").replaceAll("\t.*", "")).filter(t -> !t.isEmpty()).toList();
				item.getMenu().notifyListeners(org.eclipse.swt.SWT.Hide, new org.eclipse.swt.widgets.Event());
				return labels;
			}
		}
		throw new AssertionError("no menu '" + menu + "' in " + menuBarLabels());
	}

	public DataSourcesPage dataSources() {
		try {
			DataSourcesView view = (DataSourcesView) window().getActivePage().showView(DataSourcesView.ID);
			return new DataSourcesPage(driver, view);
		} catch (PartInitException e) {
			throw new AssertionError("Data Sources view does not open: " + e.getMessage(), e);
		}
	}

	/** Runs a command through the handler service, as a menu item or key binding would. */
	public void runCommand(String commandId) {
		IHandlerService handlers = window().getService(IHandlerService.class);
		try {
			handlers.executeCommand(commandId, null);
		} catch (NotDefinedException e) {
			throw new AssertionError("command not defined: " + commandId, e);
		} catch (Exception e) {
			throw new AssertionError("command " + commandId + " failed: " + e, e);
		}
		driver.processEvents();
	}
}
