package io.restdsn.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.restdsn.core.dsn.Dsn;
import io.restdsn.ui.tests.pages.DataSourcesPage;
import io.restdsn.ui.tests.pages.NewDataSourceWizardPage;

/** File &gt; New &gt; Data Source: a method-53 DSN from nothing to odbc.ini, secrets kept out of the file. */
class WizardTest extends UiTestBase {

	private static final String SECRET = "wizard-secret-7f3a";
	private static final String HEADER_VALUE = "tenant-token-91c2";

	private NewDataSourceWizardPage openWizard() {
		workbench.runCommand("io.restdsn.ui.newDataSource");
		return NewDataSourceWizardPage.find(driver);
	}

	/** Name and source, then the client credentials fields; returns the wizard on its second page. */
	private NewDataSourceWizardPage fillClientCredentials(String name) {
		NewDataSourceWizardPage w = openWizard();
		assertEquals("nameAndSource", w.step());
		w.name(name);
		w.type("Description", "Orders API");
		w.sampleEndpoint("https://api.example.test/v1/orders");
		assertTrue(w.canGoNext(), () -> "page 1 should be complete: " + w.errorMessage());
		w.next();
		assertEquals("authentication", w.step());
		assertEquals("OAuth 2.0 client credentials (53)", w.picked("AuthenticationMethod"));
		w.type("ClientID", "orders-reader");
		w.type("ClientSecret", SECRET);
		w.tokenEndpoint("POST", "https://login.example.test/oauth2/token");
		w.type("Scope", "orders.read");
		w.type("AuthHeader", "X-Tenant");
		w.type("SecurityToken", HEADER_VALUE);
		return w;
	}

	@Test
	void createsAClientCredentialsDsnWithTheSecretOutOfOdbcIni() throws Exception {
		DataSourcesPage view = dataSources();
		NewDataSourceWizardPage w = fillClientCredentials("Orders");
		assertNull(w.errorMessage());
		assertTrue(w.masked("ClientSecret"), "the secret is masked while typed");
		w.next();
		assertEquals("test", w.step());
		assertFalse(w.enabled("test.run"), "no connection-test component in this build");
		assertTrue(w.testSummary().contains("connection-test component"), w::testSummary);
		assertTrue(w.canFinish());
		w.finish();
		assertFalse(w.isOpen());

		String file = iniText();
		assertTrue(file.contains("[Orders]"), file);
		assertTrue(file.contains("AuthenticationMethod=53"), file);
		assertTrue(file.contains("ClientID=orders-reader"), file);
		assertTrue(file.contains("TokenURI=POST https://login.example.test/oauth2/token"), file);
		assertTrue(file.contains("RestSamplePath=https://api.example.test/v1/orders"), file);
		assertTrue(file.contains("AuthHeader=X-Tenant"), file);
		assertFalse(file.contains("ClientSecret"), file);
		assertFalse(file.contains("SecurityToken"), file);
		assertFalse(file.contains(SECRET), "the secret must not reach odbc.ini");
		assertFalse(file.contains(HEADER_VALUE), "the header value must not reach odbc.ini");

		Dsn stored = store().load("Orders");
		assertEquals(SECRET, stored.value("ClientSecret"), "the secret is kept by the store's secret keeper");
		assertEquals(HEADER_VALUE, stored.value("SecurityToken"));

		view.settled();
		driver.waitUntil("the view to list and select Orders", () -> view.selected().equals(List.of("Orders")));
	}

	@Test
	void firstPageWaitsForANameAndASource() {
		NewDataSourceWizardPage w = openWizard();
		assertFalse(w.canGoNext());
		assertFalse(w.canFinish());
		assertNull(w.errorMessage(), "a fresh page explains instead of showing an error");
		w.name("Half");
		assertNotNull(w.errorMessage(), "once typed, the missing source is an error");
		assertTrue(w.errorMessage().contains("RestConfigFile"), w::errorMessage);
		w.sampleEndpoint("https://api.example.test/v1/x");
		assertNull(w.errorMessage());
		assertTrue(w.canGoNext());
		w.name("bad[name]");
		assertTrue(w.errorMessage().contains("DSN name"), w::errorMessage);
		assertNotNull(w.nameDecoration());
		assertFalse(w.canGoNext());
		w.cancel();
	}

	@Test
	void cancelWritesNothing() throws Exception {
		NewDataSourceWizardPage w = fillClientCredentials("Never");
		w.cancel();
		assertFalse(Files.exists(ini), "nothing may be written on Cancel");
		assertTrue(store().names().isEmpty());
	}

	@Test
	void aPassedTestAllowsFinish() throws Exception {
		ScriptedChecks checks = new ScriptedChecks(true);
		installChecks(checks);
		NewDataSourceWizardPage w = fillClientCredentials("Passing");
		w.next();
		driver.waitUntil("the test to run", () -> !w.testStages().isEmpty());
		assertEquals(List.of("Resolve and connect PASSED", "Access token PASSED", "First data request PASSED"),
				w.testStages());
		assertTrue(w.canFinish());
		assertEquals(SECRET, checks.tested.get(0).value("ClientSecret"), "the test sees the typed secret");
		w.finish();
		assertTrue(iniText().contains("[Passing]"));
	}

	@Test
	void aFailedTestNeedsSaveAnyway() throws Exception {
		installChecks(new ScriptedChecks(false));
		NewDataSourceWizardPage w = fillClientCredentials("Failing");
		w.next();
		driver.waitUntil("the test to run", () -> !w.testStages().isEmpty());
		assertTrue(w.testSummary().contains("invalid_client"), w::testSummary);
		assertFalse(w.canFinish(), "Finish needs an explicit 'save anyway' after a failed test");
		w.saveAnyway();
		assertTrue(w.canFinish());
		w.finish();
		assertTrue(iniText().contains("[Failing]"));
	}
}
