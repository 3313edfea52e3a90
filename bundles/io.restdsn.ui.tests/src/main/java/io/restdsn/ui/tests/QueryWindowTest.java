package io.restdsn.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.restdsn.engine.StatementStats;
import io.restdsn.engine.TableInfo;
import io.restdsn.ui.UiPlugin;
import io.restdsn.ui.query.QueryEditor;
import io.restdsn.ui.query.QueryHistory;
import io.restdsn.ui.results.ResultGrid;
import io.restdsn.ui.results.RowFormat;
import io.restdsn.ui.tests.driver.Driver;
import io.restdsn.ui.tests.pages.DsnEditorPage;
import io.restdsn.ui.tests.pages.QueryEditorPage;

/**
 * The query window against the demo service (a real OAuth 2.0 token endpoint and paged JSON API on loopback): from
 * the Data Sources view to rows in the grid, sorting, copying, exporting, errors and how to fix them.
 */
class QueryWindowTest extends UiTestBase {

	private static final String DSN = "Demo Query";
	/** The demo's first customers (its data is generated from a fixed seed). */
	private static final List<List<String>> FIRST_FIVE = List.of(List.of("1001", "John Kernighan"),
			List.of("1002", "Bjarne Keller"), List.of("1003", "Tony Kernighan"), List.of("1004", "Dennis Thompson"),
			List.of("1005", "Zoë Dijkstra"));

	@BeforeEach
	void demoDataSource() throws Exception {
		Path model = demo().writeModelFile(dir.resolve("demo.rest"));
		store().save(null, demo().dsn(DSN, model));
		new QueryHistory(UiPlugin.getDefault().queryHistoryDirectory()).clear(DSN);
	}

	@AfterEach
	void closeQueryWindows() {
		driver.closeDialogs(workbench.shell());
		workbench.window().getActivePage().closeAllEditors(false);
		driver.joinJobs(QueryEditor.JOB_FAMILY);
	}

	private QueryEditorPage openFromView() {
		dataSources().select(DSN);
		workbench.runCommand("io.restdsn.ui.newQuery");
		return QueryEditorPage.active(driver, workbench).schemaLoaded();
	}

	@Test
	void runsASelectAndShowsRowsThenSortsCopiesAndExports() throws Exception {
		QueryEditorPage q = openFromView();
		assertEquals(DSN, q.title());
		TableInfo customers = q.schema().table("CUSTOMERS");
		assertNotNull(customers, "the demo model's customers table");
		assertNotNull(customers.column("ID"));
		assertNotNull(customers.column("NAME"));
		assertTrue(q.treeTables().contains("CUSTOMERS"), q.treeTables().toString());

		q.type("SELECT ID, NAME FROM CUSTOMERS ORDER BY ID LIMIT 5").pressRun().finished();
		assertEquals(List.of("ID", "NAME"), q.headers());
		assertEquals(FIRST_FIVE, q.rows());
		// GTK 3 draws on its frame clock: the first capture may come before the frame reached the X server
		int[][] pixels = new int[1][];
		try {
			driver.waitUntil("the grid to paint cells and text", () -> {
				pixels[0] = q.paintedPixels();
				return pixels[0][0] > 300 && pixels[0][1] > 100;
			}, java.time.Duration.ofSeconds(5));
		} catch (AssertionError e) {
			throw new AssertionError(e.getMessage() + ": white=" + pixels[0][0] + " dark=" + pixels[0][1], e);
		}
		assertTrue(q.status().startsWith("5 rows"), q.status());
		assertTrue(q.status().contains("HTTP call"), q.status());

		q.sortBy(1, false);
		assertEquals(List.of("Zoë Dijkstra", "Tony Kernighan", "John Kernighan", "Dennis Thompson", "Bjarne Keller"),
				q.rows().stream().map(r -> r.get(1)).toList());
		q.sortBy(0, true);
		assertEquals(FIRST_FIVE, q.rows());
		q.sortBy(1, false);

		q.select(0, 0, 1, 1);
		assertEquals("1005\tZoë Dijkstra\n1003\tTony Kernighan", q.copy());
		q.select(4, 1, 4, 1);
		assertEquals("Bjarne Keller", q.copy(), "one cell copies as its bare value");
		q.select(0, 0, 0, 1);
		assertEquals("[\n  {\"ID\": 1005, \"NAME\": \"Zoë Dijkstra\"}\n]\n", q.copy(RowFormat.JSON, true, false));
		assertEquals("ID,NAME\r\n1005,Zoë Dijkstra\r\n", q.copy(RowFormat.CSV, true, false));

		Path csv = dir.resolve("customers.csv");
		q.export(csv, RowFormat.CSV);
		assertEquals("ID,NAME\r\n1005,Zoë Dijkstra\r\n1003,Tony Kernighan\r\n1001,John Kernighan\r\n"
				+ "1004,Dennis Thompson\r\n1002,Bjarne Keller\r\n", Files.readString(csv, StandardCharsets.UTF_8),
				"the grid's rows in the grid's order, RFC 4180, UTF-8");
		assertTrue(q.status().startsWith("5 rows") && q.status().contains("Exported 5 rows to " + csv), q.status());

		q.grid().moveColumn(1, 0);
		assertEquals(List.of("NAME", "ID"), q.headers());
		Path json = dir.resolve("customers.json");
		q.export(json, RowFormat.JSON);
		assertTrue(Files.readString(json).startsWith("[\n  {\"NAME\": \"Zoë Dijkstra\", \"ID\": 1005},"),
				Files.readString(json));
	}

