package io.restdsn.secure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.restdsn.secure.SecretStoreException.Reason;

/**
 * Equinox 1.4 stores a value WITHOUT encryption when asked to encrypt it but no password provider gives a password
 * and no workbench runs (it only logs a warning). That is the situation of the command line with the platform's
 * password-dialog provider installed. SecureStorage must refuse instead. The test fragment installs a provider
 * that never has a password (fragment.xml), and this test (in the host's package, to reach the package-private
 * factory) lets Equinox pick it.
 */
class ClearTextFallbackOsgiTest {

	@TempDir
	Path dir;

	@Test
	void aSecretIsNeverStoredUnencryptedWhenNoPasswordIsAvailable() throws Exception {
		Path keyring = dir.resolve("keyring");
		String secret = "cs-" + UUID.randomUUID();
		SecretStore store = SecureStorage.open(keyring, null, false, null).secretsFor(dir.resolve("odbc.ini"));

		SecretStoreException e = assertThrows(SecretStoreException.class, () -> store.put("Petstore", "ClientSecret", secret));
		store.flush();

		assertEquals(Reason.LOCKED, e.reason(), e.getMessage());
		assertTrue(e.getMessage().contains("would have stored it without encryption")
				&& e.getMessage().contains("--keyring FILE --password-file FILE"), e.getMessage());
		assertEquals(Optional.empty(), store.get("Petstore", "ClientSecret"));
		String onDisk = Files.readString(keyring, StandardCharsets.ISO_8859_1);
		assertFalse(onDisk.contains(secret), onDisk);
		assertFalse(onDisk.contains(Base64.getEncoder().encodeToString(secret.getBytes(StandardCharsets.UTF_8))), onDisk);
		assertFalse(onDisk.contains("ClientSecret"), "nothing was stored for the DSN: " + onDisk);
	}
}
