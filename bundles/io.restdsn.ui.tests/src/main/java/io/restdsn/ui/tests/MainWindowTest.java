package io.restdsn.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.restdsn.ui.UiPlugin;
import io.restdsn.ui.tests.driver.Driver;
import io.restdsn.ui.tests.pages.DataSourcesPage;
import io.restdsn.ui.tests.pages.WorkbenchPage;

/** The main window in the real workbench: title, menus, and the Data Sources view over a given odbc.ini. */
class MainWindowTest {

	@TempDir
	Path dir;

	private Driver driver;
	private WorkbenchPage workbench;
	private String savedPref;

	@BeforeEach
	void setUp() {
		driver = new Driver();
		workbench = new WorkbenchPage(driver);
		savedPref = UiPlugin.getDefault().getPreferenceStore().getString(UiPlugin.PREF_ODBCINI);
	}

	@AfterEach
	void tearDown() {
		UiPlugin.getDefault().getPreferenceStore().setValue(UiPlugin.PREF_ODBCINI, savedPref);
	}

	@Test
	void windowHasTitleAndTheProductMenus() {
		assertEquals("RestDSN Studio", workbench.title());
		assertEquals(List.of("File", "Edit", "Data Source", "Query", "Window", "Help"), workbench.menuBarLabels());
		assertTrue(workbench.menuItemLabels("Help").contains("About RestDSN Studio"),
				() -> "Help menu: " + workbench.menuItemLabels("Help"));
		assertTrue(workbench.menuItemLabels("File").contains("Exit"), () -> "File menu: " + workbench.menuItemLabels("File"));
	}

	@Test
	void dataSourcesViewListsTheDsnsOfTheConfiguredOdbcIni() throws IOException {
		Path ini = dir.resolve("odbc.ini");
		Files.writeString(ini, String.join("\n",
				"# user DSNs",
				"[ODBC Data Sources]",
				"Analytics=DataDirect 8.0 Autonomous REST Connector",
				"",
				"[Analytics]",
				"Driver=/opt/ddautorest/lib/ivautorest28.so",
				"Description=Google Analytics over REST",
				"AuthenticationMethod=53",
				"ClientID=abc",
				"TokenURI=POST https://accounts.example.test/token",
				"RestConfigFile=/srv/u/ga.rest",
				"",
				"[Tickets]",
				"Driver=Autonomous REST",
				"AuthenticationMethod=0",
				"RestSamplePath=https://tickets.example.test/api/v2/tickets",
				""), StandardCharsets.UTF_8);
		UiPlugin.getDefault().getPreferenceStore().setValue(UiPlugin.PREF_ODBCINI, ini.toString());

		DataSourcesPage page = workbench.dataSources();
		workbench.runCommand("io.restdsn.ui.refreshDataSources");
		page.settled();

		assertEquals(List.of("Name", "Authentication", "Source", "Description", "Last test"), page.columnTitles());
		List<List<String>> rows = page.rows();
		assertEquals(2, rows.size(), () -> "rows: " + rows);
		assertEquals("Analytics", rows.get(0).get(0));
		assertTrue(rows.get(0).get(1).contains("OAuth 2.0 client credentials"), () -> "method: " + rows.get(0));
		assertEquals("/srv/u/ga.rest", rows.get(0).get(2));
		assertEquals("Google Analytics over REST", rows.get(0).get(3));
		assertEquals("Tickets", rows.get(1).get(0));
		assertEquals("https://tickets.example.test/api/v2/tickets", rows.get(1).get(2));
		assertTrue(page.tableShown());
		assertTrue(page.status().startsWith("2 data sources"), () -> "status: " + page.status());
	}

	@Test
	void emptyOdbcIniShowsWhatToDo() {
		UiPlugin.getDefault().getPreferenceStore().setValue(UiPlugin.PREF_ODBCINI, dir.resolve("none.ini").toString());
		DataSourcesPage page = workbench.dataSources();
		workbench.runCommand("io.restdsn.ui.refreshDataSources");
		page.settled();

		assertFalse(page.tableShown());
		assertTrue(page.emptyMessage().contains("No data sources yet"), () -> "message: " + page.emptyMessage());
		assertTrue(page.emptyMessage().contains("New Data Source"), () -> "message: " + page.emptyMessage());
	}

	@Test
	void malformedOdbcIniNamesTheLine() throws IOException {
		Path ini = dir.resolve("bad.ini");
		Files.writeString(ini, "Driver=before any section\n[A]\nDriver=x\n", StandardCharsets.UTF_8);
		UiPlugin.getDefault().getPreferenceStore().setValue(UiPlugin.PREF_ODBCINI, ini.toString());
		DataSourcesPage page = workbench.dataSources();
		workbench.runCommand("io.restdsn.ui.refreshDataSources");
		page.settled();

		assertTrue(page.emptyMessage().contains("line 1"), () -> "message: " + page.emptyMessage());
	}
}
