package io.restdsn.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.restdsn.core.dsn.Dsn;
import io.restdsn.demo.DemoService;
import io.restdsn.ui.UiPlugin;
import io.restdsn.ui.checks.CheckResult;
import io.restdsn.ui.tests.pages.DataSourcesPage;

/** A new user with no DSNs: one click sets up the demo, which really answers (token and data). */
class DemoDataSourceTest extends UiTestBase {

	@AfterEach
	void stopDemo() {
		UiPlugin.getDefault().demo().stop();
	}

	@Test
	void emptyStateOffersTheDemoAndOneClickAddsAWorkingMethod53Dsn() throws Exception {
		DataSourcesPage page = workbench.dataSources();
		workbench.runCommand("io.restdsn.ui.refreshDataSources");
		page.settled();
		assertTrue(page.demoOffered(), "the empty state offers the demo");

		page.tryDemo();

		Dsn dsn = store().load("RestDSN Demo");
		assertEquals("53", dsn.value("AuthenticationMethod"));
		assertEquals(DemoService.CLIENT_SECRET, dsn.value("ClientSecret"), "secret kept in secure storage");
		assertFalse(iniText().contains(DemoService.CLIENT_SECRET), "odbc.ini holds no secret");
		assertTrue(UiPlugin.getDefault().demo().isRunning());

		CheckResult result = UiPlugin.getDefault().connectionChecks().test(dsn, new org.eclipse.core.runtime.NullProgressMonitor());
		assertTrue(result.passed(), () -> "connection test against the demo: " + result);
	}
}
