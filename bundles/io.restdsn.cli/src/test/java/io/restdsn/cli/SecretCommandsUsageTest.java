package io.restdsn.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Usage and input errors of set/show/rename/delete, which are found before secure storage is opened (so they run
 * without OSGi; the OSGi tier runs the commands on real storage).
 */
class SecretCommandsUsageTest {

	@TempDir
	Path home;

	private CliRunner.Result run(String... args) {
		return new CliRunner(home).run(args);
	}

	@Test
	void helpListsTheNewCommands() {
		String out = run("--help").out();
		for (String c : new String[] { "show", "set", "rename", "delete" }) {
			assertTrue(out.contains("  " + c + " "), out);
		}
		assertTrue(run("set", "--help").out().contains("SECRET=@-"));
		assertTrue(run("show", "--help").out().contains("•••• (stored)"));
	}

	@Test
	void missingArgumentsAreUsageErrors() {
		for (String[] args : new String[][] { { "set" }, { "show" }, { "delete" }, { "rename", "A" },
				{ "show", "A", "B" }, { "show", "A", "--secrets", "all" }, { "set", "A", "--frob" } }) {
			CliRunner.Result r = run(args);
			assertEquals(2, r.code(), String.join(" ", args) + ": " + r.err());
			assertTrue(r.err().contains("Run 'restdsn --help'"), r.err());
		}
	}

	@Test
	void unreadableSecretsAreInputErrorsNamingTheOptionAndNothingIsWritten() throws Exception {
		CliRunner.Result r = run("set", "Petstore", "ClientID=abc", "ClientSecret=@" + home.resolve("missing.txt"),
				"--odbcini", home.resolve("odbc.ini").toString());

		assertEquals(2, r.code(), r.err());
		assertTrue(r.err().contains("ClientSecret=@") && r.err().contains("no such file"), r.err());
		assertFalse(r.err().contains("internal error"), r.err());
		assertFalse(Files.exists(home.resolve("odbc.ini")));
	}

	@Test
	void anUnreadablePasswordFileIsAnInputError() throws Exception {
		Path ini = home.resolve("odbc.ini");
		Files.writeString(ini, "[A]\nDriver=x\n");
		CliRunner.Result r = run("show", "A", "--odbcini", ini.toString(), "--keyring", home.resolve("k").toString(),
				"--password-file", home.resolve("nope").toString());

		assertEquals(2, r.code(), r.err());
		assertTrue(r.err().contains("--password-file") && r.err().contains("no such file"), r.err());
	}

	@Test
	void aMalformedOdbcIniIsRefusedBeforeAnyEdit() throws Exception {
		Path ini = home.resolve("odbc.ini");
		String text = "Driver=x\n[A]\nDriver=y\n"; // an option before the first section
		Files.writeString(ini, text);
		CliRunner.Result r = run("set", "A", "Description=d", "--odbcini", ini.toString());

		assertEquals(2, r.code(), r.err());
		assertTrue(r.err().contains(ini + ":1"), r.err());
		assertEquals(text, Files.readString(ini));
	}
}
