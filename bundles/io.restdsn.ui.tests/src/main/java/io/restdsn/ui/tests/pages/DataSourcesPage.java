package io.restdsn.ui.tests.pages;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.action.IAction;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

import io.restdsn.ui.tests.driver.Driver;
import io.restdsn.ui.views.DataSourcesView;

/** The Data Sources view: rows as the user reads them, the empty-state message, the status line. */
public final class DataSourcesPage {

	private final Driver driver;
	private final DataSourcesView view;

	DataSourcesPage(Driver driver, DataSourcesView view) {
		this.driver = driver;
		this.view = view;
	}

	/** Waits for the background read to finish. */
	public DataSourcesPage settled() {
		driver.joinJobs(DataSourcesView.JOB_FAMILY);
		return this;
	}

	/** Visible rows, each as its cell texts in column order. */
	public List<List<String>> rows() {
		Table table = driver.byId("dataSources.table", Table.class);
		List<List<String>> rows = new ArrayList<>();
		for (TableItem item : table.getItems()) {
			List<String> cells = new ArrayList<>();
			for (int c = 0; c < table.getColumnCount(); c++) {
				cells.add(item.getText(c));
			}
			rows.add(cells);
		}
		return rows;
	}

	public List<String> columnTitles() {
		Table table = driver.byId("dataSources.table", Table.class);
		List<String> titles = new ArrayList<>();
		for (var col : table.getColumns()) {
			titles.add(col.getText());
		}
		return titles;
	}

	/** True when the table (not the empty-state message) is what the user sees. */
	public boolean tableShown() {
		Table table = driver.byId("dataSources.table", Table.class);
		return table.isVisible();
	}

	public String emptyMessage() {
		Label l = driver.byId("dataSources.empty", Label.class);
		return l.isVisible() ? l.getText() : "";
	}

	/** Clicks "Try the demo data source" in the empty state and waits until the demo DSN is listed. */
	public DataSourcesPage tryDemo() {
		org.eclipse.swt.widgets.Button b = driver.byId("dataSources.tryDemo", org.eclipse.swt.widgets.Button.class);
		if (!b.isVisible()) {
			throw new AssertionError("the demo button is not shown (are there DSNs already?)");
		}
		driver.click(b);
		driver.joinJobs(io.restdsn.ui.store.DsnStore.JOB_FAMILY);
		driver.waitUntil("the demo data source to be listed", () -> names().contains("RestDSN Demo"));
		return this;
	}

	public boolean demoOffered() {
		org.eclipse.swt.widgets.Button b = driver.byId("dataSources.tryDemo", org.eclipse.swt.widgets.Button.class);
		return b.isVisible() && !tableShown();
	}

	public String status() {
		return driver.byId("dataSources.status", Label.class).getText();
	}

	/** Selects the row of a DSN (waiting for it to be listed), as a click on it does. */
	public DataSourcesPage select(String name) {
		Table table = driver.byId("dataSources.table", Table.class);
		driver.waitUntil("'" + name + "' to be listed", () -> Driver.rowOf(table, 0, name) >= 0);
		driver.select(table, Driver.rowOf(table, 0, name));
		return this;
	}

	/** Names of the selected rows. */
	public List<String> selected() {
		Table table = driver.byId("dataSources.table", Table.class);
		List<String> names = new ArrayList<>();
		for (TableItem i : table.getSelection()) {
			names.add(i.getText(0));
		}
		return names;
	}

	/** The "Last test" cell of a DSN's row. */
	public String lastTest(String name) {
		Table table = driver.byId("dataSources.table", Table.class);
		int column = columnTitles().indexOf("Last test");
		Driver.require(column >= 0, "no 'Last test' column in " + columnTitles());
		int row = Driver.rowOf(table, 0, name);
		Driver.require(row >= 0, "no row '" + name + "'");
		return table.getItem(row).getText(column);
	}

	public List<String> names() {
		return rows().stream().map(r -> r.get(0)).toList();
	}

	/** Enter or double-click on the selected row. */
	public DataSourcesPage openSelected() {
		driver.open(driver.byId("dataSources.table", Table.class));
		return this;
	}

	/**
	 * What the workbench's Delete, Copy or Rename key (and the Edit menu item) runs while this view is active: the
	 * view's handler for that global action, e.g. {@code ActionFactory.DELETE.getId()}.
	 */
	public void pressGlobal(String actionId) {
		IAction a = view.getViewSite().getActionBars().getGlobalActionHandler(actionId);
		Driver.require(a != null, "the view handles no global action " + actionId);
		Driver.require(a.isEnabled(), "the view's " + actionId + " action is disabled");
		a.run();
		driver.processEvents();
	}

	public DataSourcesView view() {
		return view;
	}
}
