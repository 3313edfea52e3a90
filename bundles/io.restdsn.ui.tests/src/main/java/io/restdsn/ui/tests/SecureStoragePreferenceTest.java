package io.restdsn.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.restdsn.ui.tests.driver.Driver;
import io.restdsn.ui.tests.pages.PreferencesPage;
import io.restdsn.ui.tests.pages.WorkbenchPage;

/**
 * The Eclipse "Secure Storage" preference page (contributed by org.eclipse.equinox.security.ui) is in the product's
 * Preferences, where users see and clear what is stored and change the master password. The test runtime's default
 * secure storage is a file under target/ (-eclipse.keyring in the pom), so opening the page touches no real one.
 */
class SecureStoragePreferenceTest {

	static final String SECURE_STORAGE_PAGE = "org.eclipse.equinox.security.ui.storage";

	@Test
	void preferencesOfferTheSecureStoragePage() {
		Driver driver = new Driver();
		WorkbenchPage workbench = new WorkbenchPage(driver);
		assertTrue(workbench.menuItemLabels("Window").contains("Preferences..."),
				() -> "Window menu: " + workbench.menuItemLabels("Window"));

		PreferencesPage preferences = PreferencesPage.openOn(driver, workbench.shell(), SECURE_STORAGE_PAGE);
		try {
			assertTrue(preferences.pageIds().contains(SECURE_STORAGE_PAGE), () -> "pages: " + preferences.pageIds());
			assertEquals(List.of("General", "Security", "Secure Storage"), preferences.selectedPath());
			assertEquals("Secure Storage", preferences.currentPageTitle());
		} finally {
			preferences.close();
		}
	}
}
