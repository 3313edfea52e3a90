package io.restdsn.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.restdsn.core.connstr.OdbcConnectionString;
import io.restdsn.core.dsn.Dsn;
import io.restdsn.demo.DemoService;

/** {@code restdsn test} and {@code restdsn token} against the real demo token endpoint and API on loopback. */
class TestAndTokenAgainstDemoTest {

	@TempDir
	Path home;
	private DemoService demo;
	private Map<String, String> options;

	@BeforeEach
	void start() throws IOException {
		demo = new DemoService().start();
		options = demo.connectionOptions(demo.writeModelFile(home.resolve("demo.rest")));
	}

	@AfterEach
	void stop() {
		demo.stop();
	}

	private String string(Map<String, String> opts) {
		return OdbcConnectionString.format(Dsn.of("", opts));
	}

	@Test
	void everyStagePassesForTheDemoDsn() {
		CliRunner.Result r = new CliRunner(home).run("test", "--string", string(options));
		assertEquals(0, r.code(), r.out() + r.err());
		assertTrue(r.out().contains("token"), r.out());
		assertTrue(r.out().contains("Connection test passed"), r.out());
		assertFalse(r.out().contains(DemoService.CLIENT_SECRET), "secret never printed");
	}

	@Test
	void wrongSecretFailsAtTheTokenStageNamingTheOptions() {
		Map<String, String> wrong = options.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
				e -> e.getKey().equals("ClientSecret") ? "not-the-secret" : e.getValue(), (a, b) -> a,
				java.util.LinkedHashMap::new));
		CliRunner.Result r = new CliRunner(home).run("test", "--string", string(wrong));
		assertEquals(1, r.code(), r.out());
		assertTrue(r.out().contains("FAIL  token"), r.out());
		assertTrue(r.out().contains("ClientSecret"), r.out());
		assertFalse(r.out().contains("not-the-secret"), r.out());
	}

	@Test
	void tokenShowsTypeScopeAndAMaskedToken() {
		CliRunner.Result r = new CliRunner(home).run("token", "--string", string(options));
		assertEquals(0, r.code(), r.out() + r.err());
		assertTrue(r.out().contains("token type:    Bearer"), r.out());
		assertTrue(r.out().contains("granted scope: read"), r.out());
		assertTrue(r.out().contains("••••"), r.out());
	}

	@Test
	void testAsJsonIsMachineReadable() throws IOException {
		CliRunner.Result r = new CliRunner(home).run("test", "--json", "--string", string(options));
		assertEquals(0, r.code(), r.err());
		com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out());
		assertTrue(json.get("passed").asBoolean(), r.out());
	}
}
