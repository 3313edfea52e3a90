package io.restdsn.secure.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.restdsn.core.dsn.Dsn;
import io.restdsn.secure.SecretStoreException;
import io.restdsn.secure.SecretStoreException.Reason;
import io.restdsn.secure.SecureStorage;
import io.restdsn.secure.registry.DsnRegistry;
import io.restdsn.secure.registry.OnConflict;
import io.restdsn.secure.registry.OrphanedSecrets;
import io.restdsn.secure.registry.SecretMode;

/**
 * The DSN registry over the real Eclipse secure storage (temporary storage file, fixed password): the secrets never
 * reach a file in clear, they follow renames and deletes, and a wrong password or a damaged storage loses nothing.
 */
class DsnRegistryOsgiTest {

	private static final char[] PASSWORD = "s3cure-storage-pw".toCharArray();

	@TempDir
	Path dir;

	private Path ini;
	private Path keyring;
	private String clientSecret;
	private String token;
	private String proxyPassword;

	@BeforeEach
	void setUp() {
		ini = dir.resolve("odbc.ini");
		keyring = dir.resolve("secure_storage");
		clientSecret = "cs-" + UUID.randomUUID();
		token = "st-" + UUID.randomUUID();
		proxyPassword = "pp-" + UUID.randomUUID();
	}

	private DsnRegistry registry(Path storageFile, char[] password) throws SecretStoreException {
		return DsnRegistry.open(ini, SecureStorage.openFile(storageFile, password));
	}

	private Dsn analytics() {
		Map<String, String> m = new LinkedHashMap<>();
		m.put("Driver", "/opt/ddautorest/lib/ivautorest28.so");
		m.put("Description", "Google Analytics over REST");
		m.put("AuthenticationMethod", "53");
		m.put("ClientID", "analytics-client");
		m.put("ClientSecret", clientSecret);
		m.put("TokenURI", "POST https://accounts.example.test/token");
		m.put("AuthHeader", "X-Tenant");
		m.put("SecurityToken", token);
		m.put("ProxyHost", "proxy.example.test");
		m.put("ProxyPassword", proxyPassword);
		m.put("RestConfigFile", "/srv/u/ga.rest");
		return Dsn.of("Analytics", m);
	}

	private Path copy(Path file, String name) throws Exception {
		Path c = dir.resolve(name);
		Files.copy(file, c);
		return c;
	}

	@Test
	void afterSavingNoFileContainsASecretInClearText() throws Exception {
		Files.writeString(ini, "; existing user file\n[Other]\nDriver=x\n", StandardCharsets.UTF_8);
		DsnRegistry registry = registry(keyring, PASSWORD);

		registry.save(analytics());
		registry.save(registry.load("Analytics", SecretMode.OMIT).orElseThrow().with("Description", "edited"));
		registry.rename("Analytics", "GA");
		registry.importDsn(analytics(), OnConflict.RENAME);

		List<Path> roots = new ArrayList<>(List.of(dir));
		roots.addAll(ClearText.frameworkAreas());
		assertTrue(Files.exists(dir.resolve("odbc.ini.bak")), "the backup is among the files scanned");
		assertTrue(ClearText.countFiles(List.of(dir)) >= 3, "odbc.ini, its backup and the storage file");
		for (String s : List.of(clientSecret, token, proxyPassword)) {
			assertEquals(List.of(), ClearText.filesContaining(s, roots), "files holding a secret in clear");
		}
		// and they are all there to be read back, from what is on disk
		DsnRegistry fresh = registry(copy(keyring, "reopened"), PASSWORD);
		Dsn ga = fresh.load("GA", SecretMode.INCLUDE).orElseThrow();
		assertEquals(clientSecret, ga.value("ClientSecret"));
		assertEquals(token, ga.value("SecurityToken"));
		assertEquals(proxyPassword, ga.value("ProxyPassword"));
		assertEquals("edited", ga.value("Description"));
		assertEquals(clientSecret, fresh.load("Analytics", SecretMode.INCLUDE).orElseThrow().value("ClientSecret"));
		assertTrue(Files.readString(ini).contains("; existing user file\n[Other]\nDriver=x\n"), Files.readString(ini));
	}

	@Test
	void putGetRenameAndDeleteFollowTheDsn() throws Exception {
		DsnRegistry registry = registry(keyring, PASSWORD);
		registry.save(analytics());

		assertEquals(3, registry.rename("Analytics", "Analytics/EU"));
		assertEquals(List.of("Analytics/EU"), registry.secrets().dsnNames());
		assertEquals(token, registry.load("analytics/eu", SecretMode.INCLUDE).orElseThrow().value("SecurityToken"));

		registry.save(Dsn.of("Analytics/EU", Map.of("SecurityToken", "")));
		assertFalse(registry.load("Analytics/EU", SecretMode.INCLUDE).orElseThrow().has("SecurityToken"));

		assertTrue(registry.delete("Analytics/EU").dsnDeleted());
		assertEquals(List.of(), registry.names());
		assertEquals(List.of(), registry.secrets().dsnNames());
		DsnRegistry fresh = registry(copy(keyring, "after-delete"), PASSWORD);
		assertEquals(List.of(), fresh.secrets().dsnNames(), "the deletion reached the file");
	}

