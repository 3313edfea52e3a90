package io.restdsn.secure.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.restdsn.secure.SecretStore;
import io.restdsn.secure.SecretStoreException;
import io.restdsn.secure.SecretStoreException.Reason;
import io.restdsn.secure.SecureStorage;

/**
 * {@link SecureStorage} and {@link SecretStore} on the real {@code org.eclipse.equinox.security} inside OSGi, with a
 * temporary storage file and a fixed password, never a prompt.
 * <p>
 * Equinox caches an opened storage per URL for the life of the JVM; to prove what is on disk, a test opens a copy of
 * the file under a new name (a fresh read), as a second process would.
 */
class SecretStoreOsgiTest {

	private static final char[] PASSWORD = "correct horse battery staple".toCharArray();

	@TempDir
	Path dir;

	/** Secrets are made at run time so that no class file or jar holds them and a scan finds only real leaks. */
	private static String secret(String label) {
		return label + "-" + UUID.randomUUID();
	}

	private Path copyOf(Path file, String name) throws Exception {
		Path copy = dir.resolve(name);
		Files.copy(file, copy);
		return copy;
	}

	@Test
	void putGetDeleteAndListWithNamesThatNeedEscaping() throws Exception {
		Path keyring = dir.resolve("keyring");
		Path ini = dir.resolve("odbc.ini");
		SecretStore store = SecureStorage.openFile(keyring, PASSWORD).secretsFor(ini);
		List<String> names = List.of("Sales/EU", "back\\slash", "Ünïcödé DSN", "dots.and spaces");
		for (String n : names) {
			store.put(n, "ClientSecret", secret(n));
		}
		String token = secret("token");
		store.put("Sales/EU", "SecurityToken", token);
		store.flush();

		assertEquals(Set.copyOf(names), Set.copyOf(store.dsnNames()));
		assertEquals(Optional.of(token), store.get("sales/eu", "securitytoken"), "names compare ignoring case");
		assertEquals(Set.of("ClientSecret", "SecurityToken"), Set.copyOf(store.options("Sales/EU")));
		assertTrue(store.delete("Sales/EU", "SecurityToken"));
		assertFalse(store.delete("Sales/EU", "SecurityToken"));
		assertEquals(1, store.deleteAll("back\\slash"));
		assertEquals(Optional.empty(), store.get("back\\slash", "ClientSecret"));
		store.put("dots.and spaces", "clientsecret", "respelt");
		assertEquals(Set.of("clientsecret"), Set.copyOf(store.options("dots.and spaces")), "one value per option");
		store.flush();

		SecretStore reopened = SecureStorage.openFile(copyOf(keyring, "keyring-copy"), PASSWORD).secretsFor(ini);
		assertEquals(Set.of("Sales/EU", "Ünïcödé DSN", "dots.and spaces"), Set.copyOf(reopened.dsnNames()));
		assertEquals(Optional.of("respelt"), reopened.get("DOTS.AND SPACES", "ClientSecret"));
		assertTrue(reopened.get("Ünïcödé DSN", "ClientSecret").orElseThrow().startsWith("Ünïcödé DSN-"));
		assertEquals(Optional.empty(), reopened.get("Sales/EU", "SecurityToken"));
	}

