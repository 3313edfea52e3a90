package io.restdsn.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;

import io.restdsn.core.dsn.Dsn;
import io.restdsn.secure.SecureStorage;
import io.restdsn.ui.store.DsnStore;
import io.restdsn.ui.store.RegistryDsnStore;

/**
 * What the GUI saves goes to the registry the CLI uses: the secret survives a new store over the same secure storage
 * (as after a restart), and is in clear text in no file.
 */
class SecretsInSecureStorageTest extends UiTestBase {

	@Test
	void savedSecretIsReadBackFromSecureStorageAndNeverWrittenInClear() throws Exception {
		String secret = "gui-secret-" + System.nanoTime();
		Dsn dsn = Dsn.empty("Persisted").with("AuthenticationMethod", "53").with("ClientID", "id")
				.with("ClientSecret", secret).with("TokenURI", "POST https://auth.example.test/token")
				.with("RestSamplePath", "https://api.example.test/items");
		store().save(null, dsn);

		DsnStore fresh = new RegistryDsnStore(() -> ini, () -> SecureStorage.openDefault(true));
		assertEquals(secret, fresh.load("Persisted").value("ClientSecret"), "secret read back from secure storage");
		assertTrue(fresh.hasSecret("Persisted", "ClientSecret"));

		assertFalse(iniText().contains(secret), "odbc.ini holds no secret");
		assertFalse(iniText().contains("ClientSecret"), "odbc.ini holds no secret key");
		Path keyring = Path.of(keyringLocation());
		assertTrue(Files.exists(keyring), "storage file at " + keyring);
		assertFalse(new String(Files.readAllBytes(keyring), StandardCharsets.ISO_8859_1).contains(secret),
				"secure storage keeps the secret encrypted");

		fresh.delete("Persisted");
		assertFalse(new RegistryDsnStore(() -> ini, () -> SecureStorage.openDefault(true)).hasSecret("Persisted", "ClientSecret"),
				"deleting the DSN deletes its secret");
	}

	private static String keyringLocation() throws IOException {
		String[] args = Platform.getApplicationArgs();
		for (int i = 0; i + 1 < args.length; i++) {
			if (args[i].equals("-eclipse.keyring")) {
				return args[i + 1];
			}
		}
		String[] cmd = Platform.getCommandLineArgs();
		for (int i = 0; i + 1 < cmd.length; i++) {
			if (cmd[i].equals("-eclipse.keyring")) {
				return cmd[i + 1];
			}
		}
		throw new IOException("the UI tests run with -eclipse.keyring (see the pom)");
	}
}
