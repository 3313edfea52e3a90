package io.restdsn.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built product's {@code restdsn} command stores a secret in secure storage and reads it back, in a fresh home
 * folder, as a user or a CI job would run it: separate JVMs, so everything read back comes from disk.
 * <p>
 * The environment is made deterministic: no D-Bus session and no display (so no desktop keyring and no dialog can be
 * reached), {@code user.home} pointed at the fresh home (so Equinox's default storage lands there), a UTF-8 locale.
 * Every run has a time limit: a prompt waiting for input would show up as a timeout, not as a hung build.
 */
class CliSecretsIT {

	private static Path product;

	@TempDir
	Path home;

	private Path keyring;
	private Path passwordFile;
	private Path secretFile;
	private String secret;

	record Result(int code, String out, String err) {
	}

	@BeforeAll
	static void findProduct() {
		product = ProductCli.productDir();
	}

	@BeforeEach
	void setUp() throws IOException {
		keyring = home.resolve(".restdsn/keyring");
		passwordFile = home.resolve("master-password");
		Files.writeString(passwordFile, "e2e-master-password\n");
		secret = "e2e-" + UUID.randomUUID();
		secretFile = home.resolve("client-secret.txt");
		Files.writeString(secretFile, secret + "\n");
	}

	private Result restdsn(String... args) throws IOException, InterruptedException {
		ProductCli.Result r = new ProductCli(home).run(args);
		return new Result(r.code(), r.out(), r.err());
	}

	/** Every file under the fresh home and the product's configuration area (logs), except the secret's own file. */
	private List<Path> filesHoldingTheSecret() throws IOException {
		List<Path> hits = new ArrayList<>();
		for (Path root : List.of(home, product.resolve("configuration"))) {
			try (Stream<Path> files = Files.walk(root)) {
				for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
					if (!f.equals(secretFile) && new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1).contains(secret)) {
						hits.add(f);
					}
				}
			}
		}
		return hits;
	}

	@Test
	void aSecretSetFromAFileIsStoredEncryptedShownMaskedAndReadBack() throws Exception {
		String k = keyring.toString();
		String p = passwordFile.toString();

		Result set = restdsn("set", "E2E", "Driver=/opt/ddautorest/lib/ivautorest28.so", "AuthenticationMethod=53",
				"ClientID=e2e-client", "ClientSecret=@" + secretFile, "TokenURI=POST https://auth.example.test/token",
				"RestSamplePath=https://api.example.test/items", "--keyring", k, "--password-file", p);
		assertEquals(0, set.code(), set.err());
		assertTrue(set.out().contains("Created DSN 'E2E' in " + home.resolve(".odbc.ini")), set.out());
		assertTrue(set.out().contains("Stored in secure storage " + keyring + ": ClientSecret."), set.out());

		Result show = restdsn("show", "E2E", "--keyring", k, "--password-file", p);
		assertEquals(0, show.code(), show.err());
		assertTrue(show.out().matches("(?s).*\\nClientSecret\\s+•••• \\(stored\\)\\n.*"), show.out());
		assertTrue(show.out().contains("e2e-client"), show.out());
		assertFalse(show.out().contains(secret), show.out());

		Result readBack = restdsn("show", "E2E", "--json", "--secrets", "include", "--keyring", k, "--password-file", p);
		assertEquals(0, readBack.code(), readBack.err());
		assertTrue(readBack.out().contains("\"ClientSecret\":\"" + secret + "\""), readBack.out());

		String ini = Files.readString(home.resolve(".odbc.ini"));
		assertTrue(ini.contains("[E2E]") && ini.contains("ClientID=e2e-client"), ini);
		assertFalse(ini.contains("ClientSecret"), ini);

		Result change = restdsn("set", "E2E", "Description=changed", "--keyring", k, "--password-file", p);
		assertEquals(0, change.code(), change.err());
		assertTrue(Files.exists(home.resolve(".odbc.ini.bak")), "a backup was written (and is scanned below)");
		assertTrue(Files.size(keyring) > 0);
		assertEquals(List.of(), filesHoldingTheSecret(), "files with the secret in clear");

		byte[] before = Files.readAllBytes(home.resolve(".odbc.ini"));
		Files.writeString(passwordFile, "not-the-master-password\n");
		Result wrong = restdsn("set", "E2E", "Description=wrong", "ClientSecret=@" + secretFile, "--keyring", k,
				"--password-file", p);
		assertEquals(1, wrong.code(), wrong.out() + wrong.err());
		assertTrue(wrong.err().contains("master password") && wrong.err().contains("Nothing was changed."), wrong.err());
		assertArrayEquals(before, Files.readAllBytes(home.resolve(".odbc.ini")));
	}

	@Test
	void withoutAPasswordTheCommandFailsAtOnceNamingTheOptionsAndStoresNothing() throws Exception {
		Result r = restdsn("set", "NoKeyring", "ClientID=x", "ClientSecret=@" + secretFile);

		assertEquals(1, r.code(), r.out() + r.err());
		assertTrue(r.err().contains("--keyring FILE --password-file FILE"), r.err());
		assertFalse(r.out().contains("No password was found"), "Equinox's clear-text fallback must not run: " + r.out());
		assertFalse(Files.exists(home.resolve(".odbc.ini")), "nothing written");
		assertEquals(List.of(), filesHoldingTheSecret(), "files with the secret in clear");
	}

	@Test
	void theStandardEclipseArgumentsSelectTheStorageToo() throws Exception {
		String k = home.resolve("eclipse-keyring").toString();

		Result set = restdsn("-eclipse.keyring", k, "-eclipse.password", passwordFile.toString(), "set", "Args",
				"ClientID=a", "ClientSecret=@" + secretFile);
		Result show = restdsn("show", "Args", "--secrets", "include", "-eclipse.keyring", k, "-eclipse.password",
				passwordFile.toString());

		assertEquals(0, set.code(), set.err());
		assertEquals(0, show.code(), show.err());
		assertTrue(show.out().contains(secret), show.out());
		assertTrue(Files.size(Path.of(k)) > 0);
		assertEquals(List.of(), filesHoldingTheSecret());
	}

	/** Requirement of the GUI, checked on the product: the Secure Storage preference page ships and is installed. */
	@Test
	void theProductShipsTheSecureStoragePreferencePage() throws Exception {
		Path plugins = product.resolve("plugins");
		Path securityUi;
		try (Stream<Path> s = Files.list(plugins)) {
			securityUi = s.filter(f -> f.getFileName().toString().startsWith("org.eclipse.equinox.security.ui_"))
					.findFirst().orElseThrow(() -> new AssertionError("org.eclipse.equinox.security.ui is not in " + plugins));
		}
		try (java.util.zip.ZipFile jar = new java.util.zip.ZipFile(securityUi.toFile())) {
			String pluginXml = new String(jar.getInputStream(jar.getEntry("plugin.xml")).readAllBytes(), StandardCharsets.UTF_8);
			assertTrue(pluginXml.contains("id=\"org.eclipse.equinox.security.ui.storage\""), "the page is declared");
		}
		String bundles = Files.readString(product.resolve("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"));
		for (String b : List.of("org.eclipse.equinox.security,", "org.eclipse.equinox.security.ui,",
				"org.eclipse.equinox.security.linux,", "io.restdsn.secure,")) {
			assertTrue(bundles.contains("\n" + b), b + " is installed: " + bundles);
		}
	}
}
