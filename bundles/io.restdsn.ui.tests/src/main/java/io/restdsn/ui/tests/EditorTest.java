package io.restdsn.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.restdsn.core.dsn.Dsn;
import io.restdsn.demo.DemoService;
import io.restdsn.ui.checks.ConnectionChecks;
import io.restdsn.ui.tests.pages.DsnEditorPage;

/** The DSN editor over a method-53 DSN: validation as you type, Save, Cancel, secrets, Advanced, Preview. */
class EditorTest extends UiTestBase {

	private static final String SECRET = "editor-secret-4d1e";
	private String name;

	@BeforeEach
	void aClientCredentialsDsn(org.junit.jupiter.api.TestInfo info) throws Exception {
		name = "Ed " + info.getTestMethod().orElseThrow().getName();
		writeIni("# kept: a comment", "[" + name + "]",
				"Driver=DataDirect 8.0 Autonomous REST Connector",
				"AuthenticationMethod=53",
				"ClientID=reporting",
				"TokenURI=POST https://login.example.test/token",
				"RestSamplePath=https://api.example.test/v1/events",
				"X-Vendor-Flag=1");
		// the secret lives in the store's keeper, as after a save
		store().save(name, store().load(name).with("ClientSecret", SECRET));
	}

	private DsnEditorPage openEditor() {
		dataSources().select(name);
		workbench.runCommand("io.restdsn.ui.editDataSource");
		return DsnEditorPage.find(driver);
	}

	@Test
	void clearingClientIdShowsTheErrorAndTypingItBackClearsIt() {
		DsnEditorPage e = openEditor();
		assertEquals(List.of("General", "Authentication", "TLS", "Proxy", "Web service", "Mapping", "Advanced",
				"Preview"), e.pageTitles());
		e.page("Authentication");
		assertEquals("reporting", e.text("ClientID"));
		assertNull(e.decoration("ClientID"));
		assertNull(e.errorMessage());
		assertTrue(e.saveEnabled());

		e.type("ClientID", "");
		assertNotNull(e.decoration("ClientID"), "the field is decorated");
		assertTrue(e.decoration("ClientID").contains("ClientID is required"), e.decoration("ClientID"));
		assertNotNull(e.errorMessage());
		assertTrue(e.errorMessage().contains("ClientID"), e.errorMessage());
		assertFalse(e.saveEnabled(), "Save is disabled while there are errors");
		assertTrue(e.pageMarked("Authentication"));

		e.type("ClientID", "reporting-2");
		assertNull(e.decoration("ClientID"));
		assertNull(e.errorMessage());
		assertTrue(e.saveEnabled());
		assertFalse(e.pageMarked("Authentication"));
		e.cancel();
	}

	@Test
	void warningsShowButAllowSaving() throws Exception {
		DsnEditorPage e = openEditor();
		e.page("Authentication");
		assertFalse(e.showing("auth.getWarning"), "POST: no GET warning");
		e.tokenEndpoint("GET", "https://login.example.test/token");
		assertTrue(e.showing("auth.getWarning"), "the RFC warning shows beside GET");
		assertNotNull(e.decoration("TokenURI"));
		assertTrue(e.message().contains("RFC 6749 requires POST"), e.message());
		assertTrue(e.saveEnabled(), "warnings allow saving");

		e.credentialsMode(2);
		assertTrue(e.showing("auth.urlWarning"));
		e.credentialsMode(3);
		assertTrue(e.errorMessage().contains("POST"), "mode 3 with GET is an error: " + e.errorMessage());
		assertFalse(e.saveEnabled());
		e.tokenEndpoint("POST", "https://login.example.test/token");
		assertNull(e.errorMessage());
		e.save();
		String file = iniText();
		assertTrue(file.contains("ClientCredentialsMode=3"), file);
		assertTrue(file.contains("TokenURI=POST https://login.example.test/token"), file);
	}

	@Test
	void saveWritesTheOptionsButNeverTheSecret() throws Exception {
		DsnEditorPage e = openEditor();
		e.page("Authentication");
		assertTrue(e.masked("ClientSecret"));
		assertEquals(SECRET, e.text("ClientSecret"), "the stored secret is loaded into the masked field");
		e.reveal("ClientSecret");
		assertFalse(e.masked("ClientSecret"), "Show reveals it");
		e.type("ClientSecret", "rotated-secret-0b9");
		e.type("Scope", "events.read");
		e.page("General");
		e.type("Description", "Event stream");
		e.save();
		assertFalse(e.isOpen());

		String file = iniText();
		assertTrue(file.startsWith("# kept: a comment"), "the rest of the file survives: " + file);
		assertTrue(file.contains("Scope=events.read"), file);
		assertTrue(file.contains("Description=Event stream"), file);
		assertTrue(file.contains("X-Vendor-Flag=1"), "unknown options survive: " + file);
		assertFalse(file.contains("ClientSecret"), file);
		assertFalse(file.contains("rotated-secret-0b9"), file);
		assertFalse(file.contains(SECRET), file);
		assertEquals("rotated-secret-0b9", store().load(name).value("ClientSecret"));
	}

	@Test
	void cancelDiscardsEverythingIncludingTypedSecrets() throws Exception {
		String before = iniText();
		DsnEditorPage e = openEditor();
		e.page("Authentication");
		e.type("ClientSecret", "typed-then-canceled");
		e.type("ClientID", "changed");
		e.cancel();
		assertEquals(before, iniText());
		assertEquals(SECRET, store().load(name).value("ClientSecret"));
	}

