package io.restdsn.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateExportTest {

	@TempDir
	Path home;
	private Path ini;
	private Path model;

	@BeforeEach
	void setUp() throws IOException {
		model = Files.writeString(home.resolve("api.rest"), "{}");
		ini = home.resolve("odbc.ini");
		Files.writeString(ini, "[Good]\nDriver=Autonomous REST\nAuthenticationMethod=53\nClientID=id\nClientSecret=hunter2\n"
				+ "TokenURI=POST https://auth.example.test/token\nRestConfigFile=" + model + "\n\n"
				+ "[Broken]\nAuthenticationMethod=53\nTokenURI=PUT https://auth.example.test/token\n", StandardCharsets.UTF_8);
	}

	private CliRunner cli() {
		return new CliRunner(home).env("ODBCINI", ini.toString());
	}

	@Test
	void validDsnExitsZero() {
		CliRunner.Result r = cli().run("validate", "Good");
		assertEquals(0, r.code(), r.out() + r.err());
	}

	@Test
	void errorsExitOneAndNameTheOptionWithoutPrintingSecrets() {
		CliRunner.Result r = cli().run("validate", "Broken");
		assertEquals(1, r.code(), r.out() + r.err());
		assertTrue(r.out().contains("error   ClientID"), r.out());
		assertTrue(r.out().contains("TokenURI"), r.out());
		assertFalse(r.out().contains("hunter2"));
	}

	@Test
	void validateAStringOfAnyFamily() {
		assertEquals(1, cli().run("validate", "--string", "AuthScheme=OAuthClient;OAuthClientId=x").code());
		CliRunner.Result bad = cli().run("validate", "--string", "ClientID={unterminated");
		assertEquals(2, bad.code(), bad.err());
		assertTrue(bad.err().contains("character"), bad.err());
	}

	@Test
	void unknownDsnIsAnInputError() {
		CliRunner.Result r = cli().run("validate", "Nope");
		assertEquals(2, r.code());
		assertTrue(r.err().contains("no DSN named 'Nope'"), r.err());
	}

	@Test
	void exportOmitsSecretsByDefault() {
		CliRunner.Result r = cli().run("export", "Good");
		assertEquals(0, r.code(), r.err());
		assertTrue(r.out().contains("[ODBC Data Sources]") && r.out().contains("[Good]") && r.out().contains("ClientID=id"), r.out());
		assertFalse(r.out().contains("hunter2"), r.out());
		assertFalse(r.out().contains("ClientSecret"), r.out());
	}

	@Test
	void exportPlaceholdersAndIncludeOnlyWhenAsked() {
		assertFalse(cli().run("export", "Good", "--format", "string", "--secrets", "placeholder").out().contains("hunter2"));
		assertTrue(cli().run("export", "Good", "--format", "string", "--secrets", "include").out().contains("ClientSecret=hunter2"));
	}

	@Test
	void exportEachFormat() {
		assertTrue(cli().run("export", "Good", "--format", "jdbc").out().startsWith("jdbc:datadirect:autorest:"));
		assertTrue(cli().run("export", "Good", "--format", "cdata").out().contains("AuthScheme=OAuthClient"));
		CliRunner.Result bad = cli().run("export", "Good", "--format", "xml");
		assertEquals(2, bad.code());
		assertTrue(bad.err().contains("ini"), bad.err());
	}

	@Test
	void exportToFileIsReadBackAsTheSameDsns() throws IOException {
		Path out = home.resolve("exported.ini");
		CliRunner.Result r = cli().run("export", "Good", "--out", out.toString());
		assertEquals(0, r.code(), r.err());
		CliRunner.Result listed = new CliRunner(home).run("list", "--odbcini", out.toString());
		assertTrue(listed.out().contains("Good"), listed.out());
		assertFalse(Files.readString(out).contains("hunter2"));
	}
}
