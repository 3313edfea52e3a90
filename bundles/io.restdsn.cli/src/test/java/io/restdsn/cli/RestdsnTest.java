package io.restdsn.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RestdsnTest {

	@TempDir
	Path home;

	private Path ini(String name, String text) throws IOException {
		Path p = home.resolve(name);
		Files.writeString(p, text, StandardCharsets.UTF_8);
		return p;
	}

	@Test
	void helpListsEveryCommandAndExitsZero() {
		CliRunner.Result r = new CliRunner(home).run("--help");
		assertEquals(0, r.code());
		assertTrue(r.out().contains("list") && r.out().contains("version") && r.out().contains("--odbcini"), r.out());
	}

	@Test
	void noArgumentsPrintsUsageOnStderrWithExitTwo() {
		CliRunner.Result r = new CliRunner(home).run();
		assertEquals(2, r.code());
		assertTrue(r.err().startsWith("Usage: restdsn"), r.err());
	}

	@Test
	void unknownCommandExitsTwoWithUsageOnStderr() {
		CliRunner.Result r = new CliRunner(home).run("frobnicate");
		assertEquals(2, r.code());
		assertTrue(r.err().contains("unknown command 'frobnicate'"), r.err());
		assertTrue(r.err().contains("Usage: restdsn"), r.err());
		assertEquals("", r.out());
	}

	@Test
	void unknownOptionIsAUsageError() {
		CliRunner.Result r = new CliRunner(home).run("list", "--frob");
		assertEquals(2, r.code());
		assertTrue(r.err().contains("--frob"), r.err());
	}

	@Test
	void versionPrintsProductAndJava() {
		CliRunner.Result r = new CliRunner(home).run("version");
		assertEquals(0, r.code());
		assertTrue(r.out().startsWith("restdsn 9.9.9"), r.out());
		assertTrue(r.out().contains("Java " + System.getProperty("java.version")), r.out());
	}

	@Test
	void listPrintsTheDsnsOfTheGivenFile() throws IOException {
		Path ini = ini("odbc.ini", "[ODBC Data Sources]\nA=x\n\n[Alpha]\nAuthenticationMethod=53\nRestConfigFile=/m/a.rest\n\n[Beta]\nRestSamplePath=https://b.example.test/items\n");
		CliRunner.Result r = new CliRunner(home).run("list", "--odbcini", ini.toString());
		assertEquals(0, r.code(), r.err());
		String[] lines = r.out().split("\n");
		assertEquals(3, lines.length, r.out());
		assertTrue(lines[0].startsWith("NAME"), r.out());
		assertTrue(lines[1].startsWith("Alpha") && lines[1].contains("OAuth 2.0 client credentials") && lines[1].endsWith("/m/a.rest"), r.out());
		assertTrue(lines[2].startsWith("Beta") && lines[2].contains("None") && lines[2].endsWith("https://b.example.test/items"), r.out());
	}

	@Test
	void listFollowsOdbciniEnvironmentThenHome() throws IOException {
		Path viaEnv = ini("env.ini", "[FromEnv]\nDriver=x\n");
		ini(".odbc.ini", "[FromHome]\nDriver=x\n");
		assertTrue(new CliRunner(home).env("ODBCINI", viaEnv.toString()).run("list").out().contains("FromEnv"));
		assertTrue(new CliRunner(home).run("list").out().contains("FromHome"));
	}

	@Test
	void listAsJsonIsAnArrayOfObjects() throws IOException {
		Path ini = ini("odbc.ini", "[Alpha]\nAuthenticationMethod=53\nDescription=Quote \" and \\ backslash\n");
		CliRunner.Result r = new CliRunner(home).run("list", "--json", "--odbcini", ini.toString());
		assertEquals(0, r.code(), r.err());
		assertTrue(r.out().startsWith("[{\"name\":\"Alpha\""), r.out());
		assertTrue(r.out().contains("\"description\":\"Quote \\\" and \\\\ backslash\""), r.out());
	}

	@Test
	void missingFileIsExitTwoWithAOneLineReason() {
		CliRunner.Result r = new CliRunner(home).run("list", "--odbcini", home.resolve("nope.ini").toString());
		assertEquals(2, r.code());
		assertEquals(1, r.err().strip().split("\n").length, r.err());
		assertTrue(r.err().contains("nope.ini") && r.err().contains("no such file"), r.err());
	}

	@Test
	void unreadableFileIsExitTwo() throws IOException {
		Path ini = ini("locked.ini", "[A]\n");
		ini.toFile().setReadable(false);
		org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(ini), "running as a user who can read anything");
		CliRunner.Result r = new CliRunner(home).run("list", "--odbcini", ini.toString());
		assertEquals(2, r.code());
	}

	@Test
	void malformedFileNamesTheLine() throws IOException {
		Path ini = ini("bad.ini", "# ok\nDriver=before any section\n[A]\nDriver=x\n");
		CliRunner.Result r = new CliRunner(home).run("list", "--odbcini", ini.toString());
		assertEquals(2, r.code());
		assertTrue(r.err().contains("bad.ini:2:"), r.err());
	}

	@Test
	void missingDefaultFileIsAnEmptyListNotAnError() {
		CliRunner.Result r = new CliRunner(home).run("list");
		assertEquals(0, r.code(), r.err());
		assertEquals("", r.out());
		assertTrue(r.err().contains("No DSNs"), r.err());
	}
}
