package io.restdsn.ui.tests.pages;

import java.util.ArrayList;
import java.util.List;

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

	public String status() {
		return driver.byId("dataSources.status", Label.class).getText();
	}

	public DataSourcesView view() {
		return view;
	}
}
