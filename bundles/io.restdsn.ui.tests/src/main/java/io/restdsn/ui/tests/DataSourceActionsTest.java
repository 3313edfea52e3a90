package io.restdsn.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.actions.ActionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.restdsn.ui.tests.pages.DataSourcesPage;
import io.restdsn.ui.tests.pages.DsnEditorPage;

/** The Data Sources view's commands: keyboard, menus, rename, duplicate, delete, copy connection string. */
class DataSourceActionsTest extends UiTestBase {

	private static final String SECRET = "actions-secret-2c8b";

	@BeforeEach
	void twoDsns(org.junit.jupiter.api.TestInfo info) throws Exception {
		writeIni("[ODBC Data Sources]", "Alpha=DataDirect 8.0 Autonomous REST Connector",
				"Beta=DataDirect 8.0 Autonomous REST Connector", "",
				"[Alpha]", "Driver=DataDirect 8.0 Autonomous REST Connector", "AuthenticationMethod=53",
				"ClientID=alpha", "TokenURI=POST https://login.example.test/token",
				"RestSamplePath=https://api.example.test/a", "",
				"[Beta]", "Driver=DataDirect 8.0 Autonomous REST Connector", "AuthenticationMethod=15",
				"RestSamplePath=https://api.example.test/b");
		store().save("Alpha", store().load("Alpha").with("ClientSecret", SECRET));
	}

	@Test
	void menusOfferTheCommands() {
		List<String> file = workbench.menuItemLabels("File");
		for (String item : List.of("New", "Import...", "Export...")) {
			assertTrue(file.contains(item), () -> "File: " + file);
		}
		List<String> ds = workbench.menuItemLabels("Data Source");
		for (String item : List.of("New Data Source...", "Edit...", "Duplicate", "Rename...", "Delete...",
				"Test Connection...", "Copy Connection String", "Import...", "Export...", "Refresh Data Sources")) {
			assertTrue(ds.contains(item), () -> "Data Source menu: " + ds);
		}
	}

	@Test
	void enterOrDoubleClickOpensTheEditor() {
		DataSourcesPage view = dataSources().select("Beta");
		view.openSelected();
		DsnEditorPage e = DsnEditorPage.find(driver);
		assertTrue(e.shell().getData() != null);
		assertEquals("Beta", driver.byId(e.shell(), "dsn.name", Text.class).getText());
		e.cancel();
	}

	@Test
	void deleteAsksFirstAndRemovesSectionAndSecret() throws Exception {
		DataSourcesPage view = dataSources().select("Alpha");
		var no = driver.whenShellOpens("Delete Data Source", s -> driver.clickButton(s, "Cancel"));
		view.pressGlobal(ActionFactory.DELETE.getId());
		no.requireAnswered();
		assertTrue(iniText().contains("[Alpha]"), "Cancel keeps it");

		var yes = driver.whenShellOpens("Delete Data Source", s -> driver.clickButton(s, "Delete"));
		view.pressGlobal(ActionFactory.DELETE.getId());
		yes.requireAnswered();
		assertFalse(iniText().contains("[Alpha]"), iniText());
		assertFalse(iniText().contains("Alpha="), "its [ODBC Data Sources] entry goes too");
		assertFalse(store().hasSecret("Alpha", "ClientSecret"));
		view.settled();
		driver.waitUntil("the view to drop Alpha", () -> view.names().equals(List.of("Beta")));
	}

	@Test
	void renameChecksTheNameAndMovesTheSecret() throws Exception {
		DataSourcesPage view = dataSources().select("Alpha");
		var answer = driver.whenShellOpens("Rename Data Source", s -> {
			Text field = (Text) io.restdsn.ui.tests.driver.Driver.findAll(s, c -> c instanceof Text).get(0);
			driver.type(field, "Beta");
			Driver_assertOkDisabled(s);
			driver.type(field, "Gamma");
			driver.clickButton(s, "OK");
		});
		view.pressGlobal(ActionFactory.RENAME.getId());
		answer.requireAnswered();
		assertTrue(iniText().contains("[Gamma]"), iniText());
		assertEquals(SECRET, store().load("Gamma").value("ClientSecret"));
		driver.waitUntil("the view to select Gamma", () -> view.selected().equals(List.of("Gamma")));
	}

	private static void Driver_assertOkDisabled(org.eclipse.swt.widgets.Shell s) {
		var ok = io.restdsn.ui.tests.driver.Driver.findAll(s, c -> c instanceof org.eclipse.swt.widgets.Button b
				&& b.getText().replace("&", "").equals("OK")).get(0);
		assertFalse(ok.isEnabled(), "a taken name cannot be chosen");
	}

	@Test
	void duplicateSavesACopyWithItsSecret() throws Exception {
		DataSourcesPage view = dataSources().select("Alpha");
		workbench.runCommand("io.restdsn.ui.duplicateDataSource");
		assertTrue(iniText().contains("[Alpha copy]"), iniText());
		assertTrue(iniText().contains("[Alpha]"));
		assertEquals(SECRET, store().load("Alpha copy").value("ClientSecret"));
		assertFalse(iniText().contains(SECRET));
		driver.waitUntil("the view to select the copy", () -> view.selected().equals(List.of("Alpha copy")));
	}

	@Test
	void copyPutsTheConnectionStringWithoutSecretsOnTheClipboard() {
		DataSourcesPage view = dataSources().select("Alpha");
		view.pressGlobal(ActionFactory.COPY.getId());
		Clipboard cb = new Clipboard(driver.display());
		try {
			String text = (String) cb.getContents(TextTransfer.getInstance());
			assertTrue(text != null && text.contains("ClientID=alpha"), () -> "clipboard: " + text);
			assertFalse(text.contains(SECRET), text);
		} finally {
			cb.dispose();
		}
	}
}
