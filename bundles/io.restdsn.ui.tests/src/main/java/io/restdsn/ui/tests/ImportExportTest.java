package io.restdsn.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.junit.jupiter.api.Test;

import io.restdsn.core.dsn.Dsn;
import io.restdsn.core.ini.OdbcIniDocument;
import io.restdsn.core.options.OptionCatalog;
import io.restdsn.ui.tests.pages.DataSourcesPage;
import io.restdsn.ui.tests.pages.ExportDialogPage;
import io.restdsn.ui.tests.pages.ImportDialogPage;

/** File &gt; Import and File &gt; Export: secrets never reach odbc.ini or an export unless asked (and confirmed). */
class ImportExportTest extends UiTestBase {

	private static final String SECRET = "imported-secret-5d1a";

	private void twoDsns() throws Exception {
		writeIni("[ODBC Data Sources]", "Alpha=DataDirect 8.0 Autonomous REST Connector",
				"Beta=DataDirect 8.0 Autonomous REST Connector", "",
				"[Alpha]", "Driver=DataDirect 8.0 Autonomous REST Connector", "Description=first",
				"AuthenticationMethod=53", "ClientID=alpha", "TokenURI=POST https://login.example.test/token",
				"Scope=read", "RestSamplePath=https://api.example.test/a", "",
				"[Beta]", "Driver=DataDirect 8.0 Autonomous REST Connector", "AuthenticationMethod=15",
				"RestSamplePath=https://api.example.test/b");
		store().save("Alpha", store().load("Alpha").with("ClientSecret", SECRET));
	}

	private ImportDialogPage openImport() {
		workbench.runCommand("io.restdsn.ui.importDataSources");
		return ImportDialogPage.find(driver);
	}

	@Test
	void aConnectionStringWithASecretBecomesADsnWithoutTheSecretInOdbcIni() throws Exception {
		twoDsns();
		DataSourcesPage view = dataSources();
		ImportDialogPage d = openImport();
		assertFalse(d.canImport(), "nothing to import yet");
		d.paste("DSN=Orders;DRIVER={DataDirect 8.0 Autonomous REST Connector};AuthenticationMethod=53;"
				+ "ClientID=orders-app;ClientSecret=" + SECRET + ";TokenURI=POST https://login.example.test/token;"
				+ "RestSamplePath=https://api.example.test/v1/orders");
		assertNull(d.errorMessage(), d::errorMessage);
		assertEquals(1, d.rows().size(), () -> "rows: " + d.rows());
		assertEquals("Orders", d.rows().get(0).name());
		assertEquals("ClientSecret", d.rows().get(0).secrets());
		assertTrue(d.preview().contains("[Orders]") && d.preview().contains("ClientID=orders-app"), d::preview);
		assertFalse(d.preview().contains(SECRET), "the preview is the file: no secret");
		assertTrue(d.notes().contains("ClientSecret") && d.notes().contains("never written to odbc.ini"), d::notes);
		assertTrue(d.canImport());
		d.importNow();
		assertFalse(d.isOpen(), () -> "import failed: " + d.errorMessage());

		String file = iniText();
		assertTrue(file.contains("[Orders]"), file);
		assertTrue(file.contains("ClientID=orders-app"), file);
		assertFalse(file.contains("ClientSecret"), file);
		assertFalse(file.contains(SECRET), "the secret must not reach odbc.ini");
		assertEquals(SECRET, store().load("Orders").value("ClientSecret"), "the store keeps it apart");
		view.settled();
		driver.waitUntil("the view to list and select Orders", () -> view.selected().equals(List.of("Orders")));
	}

	@Test
	void aJdbcUrlGetsTheDefaultDriverAndANameOfItsOwn() throws Exception {
		ImportDialogPage d = openImport();
		d.paste("jdbc:datadirect:autorest:Sample=https://api.example.test/v2/items;AuthenticationMethod=0");
		assertTrue(d.notes().contains("JDBC URL"), d::notes);
		assertTrue(d.notes().contains("Driver set to"), d::notes);
		assertEquals("Imported", d.rows().get(0).name());
		d.select("Imported").name("Items");
		assertEquals("Items", d.rows().get(0).name());
		d.importNow();
		assertTrue(iniText().contains("[Items]"), iniText());
		assertTrue(iniText().contains("RestSamplePath=https://api.example.test/v2/items"), iniText());
	}

	@Test
	void aMalformedStringSaysWhereAndBlocksImport() throws Exception {
		ImportDialogPage d = openImport();
		d.paste("DSN=X;ClientID={unclosed");
		assertNotNull(d.errorMessage());
		assertTrue(d.errorMessage().contains("character"), d::errorMessage);
		assertFalse(d.canImport());
		d.cancel();
		assertFalse(Files.exists(ini), "Cancel writes nothing");
	}