	@Test
	void ctrlEnterRunsTheStatementAtTheCaretAndTheSelection() {
		QueryEditorPage q = openFromView();
		String script = "SELECT ID FROM CUSTOMERS ORDER BY ID LIMIT 2;\n\nSELECT NAME FROM CUSTOMERS ORDER BY ID LIMIT 3";
		q.type(script);
		q.editor().setCaret(5);
		q.pressRun().finished();
		assertEquals(List.of(List.of("1001"), List.of("1002")), q.rows());
		q.editor().setCaret(script.length());
		q.pressRun().finished();
		assertEquals(List.of("NAME"), q.headers());
		assertEquals(3, q.rows().size());
		int from = script.indexOf("SELECT NAME");
		q.editor().selectSql(from, from + "SELECT NAME FROM CUSTOMERS".length());
		q.click("query.run").finished();
		assertEquals(400, q.grid().rowCount(), "only the selection ran: no ORDER BY, no LIMIT");
	}

	@Test
	void sqlErrorsShowWhereTheyAre() {
		QueryEditorPage q = openFromView();
		q.type("SELECT ID, NAME FRO CUSTOMERS").pressRun().finished();
		assertNotNull(q.problem(), q.status());
		assertEquals("SQL error at line 1, column 21", q.problemTitle());
		assertEquals(20, q.sql().getCaretOffset(), "the caret goes to the error");
		assertFalse(q.problem().fixInDataSource());

		q.type("SELECT ID, NOPE FROM CUSTOMERS ORDER BY 1").pressRun().finished();
		assertTrue(q.problemTitle().startsWith("SQL error at line 1, column 12"), q.problemTitle());
	}

	@Test
	void anAuthenticationErrorOffersToFixTheDataSource() throws Exception {
		store().save(DSN, store().load(DSN).with("ClientSecret", "wrong-secret"));
		QueryEditorPage q = openFromView0();
		q.type("SELECT ID FROM CUSTOMERS LIMIT 1").pressRun().finished();
		assertNotNull(q.problem(), q.status());
		assertTrue(q.problem().fixInDataSource(), q.problem().toString());
		assertTrue(q.problem().options().contains("ClientSecret"), q.problem().options().toString());

		q.clickEditDataSource();
		DsnEditorPage e = DsnEditorPage.find(driver);
		e.page("Authentication");
		e.type("ClientSecret", io.restdsn.demo.DemoService.CLIENT_SECRET);
		e.save();
		driver.joinJobs(QueryEditor.JOB_FAMILY);
		q.pressRun().finished();
		assertEquals(List.of(List.of("1001")), q.rows(), "the window reopened its session with the fixed secret");
	}

	/** Opens the window without requiring the schema (it may fail to load). */
	private QueryEditorPage openFromView0() {
		dataSources().select(DSN);
		workbench.runCommand("io.restdsn.ui.newQuery");
		QueryEditorPage q = QueryEditorPage.active(driver, workbench);
		driver.joinJobs(QueryEditor.JOB_FAMILY);
		return q;
	}

	@Test
	void refreshBypassesTheCacheAndStatusSaysWhereRowsCameFrom() {
		QueryEditorPage q = openFromView();
		q.type("SELECT ID, NAME FROM CUSTOMERS LIMIT 150").pressRun().finished();
		StatementStats first = q.editor().lastStats();
		assertTrue(first.httpCalls() >= 2, first.toString());
		assertTrue(q.status().contains("from the service"), q.status());

		q.pressRun().finished();
		StatementStats cached = q.editor().lastStats();
		assertEquals(0, cached.httpCalls(), cached.toString());
		assertTrue(cached.pagesFromCache() >= 2, cached.toString());
		assertTrue(q.status().contains("from cache"), q.status());

		q.click("query.refresh").finished();
		StatementStats fresh = q.editor().lastStats();
		assertEquals(first.httpCalls(), fresh.httpCalls(), fresh.toString());
		assertEquals(0, fresh.pagesFromCache());
		assertEquals(150, q.grid().rowCount());
	}

