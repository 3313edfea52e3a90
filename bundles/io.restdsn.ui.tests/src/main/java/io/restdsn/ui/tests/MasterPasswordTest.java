package io.restdsn.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.equinox.security.storage.provider.IPreferencesContainer;
import org.eclipse.equinox.security.storage.provider.PasswordProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;

import io.restdsn.ui.storage.MasterPasswordDialog;
import io.restdsn.ui.storage.MasterPasswordProvider;
import io.restdsn.ui.tests.driver.Driver;

/**
 * The master password, asked in the studio's words where no desktop keyring can give it: the dialog itself, the
 * provider as Equinox finds and calls it (from a background thread, as the studio reads secrets: choose one for a new
 * storage, enter it, again after a wrong one, saying so; Cancel).
 */
class MasterPasswordTest extends UiTestBase {

	private static final String TITLE = "RestDSN Studio — Master Password";

	private Text field(Shell s, String id) {
		return driver.byId(s, id, Text.class);
	}

	private String location(Shell s) {
		return driver.byId(s, "masterPassword.location", org.eclipse.swt.widgets.Label.class).getText();
	}

	private Button ok(Shell s) {
		return driver.byId(s, "masterPassword.ok", Button.class);
	}

	private String message(Shell s) {
		return ((TitleAreaDialog) s.getData()).getErrorMessage() != null
				? ((TitleAreaDialog) s.getData()).getErrorMessage()
				: ((TitleAreaDialog) s.getData()).getMessage();
	}

	@Test
	void choosingAPasswordNeedsItTwiceTheSame() {
		MasterPasswordDialog d = new MasterPasswordDialog(workbench.shell(), MasterPasswordDialog.Kind.CREATE,
				"~/.restdsn/secure_storage", false);
		d.setBlockOnOpen(false);
		d.open();
		try {
			Shell s = driver.shell(TITLE);
			assertTrue(message(s).contains("client secrets, tokens and passwords"), message(s));
			assertEquals("Secure storage: ~/.restdsn/secure_storage", location(s), "says which storage");
			assertFalse(ok(s).isEnabled(), "nothing typed yet");
			driver.type(field(s, "masterPassword.password"), "correct horse");
			driver.type(field(s, "masterPassword.confirm"), "correct hor");
			assertFalse(ok(s).isEnabled());
			assertEquals("The two passwords differ.", message(s));
			driver.type(field(s, "masterPassword.confirm"), "correct horse");
			assertTrue(ok(s).isEnabled());
			driver.type(field(s, "masterPassword.password"), "short");
			driver.type(field(s, "masterPassword.confirm"), "short");
			assertTrue(ok(s).isEnabled(), "a short one is allowed, with a warning");
			assertTrue(message(s).contains("at least 8 characters"), message(s));
			driver.type(field(s, "masterPassword.password"), "correct horse");
			driver.type(field(s, "masterPassword.confirm"), "correct horse");
			driver.click(ok(s));
			assertArrayEquals("correct horse".toCharArray(), d.password());
		} finally {
			d.close();
		}
	}

	/** A storage file as Equinox describes it to a provider. */
	private static IPreferencesContainer container(Path file) {
		return new IPreferencesContainer() {
			@Override
			public URL getLocation() {
				try {
					return file.toUri().toURL();
				} catch (java.net.MalformedURLException e) {
					throw new IllegalStateException(e);
				}
			}

			@Override
			public ISecurePreferences getPreferences() {
				return null;
			}

			@Override
			public boolean hasOption(Object key) {
				return false;
			}

			@Override
			public Object getOption(Object key) {
				return null;
			}
		};
	}

	@Test
	void equinoxFindsTheStudiosProviderUnderTheIdSecureStorageAsksFor() throws Exception {
		IExtension ext = Platform.getExtensionRegistry().getExtension("org.eclipse.equinox.security.secureStorage",
				MasterPasswordProvider.MODULE_ID);
		assertNotNull(ext, "a secureStorage extension with the ID " + MasterPasswordProvider.MODULE_ID);
		IConfigurationElement provider = ext.getConfigurationElements()[0];
		assertEquals("3", provider.getAttribute("priority"), "below the desktop keyring (5), above Eclipse's (2)");
		assertTrue(provider.createExecutableExtension("class") instanceof MasterPasswordProvider);
	}

	@Test
	void theProviderAsksOnTheUiThreadForABackgroundReaderAndAgainAfterAWrongPassword() throws Exception {
		// (the UI tests run with -eclipse.password, which Equinox applies to every storage it opens in this JVM, so
		// the round through Equinox itself is checked on the product; here: the provider as Equinox calls it)
		MasterPasswordProvider p = new MasterPasswordProvider();
		IPreferencesContainer storage = container(Path.of(System.getProperty("user.home"), ".restdsn-test", "ss"));
		// the dialog is modal, opened from the reader's syncExec: it is answered from inside its own event loop
		String[] seen = new String[4];

		Driver.Answer a1 = driver.whenShellOpens(TITLE, s -> {
			seen[0] = location(s);
			driver.type(field(s, "masterPassword.password"), "m4ster-pass");
			driver.type(field(s, "masterPassword.confirm"), "m4ster-pass");
			driver.click(ok(s));
		});
		CompletableFuture<PBEKeySpec> chosen = CompletableFuture
				.supplyAsync(() -> p.getPassword(storage, PasswordProvider.CREATE_NEW_PASSWORD));
		driver.waitUntil("the password to reach the reader", chosen::isDone);
		a1.requireAnswered();
		assertTrue(seen[0].contains("~/.restdsn-test/ss"), "the storage, home as ~: " + seen[0]);
		assertArrayEquals("m4ster-pass".toCharArray(), chosen.get(5, TimeUnit.SECONDS).getPassword());

		Driver.Answer a2 = driver.whenShellOpens(TITLE, s -> {
			seen[1] = ((TitleAreaDialog) s.getData()).getErrorMessage() + "|" + message(s);
			seen[2] = Boolean.toString(
					Driver.findAll(s, c -> "masterPassword.confirm".equals(c.getData("id"))).isEmpty());
			driver.type(field(s, "masterPassword.password"), "not-the-password");
			driver.click(ok(s));
		});
		CompletableFuture<PBEKeySpec> entered = CompletableFuture.supplyAsync(() -> p.getPassword(storage, 0));
		driver.waitUntil("the entered password", entered::isDone);
		a2.requireAnswered();
		assertTrue(seen[1].startsWith("null|Enter the master password"), seen[1]);
		assertEquals("true", seen[2], "entering asks once");
		assertArrayEquals("not-the-password".toCharArray(), entered.get(5, TimeUnit.SECONDS).getPassword());

		// Equinox could not decrypt its check value with it
		assertTrue(p.retryOnError(new StorageException(StorageException.DECRYPTION_ERROR, "bad padding"), storage));
		Driver.Answer a3 = driver.whenShellOpens(TITLE, s -> {
			seen[3] = message(s);
			driver.click(driver.byId(s, "masterPassword.cancel", Button.class));
		});
		CompletableFuture<PBEKeySpec> again = CompletableFuture.supplyAsync(() -> p.getPassword(storage, 0));
		driver.waitUntil("the cancel to reach the reader", again::isDone);
		a3.requireAnswered();
		assertTrue(seen[3].contains("did not unlock"), seen[3]);
		assertNull(again.get(5, TimeUnit.SECONDS), "Cancel gives no password");
		assertFalse(p.retryOnError(new StorageException(StorageException.INTERNAL_ERROR, "disk"), storage),
				"other failures are not retried");
	}
}