	@Test
	void orphanedSecretsAreListedAndRemoved() throws Exception {
		DsnRegistry registry = registry(keyring, PASSWORD);
		registry.save(analytics());
		registry.save(Dsn.of("Tickets", Map.of("Driver", "x", "Password", "pw")));
		// another program deletes the section behind our back
		String text = Files.readString(ini);
		Files.writeString(ini, text.substring(0, text.indexOf("[Tickets]")));

		List<OrphanedSecrets> orphans = registry.orphans();

		assertEquals(1, orphans.size(), orphans.toString());
		assertEquals("Tickets", orphans.get(0).dsn());
		assertEquals(List.of("Password"), orphans.get(0).options());
		registry.removeOrphans();
		assertEquals(List.of("Analytics"), registry(copy(keyring, "after-orphans"), PASSWORD).secrets().dsnNames());
	}

	@Test
	void importingADsnWithSecretsMovesThemToSecureStorage() throws Exception {
		DsnRegistry registry = registry(keyring, PASSWORD);

		registry.importDsn(analytics(), OnConflict.SKIP);

		String text = Files.readString(ini);
		assertFalse(text.contains(clientSecret) || text.contains("ClientSecret") || text.contains("ProxyPassword"), text);
		assertTrue(text.contains("ClientID=analytics-client"), text);
		assertEquals(List.of("ClientSecret", "SecurityToken", "ProxyPassword"),
				registry.entry("Analytics").orElseThrow().storedSecrets());
	}

	@Test
	void aWrongMasterPasswordGivesAClearErrorAndLosesNoDsnOptions() throws Exception {
		registry(keyring, PASSWORD).save(analytics());
		byte[] iniBefore = Files.readAllBytes(ini);
		Path sameStorage = copy(keyring, "same-storage");
		byte[] storageBefore = Files.readAllBytes(sameStorage);
		DsnRegistry wrong = registry(sameStorage, "wrong-password".toCharArray());

		SecretStoreException onSave = assertThrows(SecretStoreException.class,
				() -> wrong.save(analytics().with("Description", "changed").with("ClientSecret", "new-secret")));
		SecretStoreException onLoad = assertThrows(SecretStoreException.class,
				() -> wrong.load("Analytics", SecretMode.INCLUDE));
		SecretStoreException onRename = assertThrows(SecretStoreException.class, () -> wrong.rename("Analytics", "X"));

		for (SecretStoreException e : List.of(onSave, onLoad, onRename)) {
			assertEquals(Reason.WRONG_PASSWORD, e.reason());
			assertTrue(e.getMessage().contains("master password") && e.getMessage().contains("--password-file"),
					e.getMessage());
		}
		assertTrue(onSave.getMessage().endsWith("Nothing was changed."), onSave.getMessage());
		assertArrayEquals(iniBefore, Files.readAllBytes(ini), "odbc.ini untouched");
		assertArrayEquals(storageBefore, Files.readAllBytes(sameStorage), "storage untouched");
		Dsn options = wrong.load("Analytics", SecretMode.OMIT).orElseThrow();
		assertEquals(8, options.options().size(), options.asMap().keySet().toString());
		assertEquals("analytics-client", options.value("ClientID"));
		assertEquals(List.of("ClientSecret", "SecurityToken", "ProxyPassword"),
				wrong.entry("Analytics").orElseThrow().storedSecrets(), "what is stored is still listed");
	}

	@Test
	void aCorruptedStorageFileGivesAClearErrorAndLosesNoDsnOptions() throws Exception {
		registry(keyring, PASSWORD).save(analytics());
		byte[] iniBefore = Files.readAllBytes(ini);
		Path corrupted = dir.resolve("corrupted");
		byte[] bytes = Files.readAllBytes(keyring);
		byte[] garbage = new byte[bytes.length];
		for (int i = 0; i < bytes.length; i++) {
			garbage[i] = (byte) (bytes[i] ^ 0x5A); // every byte flipped: same size, no longer a properties file
		}
		Files.write(corrupted, garbage);

		SecretStoreException e = assertThrows(SecretStoreException.class, () -> registry(corrupted, PASSWORD));

		assertEquals(Reason.DAMAGED, e.reason());
		assertTrue(e.getMessage().contains(corrupted.toString()) && e.getMessage().contains("damaged")
				&& e.getMessage().contains("nothing was read from or written to it"), e.getMessage());
		assertArrayEquals(garbage, Files.readAllBytes(corrupted), "the damaged file is left for recovery");
		assertArrayEquals(iniBefore, Files.readAllBytes(ini), "odbc.ini untouched");
		// the options are all still there, read with any storage
		Dsn options = registry(dir.resolve("another-storage"), PASSWORD).load("Analytics", SecretMode.OMIT).orElseThrow();
		assertEquals(8, options.options().size());
		assertEquals("POST https://accounts.example.test/token", options.value("TokenURI"));
	}
}
