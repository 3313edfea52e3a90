package io.restdsn.secure.registry;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.restdsn.core.dsn.Dsn;
import io.restdsn.core.ini.IniValueException;
import io.restdsn.secure.SecretStoreException;
import io.restdsn.secure.SecretStoreException.Reason;

/** The registry's rules with an in-memory secret store (the OSGi tier repeats the key ones with Eclipse's). */
class DsnRegistryTest {

	private static final String SECRET = "cs-7f3a9-very-secret";

	@TempDir
	Path dir;

	private Path ini;
	private InMemorySecretStore store;
	private DsnRegistry registry;

	@BeforeEach
	void setUp() {
		ini = dir.resolve("odbc.ini");
		store = new InMemorySecretStore();
		registry = new DsnRegistry(ini, store);
	}

	private static Dsn dsn(String name, String... kv) {
		Map<String, String> m = new LinkedHashMap<>();
		for (int i = 0; i < kv.length; i += 2) {
			m.put(kv[i], kv[i + 1]);
		}
		return Dsn.of(name, m);
	}

	private static Dsn petstore() {
		return dsn("Petstore", "Driver", "/opt/ddautorest/lib/ivautorest28.so", "AuthenticationMethod", "53",
				"ClientID", "pets-client", "ClientSecret", SECRET, "TokenURI", "POST https://auth.example.test/token",
				"RestSamplePath", "https://pets.example.test/pets");
	}

	private String iniText() throws IOException {
		return Files.readString(ini, StandardCharsets.UTF_8);
	}

	@Test
	void saveWritesOptionsToTheIniAndSecretsToTheStoreOnly() throws Exception {
		SaveResult r = registry.save(petstore());

		assertTrue(r.created());
		assertEquals(List.of("ClientSecret"), r.storedSecrets());
		String text = iniText();
		assertTrue(text.contains("ClientID=pets-client"), text);
		assertFalse(text.contains("ClientSecret"), text);
		assertFalse(text.contains(SECRET), text);
		assertEquals(Optional.of(SECRET), store.get("Petstore", "ClientSecret"));
		assertTrue(store.flushes > 0, "secrets were flushed");
	}

	@Test
	void loadReturnsSecretsOnlyWhenAskedFor() throws Exception {
		registry.save(petstore());

		Dsn with = registry.load("petstore", SecretMode.INCLUDE).orElseThrow();
		Dsn without = registry.load("Petstore", SecretMode.OMIT).orElseThrow();

		assertEquals("Petstore", with.name());
		assertEquals(SECRET, with.value("ClientSecret"));
		assertFalse(without.has("ClientSecret"));
		assertEquals("pets-client", without.value("ClientID"));
		assertEquals(Optional.empty(), registry.load("Nope", SecretMode.INCLUDE));
	}

	@Test
	void savingADsnLoadedWithoutSecretsKeepsThem() throws Exception {
		registry.save(petstore());
		Dsn edited = registry.load("Petstore", SecretMode.OMIT).orElseThrow().with("Description", "Pets API");

		SaveResult r = registry.save(edited);

		assertEquals(List.of(), r.storedSecrets());
		assertEquals(List.of(), r.removedSecrets());
		assertEquals(Optional.of(SECRET), store.get("Petstore", "ClientSecret"));
		assertTrue(iniText().contains("Description=Pets API"));
	}

	@Test
	void anEmptySecretValueRemovesTheStoredSecret() throws Exception {
		registry.save(petstore());

		SaveResult r = registry.save(dsn("Petstore", "ClientSecret", ""));

		assertEquals(List.of("ClientSecret"), r.removedSecrets());
		assertEquals(Optional.empty(), store.get("Petstore", "ClientSecret"));
	}

	@Test
	void replaceDropsStoredSecretsTheDsnDoesNotMention() throws Exception {
		registry.save(petstore().with("SecurityToken", "tok-1").with("AuthHeader", "X-Api-Key"));

		registry.replace(petstore());

		assertEquals(Optional.empty(), store.get("Petstore", "SecurityToken"));
		assertEquals(Optional.of(SECRET), store.get("Petstore", "ClientSecret"));
	}

