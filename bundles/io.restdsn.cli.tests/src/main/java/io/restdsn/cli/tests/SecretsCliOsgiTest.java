package io.restdsn.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.restdsn.cli.Restdsn;
import io.restdsn.demo.DemoService;

/**
 * {@code restdsn set/show/rename/delete} inside OSGi with the real Eclipse secure storage: a storage file and a
 * password file in a temporary folder, as a script or CI job would use them.
 */
class SecretsCliOsgiTest {

	record Result(int code, String out, String err) {
	}

	@TempDir
	Path dir;

	private Path ini;
	private Path keyring;
	private Path passwordFile;
	private String clientSecret;

	@BeforeEach
	void setUp() throws IOException {
		ini = dir.resolve("odbc.ini");
		keyring = dir.resolve("keyring");
		passwordFile = dir.resolve("password");
		Files.writeString(passwordFile, "pw-for-tests\n");
		clientSecret = "cs-" + UUID.randomUUID();
	}

	private Result run(String stdin, String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = new Restdsn(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
				new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), Map.of("HOME", dir.toString()), "test")
				.run(args);
		return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	/** The command with --odbcini, --keyring and --password-file appended. */
	private Result cli(String stdin, String... args) {
		List<String> all = new ArrayList<>(List.of(args));
		all.addAll(List.of("--odbcini", ini.toString(), "--keyring", keyring.toString(), "--password-file",
				passwordFile.toString()));
		return run(stdin, all.toArray(String[]::new));
	}

	private Result createAnalytics() throws IOException {
		Path secretFile = dir.resolve("client-secret.txt");
		Files.writeString(secretFile, clientSecret + "\n");
		return cli("tok-from-stdin\n", "set", "Analytics", "Driver=/opt/ddautorest/lib/ivautorest28.so",
				"AuthenticationMethod=53", "ClientID=analytics-client", "ClientSecret=@" + secretFile,
				"TokenURI=POST https://accounts.example.test/token", "AuthHeader=X-Tenant", "SecurityToken=@-",
				"RestConfigFile=/m/ga.rest");
	}