	@Test
	void valuesAreEncryptedAndTheFileIsPrivate() throws Exception {
		Path keyring = dir.resolve("sub folder/keyring");
		SecretStore store = SecureStorage.openFile(keyring, PASSWORD).secretsFor(dir.resolve("odbc.ini"));
		String s = secret("clientsecret");
		store.put("Petstore", "ClientSecret", s);
		store.flush();

		String onDisk = Files.readString(keyring, StandardCharsets.ISO_8859_1);
		assertFalse(onDisk.contains(s), onDisk);
		assertTrue(onDisk.contains("ClientSecret") && onDisk.contains("Petstore"), "names are stored in clear: " + onDisk);
		assertEquals(List.of(), ClearText.filesContaining(s, List.of(dir)));
		assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keyring)));
	}

	@Test
	void secretsOfDifferentOdbcIniFilesAreKeptApart() throws Exception {
		SecureStorage storage = SecureStorage.openFile(dir.resolve("keyring"), PASSWORD);
		SecretStore a = storage.secretsFor(dir.resolve("a/odbc.ini"));
		SecretStore b = storage.secretsFor(dir.resolve("b/odbc.ini"));
		a.put("Sales", "Password", "pa");

		assertEquals(Optional.empty(), b.get("Sales", "Password"));
		assertEquals(List.of(), b.dsnNames());
		assertEquals(1, storage.odbcIniFiles().size(), "only a has secrets: " + storage.odbcIniFiles());
	}

	@Test
	void aWrongMasterPasswordFailsBeforeAnythingIsWritten() throws Exception {
		Path keyring = dir.resolve("keyring");
		SecretStore right = SecureStorage.openFile(keyring, PASSWORD).secretsFor(dir.resolve("odbc.ini"));
		right.put("Petstore", "ClientSecret", secret("s"));
		right.flush();
		Path copy = copyOf(keyring, "keyring-2");
		byte[] before = Files.readAllBytes(copy);

		SecretStore wrong = SecureStorage.openFile(copy, "not the password".toCharArray())
				.secretsFor(dir.resolve("odbc.ini"));

		SecretStoreException e = assertThrows(SecretStoreException.class, wrong::unlock);
		assertEquals(Reason.WRONG_PASSWORD, e.reason());
		assertTrue(e.getMessage().contains("master password") && e.getMessage().contains(copy.toString())
				&& e.getMessage().contains("--password-file"), e.getMessage());
		assertThrows(SecretStoreException.class, () -> wrong.get("Petstore", "ClientSecret"));
		assertThrows(SecretStoreException.class, () -> wrong.put("Petstore", "ClientSecret", "other"));
		wrong.flush();
		assertArrayEquals(before, Files.readAllBytes(copy), "nothing was re-encrypted with the wrong password");
		assertEquals(Set.of("ClientSecret"), wrong.options("Petstore"), "listing needs no password");
	}

	@Test
	void withoutAPasswordAndWithoutPromptsTheStorageIsLockedWithAHint() throws Exception {
		Path keyring = dir.resolve("keyring");
		SecretStore withPassword = SecureStorage.openFile(keyring, PASSWORD).secretsFor(dir.resolve("odbc.ini"));
		withPassword.put("Petstore", "ClientSecret", secret("s"));
		withPassword.flush();

		for (Path file : List.of(copyOf(keyring, "existing"), dir.resolve("new-keyring"))) {
			SecretStore noPassword = SecureStorage.openFile(file, null).secretsFor(dir.resolve("odbc.ini"));
			SecretStoreException e = assertThrows(SecretStoreException.class,
					() -> noPassword.put("Petstore", "ClientSecret", "x"));
			assertEquals(Reason.LOCKED, e.reason(), e.getMessage());
			assertTrue(e.getMessage().contains("--keyring FILE --password-file FILE"), e.getMessage());
		}
	}

	@Test
	void aFileThatIsNotASecureStorageIsRefusedAndLeftAlone() throws Exception {
		byte[] random = new byte[2048];
		new java.util.Random(42).nextBytes(random);
		List<byte[]> damaged = List.of(random, "just=some\nproperties=file\n".getBytes(StandardCharsets.UTF_8),
				"\\u12G4 broken escape".getBytes(StandardCharsets.UTF_8));
		int i = 0;
		for (byte[] content : damaged) {
			Path file = dir.resolve("damaged-" + i++);
			Files.write(file, content);

			SecretStoreException e = assertThrows(SecretStoreException.class,
					() -> SecureStorage.openFile(file, PASSWORD));

			assertEquals(Reason.DAMAGED, e.reason());
			assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("damaged"), e.getMessage());
			assertArrayEquals(content, Files.readAllBytes(file));
		}
	}

	@Test
	void aDamagedEntryIsReportedAsSuchAndCanBeReplaced() throws Exception {
		Path keyring = dir.resolve("keyring");
		SecretStore store = SecureStorage.openFile(keyring, PASSWORD).secretsFor(dir.resolve("odbc.ini"));
		store.put("Petstore", "ClientSecret", secret("s"));
		store.flush();
		// cut 9 bytes off the encrypted value (12 Base64 characters), keep the file's structure: the cipher text
		// is then no whole number of blocks, which no password decrypts
		List<String> lines = Files.readAllLines(keyring, StandardCharsets.ISO_8859_1);
		Path broken = dir.resolve("broken");
		Files.write(broken, lines.stream().map(l -> l.contains("/ClientSecret=") ? l.substring(0, l.length() - 12) : l)
				.toList(), StandardCharsets.ISO_8859_1);

		SecretStore reopened = SecureStorage.openFile(broken, PASSWORD).secretsFor(dir.resolve("odbc.ini"));
		SecretStoreException e = assertThrows(SecretStoreException.class, () -> reopened.get("Petstore", "ClientSecret"));

		assertEquals(Reason.DAMAGED, e.reason(), e.getMessage());
		assertTrue(e.getMessage().contains("ClientSecret") && e.getMessage().contains("Petstore"), e.getMessage());
		reopened.put("Petstore", "ClientSecret", "replacement");
		assertEquals(Optional.of("replacement"), reopened.get("Petstore", "ClientSecret"));
	}
}