	@Test
	void shortAndLegacyNamesOfSecretsAreStoredUnderTheCatalogName() throws Exception {
		registry.save(dsn("Tickets", "AuthenticationMethod", "25", "ah", "X-Key", "st", "tok-2", "PWD", "pw-3"));

		assertEquals(Optional.of("tok-2"), store.get("Tickets", "SecurityToken"));
		assertEquals(Optional.of("pw-3"), store.get("Tickets", "Password"));
		String text = iniText();
		assertFalse(text.contains("tok-2") || text.contains("pw-3") || text.contains("st="), text);
		assertTrue(text.contains("ah=X-Key"), text);
	}

	@Test
	void aSecretGivenUnderTwoNamesIsRefused() {
		assertThrows(IllegalArgumentException.class,
				() -> registry.save(dsn("T", "st", "a", "SecurityToken", "b")));
	}

	@Test
	void aSecretFoundInClearInTheIniIsMovedToTheStoreOnTheNextSave() throws Exception {
		Files.writeString(ini, "# hand-written\n[Legacy]\nDriver=x\nClientSecret=" + SECRET + "\nClientID=abc\n",
				StandardCharsets.UTF_8);
		DsnEntry before = registry.entry("Legacy").orElseThrow();
		assertEquals(List.of("ClientSecret"), before.secretsInIni());
		assertEquals(SECRET, registry.load("Legacy", SecretMode.INCLUDE).orElseThrow().value("ClientSecret"));

		SaveResult r = registry.save(registry.load("Legacy", SecretMode.OMIT).orElseThrow());

		assertEquals(List.of("ClientSecret"), r.movedFromIni());
		assertEquals(Optional.of(SECRET), store.get("Legacy", "ClientSecret"));
		String text = iniText();
		assertFalse(text.contains(SECRET), text);
		assertTrue(text.startsWith("# hand-written\n"), "the rest of the file is kept: " + text);
		assertTrue(text.contains("ClientID=abc"), text);
	}

	@Test
	void renameMovesTheSecrets() throws Exception {
		registry.save(petstore());

		int moved = registry.rename("Petstore", "Pets");

		assertEquals(1, moved);
		assertEquals(List.of("Pets"), registry.names());
		assertEquals(Optional.of(SECRET), store.get("Pets", "ClientSecret"));
		assertEquals(Optional.empty(), store.get("Petstore", "ClientSecret"));
		assertEquals(List.of(), registry.orphans());
	}

	@Test
	void renameThatOnlyChangesLetterCaseKeepsTheSecrets() throws Exception {
		registry.save(petstore());

		registry.rename("Petstore", "PETSTORE");

		assertEquals(List.of("PETSTORE"), registry.names());
		assertEquals(List.of("PETSTORE"), store.dsnNames());
		assertEquals(Optional.of(SECRET), store.get("PETSTORE", "ClientSecret"));
	}

	@Test
	void renameOfAnUnknownDsnOrOntoAnExistingOneIsRefused() throws Exception {
		registry.save(petstore());
		registry.save(dsn("Other", "Driver", "x"));

		assertThrows(NoSuchElementException.class, () -> registry.rename("Nope", "X"));
		assertThrows(IllegalArgumentException.class, () -> registry.rename("Petstore", "other"));
		assertThrows(IniValueException.class, () -> registry.rename("Petstore", "bad[name]"));
		assertEquals(Optional.of(SECRET), store.get("Petstore", "ClientSecret"));
	}

	@Test
	void aDsnNeverInheritsSecretsLeftBehindUnderItsName() throws Exception {
		store.put("Ghost", "ClientSecret", "old-ghost-secret");
		store.put("Target", "Password", "old-target-pw");
		registry.save(dsn("Ghost", "Driver", "x"));
		registry.save(dsn("Source", "Driver", "y", "ClientSecret", SECRET));

		registry.rename("Source", "Target");

		assertEquals(Optional.empty(), store.get("Ghost", "ClientSecret"));
		assertEquals(Optional.empty(), store.get("Target", "Password"));
		assertEquals(Optional.of(SECRET), store.get("Target", "ClientSecret"));
	}

	@Test
	void deleteRemovesTheDsnAndItsSecrets() throws Exception {
		registry.save(petstore());
		registry.save(dsn("Keep", "Driver", "x", "Password", "pw"));

		DeleteResult r = registry.delete("petstore");

		assertTrue(r.dsnDeleted());
		assertEquals(1, r.secretsRemoved());
		assertEquals(List.of("Keep"), registry.names());
		assertEquals(List.of("Keep"), store.dsnNames());
		assertFalse(registry.delete("Petstore").found());
	}