	@Test
	void theQueryMenuRunsRefreshesAndCancelsTheActiveWindowWithItsKeys() {
		QueryEditorPage q = openFromView();
		List<String> items = workbench.menuItemLabels("Query");
		assertTrue(items.containsAll(List.of("New Query", "Run", "Run Bypassing the Cache", "Cancel")),
				items.toString());
		// the keys shown in the menu: in a query window Ctrl+Enter runs and F5 runs again from the service
		org.eclipse.ui.keys.IBindingService keys = workbench.window()
				.getService(org.eclipse.ui.keys.IBindingService.class);
		assertEquals("Ctrl+Enter", keys.getBestActiveBindingFormattedFor("io.restdsn.ui.query.run"));
		assertEquals("F5", keys.getBestActiveBindingFormattedFor("io.restdsn.ui.query.refresh"));

		// Cancel is offered only while a statement runs, Run only while none does
		io.restdsn.ui.handlers.QueryWindowHandler cancel = new io.restdsn.ui.handlers.QueryWindowHandler();
		cancel.setInitializationData(null, null, "cancel");
		io.restdsn.ui.handlers.QueryWindowHandler run = new io.restdsn.ui.handlers.QueryWindowHandler();
		run.setInitializationData(null, null, "run");
		org.eclipse.core.expressions.IEvaluationContext state = workbench.window()
				.getService(org.eclipse.ui.handlers.IHandlerService.class).getCurrentState();
		cancel.setEnabled(state);
		run.setEnabled(state);
		assertFalse(cancel.isEnabled());
		assertTrue(run.isEnabled());

		q.type("SELECT ID FROM CUSTOMERS ORDER BY ID LIMIT 2");
		workbench.runCommand("io.restdsn.ui.query.run");
		q.finished();
		assertEquals(List.of(List.of("1001"), List.of("1002")), q.rows());
		workbench.runCommand("io.restdsn.ui.query.run");
		q.finished();
		assertTrue(q.status().contains("from cache"), q.status());
		workbench.runCommand("io.restdsn.ui.query.refresh");
		q.finished();
		assertTrue(q.status().contains("from the service"), q.status());
		assertEquals(List.of(List.of("1001"), List.of("1002")), q.rows());

		q.type("SELECT * FROM EVENTS");
		workbench.runCommand("io.restdsn.ui.query.run");
		driver.waitUntil("the first rows", () -> q.editor().grid() != null && q.editor().grid().rowCount() > 0);
		cancel.setEnabled(state);
		run.setEnabled(state);
		assertTrue(cancel.isEnabled());
		assertFalse(run.isEnabled());
		workbench.runCommand("io.restdsn.ui.query.cancel");
		driver.waitUntil("the run to stop", () -> !q.editor().isRunning(), java.time.Duration.ofSeconds(5));
		assertTrue(q.status().startsWith("Cancelled"), q.status());
	}

	@Test
	void aResultLargerThanTheRowLimitStopsThereAndSaysSo() {
		UiPlugin.getDefault().getPreferenceStore().setValue(UiPlugin.PREF_MAX_ROWS, 2500);
		try {
			QueryEditorPage q = openFromView();
			q.type("SELECT * FROM EVENTS").pressRun().finished();
			assertEquals(2500, q.grid().rowCount());
			assertTrue(q.status().startsWith("Stopped at 2,500 rows (the row limit; the result has more)"),
					q.status());
			assertTrue(q.status().contains("Rows fetched at most"), "says where to change it: " + q.status());
			assertTrue(q.enabled("query.run"));
		} finally {
			UiPlugin.getDefault().getPreferenceStore().setToDefault(UiPlugin.PREF_MAX_ROWS);
		}
	}

	@Test
	void cancelStopsALargeResultWithinASecondAndKeepsTheRows() {
		QueryEditorPage q = openFromView();
		q.type("SELECT * FROM EVENTS").pressRun();
		driver.waitUntil("the first rows", () -> q.editor().grid() != null && q.editor().grid().rowCount() > 0);
		assertTrue(q.enabled("query.cancel"));
		long t0 = System.nanoTime();
		q.click("query.cancel");
		driver.waitUntil("the run to stop", () -> !q.editor().isRunning(), java.time.Duration.ofSeconds(5));
		long ms = (System.nanoTime() - t0) / 1_000_000;
		System.out.println("QUERY-CANCEL: stopped " + ms + " ms after Cancel, " + q.grid().rowCount() + " rows kept");
		assertTrue(ms < 1000, "cancel took " + ms + " ms");
		assertTrue(q.status().startsWith("Cancelled"), q.status());
		assertTrue(q.grid().rowCount() > 0 && q.grid().rowCount() < 120_000, "rows " + q.grid().rowCount());
		assertFalse(q.enabled("query.cancel"));
		assertTrue(q.enabled("query.run"));
	}