	@Test
	void conflictsFromAnotherOdbcIniAreRenamedReplacedOrSkippedPerDsn() throws Exception {
		twoDsns();
		Path other = dir.resolve("other.ini");
		Files.writeString(other, String.join("\n", "[ODBC Data Sources]", "Alpha=x", "Beta=x", "Gamma=x", "Delta=x", "",
				"[Alpha]", "Driver=Other", "AuthenticationMethod=0", "RestSamplePath=https://other.example.test/a", "",
				"[Beta]", "Driver=Other", "AuthenticationMethod=0", "RestSamplePath=https://other.example.test/b", "",
				"[Gamma]", "Driver=Other", "AuthenticationMethod=53", "ClientID=g", "ClientSecret=" + SECRET,
				"TokenURI=POST https://login.example.test/token", "RestSamplePath=https://other.example.test/g", "",
				"[Delta]", "Driver=Other", "RestSamplePath=https://other.example.test/d", ""), StandardCharsets.UTF_8);
		ImportDialogPage d = openImport().file(other.toString());
		assertEquals(4, d.rows().size(), () -> "rows: " + d.rows());
		assertTrue(d.rows().get(0).action().contains("Alpha 2"), () -> "a taken name is renamed by default: " + d.rows());
		d.select("Alpha").resolve("replace");
		d.select("Beta").resolve("skip");
		d.tick("Delta", false);
		assertTrue(d.rows().get(0).action().startsWith("replaces"), () -> d.rows().toString());
		assertTrue(d.rows().get(1).action().startsWith("skipped"), () -> d.rows().toString());
		assertEquals("not imported", d.rows().get(3).action());
		d.select("Gamma").name("Beta");
		assertTrue(d.errorMessage() != null && d.errorMessage().contains("exists"), d::errorMessage);
		assertFalse(d.canImport());
		d.name("Gamma");
		assertTrue(d.canImport(), d::errorMessage);
		d.importNow();
		assertFalse(d.isOpen(), () -> "import failed: " + d.errorMessage());

		OdbcIniDocument doc = OdbcIniDocument.parse(ini);
		assertEquals(List.of("Alpha", "Beta", "Gamma"), doc.dsnNames());
		assertEquals("https://other.example.test/a", doc.dsn("Alpha").get().value("RestSamplePath"), "replaced");
		assertFalse(doc.dsn("Alpha").get().has("ClientID"), "a replaced DSN has exactly the imported options");
		assertEquals("https://api.example.test/b", doc.dsn("Beta").get().value("RestSamplePath"), "skipped: unchanged");
		assertFalse(iniText().contains(SECRET), "Gamma's plain-text secret moved out of the file");
		assertEquals(SECRET, store().load("Gamma").value("ClientSecret"));
		assertFalse(store().hasSecret("Alpha", "ClientSecret"), "the replaced DSN's old secret is gone with it");
	}

	private ExportDialogPage openExport(String selected) {
		DataSourcesPage view = dataSources();
		if (selected != null) {
			view.select(selected);
		}
		workbench.runCommand("io.restdsn.ui.exportDataSources");
		return ExportDialogPage.find(driver);
	}

	@Test
	void anIniExportToAFileOmitsSecretsAndReadsBackWithTheSameKeys() throws Exception {
		twoDsns();
		ExportDialogPage d = openExport("Alpha");
		assertEquals(List.of("Alpha"), d.ticked(), "the view's selection is preselected");
		assertTrue(d.preview().contains("[Alpha]"), d::preview);
		assertFalse(d.preview().contains(SECRET));
		assertTrue(d.notes().contains("ClientSecret left out"), d::notes);
		Path out = dir.resolve("exported.ini");
		d.toFile(out.toString());
		assertNull(d.errorMessage(), d::errorMessage);
		d.export();
		assertFalse(d.isOpen(), () -> "export failed: " + d.errorMessage());

		String text = Files.readString(out, StandardCharsets.UTF_8);
		assertFalse(text.contains(SECRET), text);
		assertFalse(text.contains("ClientSecret"), text);
		OdbcIniDocument back = OdbcIniDocument.parse(out);
		assertTrue(back.problems().stream().noneMatch(p -> p.isError()), () -> "parses cleanly: " + back.problems());
		assertEquals(List.of("Alpha"), back.dsnNames());
		Dsn stored = store().load("Alpha");
		assertEquals(keysWithoutSecrets(stored), keys(back.dsn("Alpha").get()));
		assertEquals(stored.value("TokenURI"), back.dsn("Alpha").get().value("TokenURI"));
	}

	private static Set<String> keys(Dsn d) {
		Set<String> s = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
		d.options().forEach(o -> s.add(o.key()));
		return s;
	}

	private static Set<String> keysWithoutSecrets(Dsn d) {
		Set<String> s = keys(d);
		s.removeIf(OptionCatalog.standard()::isSecret);
		return s;
	}

	@Test
	void includingSecretsTakesAConfirmation() throws Exception {
		twoDsns();
		ExportDialogPage d = openExport("Alpha");
		d.format("string").secrets("include").toClipboard();
		assertFalse(d.preview().contains(SECRET), "the preview shows placeholders, never the secret");
		assertTrue(d.preview().contains("<ClientSecret>"), d::preview);
		setClipboard("before");

		var no = driver.whenShellOpens("Export Secrets in Clear Text", s -> driver.clickButton(s, "Cancel"));
		d.pressExport();
		no.requireAnswered();
		assertTrue(d.isOpen(), "a declined confirmation exports nothing");
		assertEquals("before", clipboard());

		var yes = driver.whenShellOpens("Export Secrets in Clear Text", s -> driver.clickButton(s, "Include Secrets"));
		d.pressExport();
		yes.requireAnswered();
		driver.waitUntil("the export dialog to close", () -> !d.isOpen());
		assertTrue(clipboard().contains("ClientSecret=" + SECRET), clipboard());
	}

	private void setClipboard(String text) {
		Clipboard cb = new Clipboard(driver.display());
		try {
			cb.setContents(new Object[] { text }, new org.eclipse.swt.dnd.Transfer[] { TextTransfer.getInstance() });
		} finally {
			cb.dispose();
		}
	}

	private String clipboard() {
		Clipboard cb = new Clipboard(driver.display());
		try {
			return (String) cb.getContents(TextTransfer.getInstance());
		} finally {
			cb.dispose();
		}
	}
}
