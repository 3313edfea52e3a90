package io.restdsn.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.restdsn.ui.UiPlugin;
import io.restdsn.ui.tests.pages.DataSourcesPage;
import io.restdsn.ui.tests.pages.StudioPreferencesPage;

/** Window &gt; Preferences &gt; RestDSN Studio: the user odbc.ini, the system one, and the view following the choice. */
class PreferencesTest extends UiTestBase {

	@Test
	void choosingAnotherOdbcIniRefreshesTheView() throws Exception {
		writeIni("[First]", "Driver=x", "RestSamplePath=https://api.example.test/1");
		Path second = dir.resolve("second.ini");
		Files.writeString(second, "[Second]\nDriver=x\nRestSamplePath=https://api.example.test/2\n",
				StandardCharsets.UTF_8);
		DataSourcesPage view = dataSources();
		assertEquals(List.of("First"), view.names());

		StudioPreferencesPage prefs = StudioPreferencesPage.open(driver, workbench.shell());
		try {
			assertEquals("RestDSN Studio", prefs.pageTitle());
			assertEquals(ini.toString(), prefs.odbcIni());
			assertTrue(prefs.inUse().startsWith(ini.toString()), prefs::inUse);
			assertFalse(prefs.systemFile().isBlank(), "the system odbc.ini is named");
			assertTrue(prefs.systemFile().contains("odbc.ini"), prefs::systemFile);

			prefs.odbcIni(dir.resolve("no-such-folder/odbc.ini").toString());
			assertNotNull(prefs.errorMessage());
			assertFalse(prefs.okEnabled(), "a file in a missing folder cannot be chosen");
			prefs.odbcIni("relative.ini");
			assertFalse(prefs.okEnabled());
			prefs.odbcIni(second.toString());
			assertTrue(prefs.okEnabled(), () -> "error: " + prefs.errorMessage());
			prefs.ok();
		} finally {
			if (prefs.isOpen()) {
				prefs.cancel();
			}
		}
		assertEquals(second.toString(), UiPlugin.getDefault().getPreferenceStore().getString(UiPlugin.PREF_ODBCINI));
		// no F5: the view follows the preference
		driver.waitUntil("the view to show the second file", () -> view.names().equals(List.of("Second")));
		assertTrue(view.status().contains(second.toString()), view::status);
	}

	@Test
	void emptyMeansUnixOdbcsDefault() {
		StudioPreferencesPage prefs = StudioPreferencesPage.open(driver, workbench.shell());
		try {
			prefs.odbcIni("");
			String expected = System.getenv("ODBCINI") != null && !System.getenv("ODBCINI").isBlank()
					? System.getenv("ODBCINI") : Path.of(System.getProperty("user.home"), ".odbc.ini").toString();
			assertTrue(prefs.inUse().startsWith(expected), prefs::inUse);
			assertTrue(prefs.okEnabled());
		} finally {
			prefs.cancel();
		}
	}

	@Test
	void rowsFetchedAtMostIsAWholeNumberTheQueryWindowsUse() {
		StudioPreferencesPage prefs = StudioPreferencesPage.open(driver, workbench.shell());
		try {
			assertEquals("2,000,000", prefs.maxRows(), "the default, grouped");
			for (String bad : new String[] { "0", "-5", "lots", "1.5", "999999999999" }) {
				prefs.maxRows(bad);
				assertFalse(prefs.okEnabled(), bad);
				assertTrue(prefs.errorMessage().startsWith("Rows fetched at most:"), prefs::errorMessage);
			}
			prefs.maxRows("250,000");
			assertTrue(prefs.okEnabled(), () -> "error: " + prefs.errorMessage());
			prefs.ok();
			assertEquals(250_000, UiPlugin.getDefault().maxQueryRows());
		} finally {
			if (prefs.isOpen()) {
				prefs.cancel();
			}
			UiPlugin.getDefault().getPreferenceStore().setToDefault(UiPlugin.PREF_MAX_ROWS);
		}
	}
}
