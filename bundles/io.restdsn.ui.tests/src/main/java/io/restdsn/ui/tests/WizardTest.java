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
import io.restdsn.demo.DemoService;
import io.restdsn.ui.checks.ConnectionChecks;
import io.restdsn.ui.tests.pages.DataSourcesPage;
import io.restdsn.ui.tests.pages.NewDataSourceWizardPage;

/**
 * File &gt; New &gt; Data Source: a method-53 DSN from nothing to odbc.ini, tested against the demo service's token
 * endpoint by the real connection test, secrets kept out of the file.
 */
class WizardTest extends UiTestBase {

	private static final String HEADER_VALUE = "tenant-token-91c2";

	private NewDataSourceWizardPage openWizard() {
		workbench.runCommand("io.restdsn.ui.newDataSource");
		return NewDataSourceWizardPage.find(driver);
	}

	/**
	 * Name and source, then the client credentials fields for the demo service (with {@code secret}); returns the
	 * wizard on its second page.
	 */
	private NewDataSourceWizardPage fillClientCredentials(String name, String secret) throws Exception {
		NewDataSourceWizardPage w = openWizard();
		assertEquals("nameAndSource", w.step());
		w.name(name);
		w.type("Description", "Demo customers");
		w.sampleEndpoint(demo().baseUrl() + "/api/events");
		assertTrue(w.canGoNext(), () -> "page 1 should be complete: " + w.errorMessage());
		w.next();
		assertEquals("authentication", w.step());
		assertEquals("OAuth 2.0 client credentials (53)", w.picked("AuthenticationMethod"));
		w.type("ClientID", DemoService.CLIENT_ID);
		w.type("ClientSecret", secret);
		w.tokenEndpoint("POST", demo().tokenUrl());
		w.type("Scope", "read");
		w.type("AuthHeader", "X-Tenant");
		w.type("SecurityToken", HEADER_VALUE);
		return w;
	}

	@Test
	void createsAClientCredentialsDsnTestedAgainstTheDemoTokenEndpoint() throws Exception {
		DataSourcesPage view = dataSources();
		NewDataSourceWizardPage w = fillClientCredentials("Orders", DemoService.CLIENT_SECRET);
		assertNull(w.errorMessage());
		assertTrue(w.masked("ClientSecret"), "the secret is masked while typed");
		w.next();
		assertEquals("test", w.step());
		driver.waitUntil("the connection test to finish", () -> !w.testStages().isEmpty());
		assertTrue(w.testStages().contains("Access token PASSED"), () -> "stages: " + w.testStages());
		assertTrue(w.testSummary().contains("passed"), w::testSummary);
		assertTrue(w.canFinish());
		w.finish();
		assertFalse(w.isOpen());

		String file = iniText();
		assertTrue(file.contains("[Orders]"), file);
		assertTrue(file.contains("AuthenticationMethod=53"), file);
		assertTrue(file.contains("ClientID=" + DemoService.CLIENT_ID), file);
		assertTrue(file.contains("TokenURI=POST " + demo().tokenUrl()), file);
		assertTrue(file.contains("RestSamplePath=" + demo().baseUrl() + "/api/events"), file);
		assertTrue(file.contains("AuthHeader=X-Tenant"), file);
		assertFalse(file.contains("ClientSecret"), file);
		assertFalse(file.contains("SecurityToken"), file);
		assertFalse(file.contains(DemoService.CLIENT_SECRET), "the secret must not reach odbc.ini");
		assertFalse(file.contains(HEADER_VALUE), "the header value must not reach odbc.ini");

		Dsn stored = store().load("Orders");
		assertEquals(DemoService.CLIENT_SECRET, stored.value("ClientSecret"), "the store keeps the secret apart");
		assertEquals(HEADER_VALUE, stored.value("SecurityToken"));

		view.settled();
		driver.waitUntil("the view to list and select Orders", () -> view.selected().equals(List.of("Orders")));
	}

	@Test
	void aFailedTestNeedsSaveAnyway() throws Exception {
		NewDataSourceWizardPage w = fillClientCredentials("Failing", "not-the-secret");
		w.next();
		driver.waitUntil("the connection test to finish", () -> !w.testStages().isEmpty());
		assertTrue(w.testStages().contains("Access token FAILED"), () -> "stages: " + w.testStages());
		assertTrue(w.testSummary().contains("invalid_client") || w.testSummary().contains("ClientSecret"),
				w::testSummary);
		assertFalse(w.testSummary().contains("not-the-secret"), "messages never repeat a secret");
		assertFalse(w.canFinish(), "Finish needs an explicit 'save anyway' after a failed test");
		w.saveAnyway();
		assertTrue(w.canFinish());
		w.finish();
		assertTrue(iniText().contains("[Failing]"));
	}

	@Test
	void goingBackAndChangingTheDsnAsksForANewTest() throws Exception {
		NewDataSourceWizardPage w = fillClientCredentials("Retested", "wrong");
		w.next();
		driver.waitUntil("the first test", () -> w.testStages().contains("Access token FAILED"));
		w.saveAnyway();
		assertTrue(w.canFinish());
		w.back();
		w.type("ClientSecret", DemoService.CLIENT_SECRET);
		assertFalse(w.canFinish(), "a changed DSN has not been tested");
		w.next();
		driver.waitUntil("the second test", () -> w.testStages().contains("Access token PASSED"));
		assertTrue(w.canFinish());
		w.cancel();
	}

	@Test
	void withoutTheConnectionTestComponentFinishSavesUntested() throws Exception {
		installChecks(ConnectionChecks.unavailable());
		NewDataSourceWizardPage w = fillClientCredentials("Untested", DemoService.CLIENT_SECRET);
		w.next();
		assertFalse(w.enabled("test.run"));
		assertTrue(w.tooltip("test.run").contains("needs the connection-test component"), () -> w.tooltip("test.run"));
		assertTrue(w.canFinish());
		w.finish();
		assertTrue(iniText().contains("[Untested]"));
	}

	@Test
	void firstPageWaitsForANameAndASource() {
		NewDataSourceWizardPage w = openWizard();
		assertFalse(w.canGoNext());
		assertFalse(w.canFinish());
		assertNull(w.errorMessage(), "a fresh page explains instead of showing an error");
		assertNull(w.nameDecoration(), "and marks no field yet");
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
		NewDataSourceWizardPage w = fillClientCredentials("Never", "typed-then-canceled");
		w.cancel();
		assertFalse(Files.exists(ini), "nothing may be written on Cancel");
		assertTrue(store().names().isEmpty());
		assertFalse(store().hasSecret("Never", "ClientSecret"));
	}
}