	@Test
	void historySurvivesTheWindowAndPrefillsTheNextOne() {
		QueryEditorPage q = openFromView();
		assertEquals("SELECT * FROM CUSTOMERS LIMIT 100", q.sql().getText(), "a first look at the first table");
		q.type("SELECT NAME FROM ORDERS_ITEMS_NOPE").pressRun().finished();
		q.type("SELECT COUNT(*) AS N FROM ORDERS").pressRun().finished();
		assertEquals(List.of(List.of("3000")), q.rows());
		q.close();
		QueryEditorPage again = openFromView();
		assertEquals("SELECT COUNT(*) AS N FROM ORDERS", again.sql().getText());
		assertEquals("SELECT NAME FROM ORDERS_ITEMS_NOPE", again.editor().history().get(1).sql());
		assertEquals(DSN, again.title(), "the number of a closed window is free again");
		dataSources().select(DSN);
		workbench.runCommand("io.restdsn.ui.newQuery");
		driver.waitUntil("a second window", () -> QueryEditorPage.active(driver, workbench).editor() != again.editor());
		assertEquals(DSN + " (2)", QueryEditorPage.active(driver, workbench).title());
	}

	@Test
	void findAndTheValueViewer() {
		QueryEditorPage q = openFromView();
		q.type("SELECT ID, NAME, EMAIL FROM CUSTOMERS ORDER BY ID LIMIT 20").pressRun().finished();
		q.editor().find("dijkstra", true);
		driver.joinJobs(ResultGrid.JOB_FAMILY);
		driver.waitUntil("a match", () -> q.editor().findResult().startsWith("Row"));
		assertEquals("Row 5, NAME", q.editor().findResult());
		q.editor().find("no such text anywhere", true);
		driver.joinJobs(ResultGrid.JOB_FAMILY);
		driver.waitUntil("no match", () -> q.editor().findResult().startsWith("Not found"));

		q.select(4, 2, 4, 2);
		driver.press(q.grid().control(), SWT.SHIFT, SWT.CR);
		Shell viewer = driver.shellById("query.valueViewer");
		assertEquals("Value of EMAIL", viewer.getText());
		assertEquals("zoe.dijkstra1005@example.com", driver.byId(viewer, "query.valueViewer.text", Text.class)
				.getText());
		viewer.close();
	}

	@Test
	void nullIsShownAsNullNotAsEmptyText() {
		QueryEditorPage q = openFromView();
		q.type("SELECT ID, CAST(NULL AS VARCHAR) AS NOTHING, '' AS EMPTY FROM CUSTOMERS ORDER BY ID LIMIT 1")
				.pressRun().finished();
		assertEquals(List.of(List.of("1001", "NULL", "")), q.rows());
		assertEquals(null, q.grid().value(0, 1));
		assertEquals("1001\t\t", q.select(0, 0, 0, 2).copy(), "NULL copies as an empty field");
		assertTrue(q.status().endsWith("  —  Copied 3 cells (1 row) as TSV"), q.status());
	}

	@Test
	void completionProposesTablesAfterFrom() {
		QueryEditorPage q = openFromView();
		workbench.shell().forceActive();
		driver.waitUntil("the window to be active", () -> driver.display().getActiveShell() != null, java.time.Duration.ofSeconds(3));
		q.type("SELECT * FROM CUST");
		workbench.runCommand("org.eclipse.ui.edit.text.contentAssist.proposals");
		Table[] list = new Table[1];
		driver.waitUntil("the proposals", () -> {
			for (Shell s : driver.display().getShells()) {
				for (var c : Driver.findAll(s, c -> c instanceof Table t && t.getItemCount() > 0
						&& t.getItem(0).getText().startsWith("CUSTOMERS"))) {
					list[0] = (Table) c;
					return true;
				}
			}
			return false;
		});
		List<String> items = java.util.Arrays.stream(list[0].getItems()).map(i -> i.getText().split("\\s")[0])
				.toList();
		assertTrue(items.contains("CUSTOMERS") && items.contains("CUSTOMER"), items.toString());
		assertFalse(items.contains("ORDERS"), items.toString());
		list[0].getShell().close();
	}
}
