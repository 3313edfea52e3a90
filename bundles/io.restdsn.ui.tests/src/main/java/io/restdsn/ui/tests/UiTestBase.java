package io.restdsn.ui.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import io.restdsn.demo.DemoService;
import io.restdsn.ui.UiPlugin;
import io.restdsn.ui.checks.ConnectionChecks;
import io.restdsn.ui.store.DsnStore;
import io.restdsn.ui.tests.driver.Driver;
import io.restdsn.ui.tests.pages.DataSourcesPage;
import io.restdsn.ui.tests.pages.WorkbenchPage;

/**
 * Each test gets its own odbc.ini in a temporary folder (through the preference the product reads), the real
 * workbench with the real connection checks (io.restdsn.http), and, when it asks for one, the demo service: a local
 * OAuth 2.0 token endpoint and JSON API on a free loopback port. Dialogs a failing test leaves open are closed.
 */
abstract class UiTestBase {

	@TempDir
	Path dir;

	Driver driver;
	WorkbenchPage workbench;
	Path ini;
	private String savedPref;

	@BeforeEach
	void setUpWorkbench() {
		driver = new Driver();
		workbench = new WorkbenchPage(driver);
		savedPref = UiPlugin.getDefault().getPreferenceStore().getString(UiPlugin.PREF_ODBCINI);
		ini = dir.resolve("odbc.ini");
		UiPlugin.getDefault().getPreferenceStore().setValue(UiPlugin.PREF_ODBCINI, ini.toString());
		UiPlugin.getDefault().setConnectionChecks(null);
		UiPlugin.getDefault().lastTests().clear();
	}

	private DemoService demo;

	/** The demo service, started on first use and stopped after the test. */
	DemoService demo() throws IOException {
		if (demo == null) {
			demo = new DemoService(0).start();
		}
		return demo;
	}

	@AfterEach
	void tearDownWorkbench() {
		if (demo != null) {
			demo.stop();
		}
		driver.closeDialogs(workbench.shell());
		driver.joinJobs(DsnStore.JOB_FAMILY);
		UiPlugin.getDefault().setConnectionChecks(null);
		UiPlugin.getDefault().getPreferenceStore().setValue(UiPlugin.PREF_ODBCINI, savedPref);
	}

	void installChecks(ConnectionChecks checks) {
		UiPlugin.getDefault().setConnectionChecks(checks);
	}

	DsnStore store() {
		return UiPlugin.getDefault().dsnStore();
	}

	void writeIni(String... lines) throws IOException {
		Files.writeString(ini, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
	}

	String iniText() throws IOException {
		return Files.exists(ini) ? Files.readString(ini, StandardCharsets.UTF_8) : "";
	}

	/** The Data Sources view, re-read from this test's file. */
	DataSourcesPage dataSources() {
		DataSourcesPage page = workbench.dataSources();
		workbench.runCommand("io.restdsn.ui.refreshDataSources");
		page.settled();
		return page;
	}
}