	@Test
	void orphanedSecretsAreListedAndRemovable() throws Exception {
		registry.save(petstore());
		store.put("Gone", "SecurityToken", "t");
		store.put("Gone", "ClientSecret", "c");

		List<OrphanedSecrets> orphans = registry.orphans();

		assertEquals(1, orphans.size());
		assertEquals("Gone", orphans.get(0).dsn());
		assertEquals(List.of("ClientSecret", "SecurityToken"), orphans.get(0).options(), "catalog order");
		assertEquals(orphans, registry.removeOrphans());
		assertEquals(List.of(), registry.orphans());
		assertEquals(Optional.of(SECRET), store.get("Petstore", "ClientSecret"));
	}

	@Test
	void deletingANameTheIniDoesNotHaveRemovesItsOrphanedSecrets() throws Exception {
		store.put("Gone", "ClientSecret", "c");

		DeleteResult r = registry.delete("gone");

		assertFalse(r.dsnDeleted());
		assertEquals(1, r.secretsRemoved());
		assertEquals(List.of(), store.dsnNames());
	}

	@Test
	void importMovesSecretsToTheStoreAndFollowsTheConflictPolicy() throws Exception {
		registry.save(petstore());
		Dsn incoming = dsn("Petstore", "Driver", "z", "ClientSecret", "imported-secret");

		ImportResult skipped = registry.importDsn(incoming, OnConflict.SKIP);
		ImportResult renamed = registry.importDsn(incoming, OnConflict.RENAME);
		ImportResult renamedAgain = registry.importDsn(incoming, OnConflict.RENAME);

		assertTrue(skipped.skipped());
		assertEquals(Optional.of("Petstore (2)"), renamed.savedAs());
		assertEquals(Optional.of("Petstore (3)"), renamedAgain.savedAs());
		assertEquals(Optional.of("imported-secret"), store.get("Petstore (2)", "ClientSecret"));
		assertEquals(Optional.of(SECRET), store.get("Petstore", "ClientSecret"));

		registry.importDsn(dsn("Petstore", "Driver", "z", "SecurityToken", "t"), OnConflict.REPLACE);
		assertEquals(Optional.empty(), store.get("Petstore", "ClientSecret"), "replaced: old secrets gone");
		assertEquals(Optional.of("t"), store.get("Petstore", "SecurityToken"));
		assertFalse(iniText().contains("imported-secret"));
		assertFalse(registry.load("Petstore", SecretMode.OMIT).orElseThrow().has("ClientID"));
	}

	@Test
	void aLockedStoreChangesNothing() throws Exception {
		registry.save(petstore());
		byte[] before = Files.readAllBytes(ini);
		store.failUnlock = new SecretStoreException(Reason.WRONG_PASSWORD, "the master password does not open memory.");

		SecretStoreException save = assertThrows(SecretStoreException.class,
				() -> registry.save(petstore().with("Description", "changed").with("ClientSecret", "new")));
		SecretStoreException rename = assertThrows(SecretStoreException.class, () -> registry.rename("Petstore", "P2"));
		assertThrows(SecretStoreException.class, () -> registry.load("Petstore", SecretMode.INCLUDE));

		assertEquals(Reason.WRONG_PASSWORD, save.reason());
		assertTrue(save.getMessage().endsWith("Nothing was changed."), save.getMessage());
		assertTrue(rename.getMessage().endsWith("Nothing was changed."), rename.getMessage());
		assertArrayEquals(before, Files.readAllBytes(ini));
		Dsn kept = registry.load("Petstore", SecretMode.OMIT).orElseThrow();
		assertEquals("pets-client", kept.value("ClientID"));
		assertEquals(6 - 1, kept.options().size());

		// options that are not secrets can still be changed without the password
		registry.save(kept.with("Description", "no password needed"));
		assertTrue(iniText().contains("Description=no password needed"));
		store.failUnlock = null;
		assertEquals(Optional.of(SECRET), store.get("Petstore", "ClientSecret"));
	}

	@Test
	void aValueUnixOdbcWouldMisreadIsRefusedBeforeAnythingIsWritten() throws Exception {
		IniValueException e = assertThrows(IniValueException.class,
				() -> registry.save(dsn("New", "Description", " padded ", "ClientSecret", SECRET)));

		assertEquals(Optional.of("Description"), e.option());
		assertTrue(e.getMessage().contains("Description"), e.getMessage());
		assertFalse(Files.exists(ini));
		assertEquals(List.of(), store.dsnNames());
	}
}