	@Test
	void renamingOnTheGeneralPageMovesTheSectionAndItsSecret() throws Exception {
		DsnEditorPage e = openEditor();
		e.page("General");
		e.name("");
		assertNotNull(e.nameDecoration());
		assertFalse(e.saveEnabled());
		e.name(name + " renamed");
		assertTrue(e.saveEnabled());
		e.save();
		String file = iniText();
		assertTrue(file.contains("[" + name + " renamed]"), file);
		assertFalse(file.contains("[" + name + "]"), file);
		assertEquals(SECRET, store().load(name + " renamed").value("ClientSecret"));
	}

	@Test
	void advancedGridListsUnknownOptionsAndAddsAndRemoves() throws Exception {
		DsnEditorPage e = openEditor();
		e.page("Advanced");
		List<List<String>> rows = e.advancedRows();
		assertTrue(rows.stream().anyMatch(r -> r.get(0).equals("X-Vendor-Flag") && r.get(1).equals("1")), rows::toString);
		assertTrue(rows.stream().anyMatch(r -> r.get(0).equals("PortNumber")), "unset catalog options are listed");
		assertTrue(rows.stream().noneMatch(r -> r.get(0).equals("ClientID")), "options of other pages are not");

		e.addOption("X-Region", "eu");
		assertTrue(e.advancedRows().stream().anyMatch(r -> r.get(0).equals("X-Region") && r.get(1).equals("eu")));
		e.removeOption("X-Vendor-Flag");
		assertTrue(e.advancedRows().stream().noneMatch(r -> r.get(0).equals("X-Vendor-Flag")));
		e.save();
		String file = iniText();
		assertTrue(file.contains("X-Region=eu"), file);
		assertFalse(file.contains("X-Vendor-Flag"), file);
	}

	@Test
	void previewShowsTheConnectionStringAndOdbcIniWithSecretsMasked() {
		DsnEditorPage e = openEditor();
		e.page("Preview");
		String string = e.preview("string");
		String ini = e.preview("ini");
		assertTrue(string.contains("ClientID=reporting"), string);
		assertTrue(string.contains("ClientSecret=<ClientSecret>"), string);
		assertFalse(string.contains(SECRET), string);
		assertTrue(ini.contains("[" + name + "]"), ini);
		assertFalse(ini.contains(SECRET), ini);
		e.page("Authentication");
		e.type("ClientID", "live");
		e.page("Preview");
		assertTrue(e.preview("string").contains("ClientID=live"), "the preview follows the edits");
		e.cancel();
	}

	@Test
	void methodsShowExactlyTheirFields() {
		installChecks(ConnectionChecks.unavailable());
		DsnEditorPage e = openEditor();
		e.page("Authentication");
		e.method("Basic: user name and password (0)");
		assertTrue(e.showing("option.User"));
		assertTrue(e.showing("option.Password"));
		assertFalse(e.showing("option.ClientID"));
		assertTrue(e.errorMessage().contains("User"), e.errorMessage());
		e.method("OAuth 2.0, legacy alias: grant chosen from the options (24)");
		assertTrue(e.label("auth.methodNote").contains("OAuth 2.0 client credentials"), e.label("auth.methodNote"));
		assertTrue(e.showing("option.ClientID"));
		e.method("OAuth 2.0 client credentials (53)");
		assertTrue(e.showing("option.ClientSecret"));
		assertFalse(e.enabled("auth.getToken"), "no connection-test component");
		assertTrue(e.tooltip("auth.getToken").contains("needs the connection-test component"));
		e.cancel();
	}

	@Test
	void getTokenNowShowsWhatTheDemoTokenEndpointGranted() throws Exception {
		Dsn demoDsn = demo().dsn(name, demo().writeModelFile(dir.resolve("demo.rest")));
		store().save(name, demoDsn);
		DsnEditorPage e = openEditor();
		e.page("Authentication");
		assertTrue(e.enabled("auth.getToken"));
		e.click("auth.getToken");
		driver.waitUntil("the token result", () -> e.label("auth.tokenResult").contains("expires"));
		String result = e.label("auth.tokenResult");
		assertTrue(result.toLowerCase().contains("bearer"), result);
		assertTrue(result.contains("read"), result);
		assertFalse(result.contains(DemoService.CLIENT_SECRET), result);

		e.type("ClientSecret", "wrong");
		e.click("auth.getToken");
		driver.waitUntil("the failure", () -> e.label("auth.tokenResult").contains("invalid_client")
				|| e.label("auth.tokenResult").contains("ClientSecret"));
		e.cancel();
	}

	@Test
	void aPlainTextSecretFromAnOlderToolMovesOutOfTheFileOnSave() throws Exception {
		writeIni("[" + name + "]", "AuthenticationMethod=53", "ClientID=a", "ClientSecret=plain-text-secret",
				"TokenURI=POST https://login.example.test/token", "RestSamplePath=https://api.example.test/x");
		DsnEditorPage e = openEditor();
		e.save();
		assertFalse(iniText().contains("plain-text-secret"), iniText());
		Dsn loaded = store().load(name);
		assertEquals("plain-text-secret", loaded.value("ClientSecret"));
	}
}