	private List<Path> filesContaining(String secret) throws IOException {
		byte[] needle = secret.getBytes(StandardCharsets.UTF_8);
		List<Path> hits = new ArrayList<>();
		try (Stream<Path> files = Files.walk(dir)) {
			for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
				if (new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1)
						.contains(new String(needle, StandardCharsets.ISO_8859_1))) {
					hits.add(f);
				}
			}
		}
		return hits;
	}

	@Test
	void setStoresSecretsOnlyInSecureStorageAndShowMasksThem() throws IOException {
		Result set = createAnalytics();

		assertEquals(0, set.code(), set.err());
		assertTrue(set.out().contains("Created DSN 'Analytics'"), set.out());
		assertTrue(set.out().contains("Stored in secure storage " + keyring + ": ClientSecret, SecurityToken."), set.out());
		assertFalse(set.err().contains("note:"), "no secret was on the command line: " + set.err());
		String text = Files.readString(ini);
		assertTrue(text.contains("ClientID=analytics-client") && !text.contains("ClientSecret") && !text.contains("tok-from"), text);
		assertEquals(List.of(dir.resolve("client-secret.txt")), filesContaining(clientSecret), "only the file the user gave");

		Result show = cli("", "show", "Analytics");
		assertEquals(0, show.code(), show.err());
		assertTrue(show.out().matches("(?s).*ClientSecret\\s+•••• \\(stored\\).*"), show.out());
		assertTrue(show.out().matches("(?s).*SecurityToken\\s+•••• \\(stored\\).*"), show.out());
		assertFalse(show.out().contains(clientSecret) || show.out().contains("tok-from-stdin"), show.out());

		Result json = cli("", "show", "Analytics", "--json");
		assertTrue(json.out().contains("\"ClientSecret\":\"•••• (stored)\"") && json.out().contains("\"ClientID\":\"analytics-client\""),
				json.out());

		Result include = cli("", "show", "Analytics", "--json", "--secrets", "include");
		assertEquals(0, include.code(), include.err());
		assertTrue(include.out().contains("\"ClientSecret\":\"" + clientSecret + "\"")
				&& include.out().contains("\"SecurityToken\":\"tok-from-stdin\""), include.out());
	}

	@Test
	void changingOtherOptionsKeepsTheSecretsAndWarnsAboutProblems() throws IOException {
		createAnalytics();

		Result set = cli("", "set", "Analytics", "Description=Google Analytics", "SecurityToken=");

		assertEquals(0, set.code(), set.err());
		assertTrue(set.out().contains("Updated DSN 'Analytics'") && set.out().contains("Removed from secure storage "
				+ keyring + ": SecurityToken."), set.out());
		assertTrue(set.err().contains("error: SecurityToken:") || set.err().contains("error: AuthHeader:"),
				"AuthHeader without SecurityToken is reported: " + set.err());
		Result include = cli("", "show", "Analytics", "--secrets", "include");
		assertTrue(include.out().contains(clientSecret) && !include.out().contains("tok-from-stdin"), include.out());
		assertTrue(Files.exists(dir.resolve("odbc.ini.bak")));
		assertEquals(List.of(dir.resolve("client-secret.txt")), filesContaining(clientSecret));
	}

	@Test
	void aValueUnixOdbcWouldMisreadIsRefusedNamingTheOption() throws IOException {
		createAnalytics();
		byte[] before = Files.readAllBytes(ini);

		Result r = cli("", "set", "Analytics", "Description= padded", "ClientID=changed");

		assertEquals(2, r.code(), r.err());
		assertTrue(r.err().contains("Description") && r.err().contains("white space"), r.err());
		assertArrayEquals(before, Files.readAllBytes(ini));
	}

	@Test
	void renameMovesTheSecretsAndDeleteRemovesThem() throws IOException {
		createAnalytics();

		Result rename = cli("", "rename", "Analytics", "GA");
		assertEquals(0, rename.code(), rename.err());
		assertTrue(rename.out().contains("moved 2 secrets"), rename.out());
		assertTrue(cli("", "show", "GA", "--secrets", "include").out().contains(clientSecret));
		Result old = cli("", "show", "Analytics");
		assertEquals(2, old.code());
		assertTrue(old.err().contains("no DSN named 'Analytics'"), old.err());

		Result delete = cli("", "delete", "GA");
		assertEquals(0, delete.code(), delete.err());
		assertTrue(delete.out().contains("and its 2 secrets"), delete.out());
		assertEquals(2, cli("", "delete", "GA").code());
		assertFalse(Files.readString(ini).contains("[GA]"));
	}

	@Test
	void secretsLeftBehindByAHandDeletedSectionAreReportedAndRemovable() throws IOException {
		createAnalytics();
		Files.writeString(ini, "[Other]\nDriver=x\n"); // another tool rewrote the file

		Result show = cli("", "show", "Analytics");
		assertEquals(2, show.code());
		assertTrue(show.err().contains("secure storage still holds ClientSecret, SecurityToken"), show.err());

		Result delete = cli("", "delete", "Analytics");
		assertEquals(0, delete.code(), delete.err());
		assertTrue(delete.out().contains("removed the 2 secrets left behind"), delete.out());
		assertEquals("[Other]\nDriver=x\n", Files.readString(ini));
	}

	@Test
	void aWrongMasterPasswordFailsClearlyAndChangesNothing() throws IOException {
		createAnalytics();
		byte[] iniBefore = Files.readAllBytes(ini);
		Files.writeString(passwordFile, "not-the-password\n");

		Result set = cli("new-secret\n", "set", "Analytics", "Description=x", "ClientSecret=@-");
		Result include = cli("", "show", "Analytics", "--secrets", "include");
		Result masked = cli("", "show", "Analytics");

		assertEquals(1, set.code(), set.err());
		assertTrue(set.err().contains("master password") && set.err().contains("--password-file")
				&& set.err().contains("Nothing was changed."), set.err());
		assertEquals(1, include.code(), include.err());
		assertArrayEquals(iniBefore, Files.readAllBytes(ini));
		assertEquals(0, masked.code(), "masking needs no password: " + masked.err());
		assertTrue(masked.out().contains("analytics-client") && masked.out().contains("•••• (stored)"), masked.out());
	}

	@Test
	void aCorruptedStorageFileIsAnInputErrorAndLosesNoOptions() throws IOException {
		createAnalytics();
		byte[] iniBefore = Files.readAllBytes(ini);
		Files.writeString(keyring, "\0\1 this is not a keyring \\uZZZZ");

		Result set = cli("", "set", "Analytics", "Description=x");

		assertEquals(2, set.code(), set.err());
		assertTrue(set.err().contains("damaged") && set.err().contains(keyring.toString()), set.err());
		assertArrayEquals(iniBefore, Files.readAllBytes(ini));
		Result list = run("", "list", "--odbcini", ini.toString());
		assertTrue(list.out().contains("Analytics"), list.out());
	}

	@Test
	void withoutAPasswordNoPromptBlocksAndTheMessageNamesTheOptions() throws IOException {
		Path secretFile = dir.resolve("s.txt");
		Files.writeString(secretFile, clientSecret);

		Result r = run("", "set", "Locked", "ClientID=x", "ClientSecret=@" + secretFile, "--odbcini", ini.toString(),
				"--keyring", keyring.toString());

		assertEquals(1, r.code(), r.err());
		assertTrue(r.err().contains("--keyring FILE --password-file FILE"), r.err());
		assertFalse(Files.exists(ini), "nothing written");
	}

	@Test
	void tokenAndExportUseTheStoredSecretOnlyWhenAsked() throws IOException {
		DemoService demo = new DemoService().start();
		try {
			Map<String, String> options = demo.connectionOptions(demo.writeModelFile(dir.resolve("demo.rest")));
			String demoSecret = options.get("ClientSecret");
			Path secretFile = dir.resolve("demo-secret");
			Files.writeString(secretFile, demoSecret);
			List<String> set = new ArrayList<>(List.of("set", "Demo"));
			options.forEach((k, v) -> set.add(k.equals("ClientSecret") ? k + "=@" + secretFile : k + "=" + v));
			Result saved = cli("", set.toArray(String[]::new));
			assertEquals(0, saved.code(), saved.err());
			assertFalse(Files.readString(ini).contains(demoSecret));

			Result token = cli("", "token", "Demo");
			assertEquals(0, token.code(), token.out() + token.err());
			assertTrue(token.out().contains("token type:    Bearer"), token.out());
			assertFalse(token.out().contains(demoSecret), token.out());

			Result omit = cli("", "export", "Demo", "--format", "string");
			Result placeholder = cli("", "export", "Demo", "--format", "string", "--secrets", "placeholder");
			Result include = cli("", "export", "Demo", "--format", "string", "--secrets", "include");
			assertFalse(omit.out().contains("ClientSecret") || omit.out().contains(demoSecret), omit.out());
			assertTrue(placeholder.out().contains("ClientSecret=<ClientSecret>") && !placeholder.out().contains(demoSecret),
					placeholder.out());
			assertTrue(include.out().contains(demoSecret), include.out());

			Files.writeString(passwordFile, "not-the-password");
			Result locked = cli("", "token", "Demo");
			assertEquals(1, locked.code(), locked.out() + locked.err());
			assertTrue(locked.err().contains("ClientSecret of DSN 'Demo' cannot be read from secure storage")
					&& locked.err().contains("master password"), locked.err());
			assertEquals(1, cli("", "export", "Demo", "--secrets", "include").code());
		} finally {
			demo.stop();
		}
	}
}
