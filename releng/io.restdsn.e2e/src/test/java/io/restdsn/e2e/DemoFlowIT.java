package io.restdsn.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole command-line flow of a user against the demo data source, with the built product: `restdsn demo` serves
 * it, `import --string` creates the DSN (secret to secure storage), `test` passes every stage, `tables` lists the
 * Model's tables, `query` runs push-down and a local join, `export --format ini` writes an odbc.ini that unixODBC
 * reads back with the same keys (when odbcinst is installed, as CI does).
 */
class DemoFlowIT {

	@TempDir
	Path home;
	private ProductCli cli;
	private Process demo;
	private final Map<String, String> demoOptions = new LinkedHashMap<>();
	private String[] storage;

	@BeforeEach
	void startDemo() throws Exception {
		cli = new ProductCli(home);
		Path password = Files.writeString(home.resolve("master-password"), "demo-flow\n");
		storage = new String[] { "--keyring", home.resolve("keyring").toString(), "--password-file", password.toString() };
		demo = cli.builder("demo").redirectErrorStream(true).start();
		BufferedReader out = new BufferedReader(new InputStreamReader(demo.getInputStream(), StandardCharsets.UTF_8));
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(ProductCli.TIMEOUT_SECONDS);
		String line;
		boolean inSection = false;
		while (System.nanoTime() < end && (line = out.readLine()) != null) {
			if (line.startsWith("[")) {
				inSection = true;
			} else if (inSection && line.contains("=")) {
				demoOptions.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
				if (line.startsWith("HealthURI=")) {
					break;
				}
			}
		}
		if (!demoOptions.containsKey("HealthURI")) {
			fail("restdsn demo did not print its DSN: " + demoOptions);
		}
	}

	@AfterEach
	void stopDemo() throws InterruptedException {
		demo.destroy();
		if (!demo.waitFor(20, TimeUnit.SECONDS)) {
			demo.destroyForcibly();
		}
	}

	private ProductCli.Result restdsn(String... args) throws Exception {
		String[] all = new String[args.length + storage.length];
		System.arraycopy(args, 0, all, 0, args.length);
		System.arraycopy(storage, 0, all, args.length, storage.length);
		return cli.run(all);
	}

	@Test
	void importTestListQueryAndExportAgainstTheDemo() throws Exception {
		String secret = demoOptions.get("ClientSecret");
		String string = demoOptions.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
				.collect(Collectors.joining(";"));

		ProductCli.Result imported = restdsn("import", "--string", string, "--name", "Demo");
		assertEquals(0, imported.code(), imported.err());
		Path ini = home.resolve(".odbc.ini");
		assertFalse(Files.readString(ini).contains(secret), "the secret went to secure storage, not odbc.ini");

		ProductCli.Result test = restdsn("test", "Demo");
		assertEquals(0, test.code(), test.out() + test.err());
		assertTrue(test.out().contains("Connection test passed"), test.out());

		ProductCli.Result tables = restdsn("tables", "Demo");
		assertEquals(0, tables.code(), tables.err());
		assertTrue(tables.out().toUpperCase().contains("ORDERS"), tables.out());

		ProductCli.Result pushed = restdsn("query", "Demo", "SELECT * FROM customer WHERE id = 1003", "--format", "csv",
				"--stats");
		assertEquals(0, pushed.code(), pushed.err());
		assertTrue(pushed.err().contains("http calls: 1 "), "push-down: one request; " + pushed.err());

		ProductCli.Result join = restdsn("query", "Demo", "SELECT c.id, COUNT(*) AS orders FROM customers c "
				+ "JOIN orders o ON o.customer_id = c.id GROUP BY c.id ORDER BY c.id LIMIT 3", "--format", "json");
		assertEquals(0, join.code(), join.err());
		assertTrue(join.out().startsWith("[{"), join.out());

		Path exported = home.resolve("exported.ini");
		ProductCli.Result export = restdsn("export", "Demo", "--format", "ini", "--out", exported.toString());
		assertEquals(0, export.code(), export.err());
		String text = Files.readString(exported);
		assertFalse(text.contains(secret), "export omits secrets by default");
		assertTrue(text.contains("ClientID=restdsn-demo"), text);

		Path odbcinst = Path.of("/usr/bin/odbcinst");
		if (Files.isExecutable(odbcinst)) {
			ProcessBuilder pb = new ProcessBuilder(odbcinst.toString(), "-q", "-s", "-n", "Demo");
			pb.environment().put("ODBCINI", exported.toString());
			pb.environment().put("ODBCSYSINI", home.toString());
			pb.redirectErrorStream(true);
			Process p = pb.start();
			String shown = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertTrue(p.waitFor(30, TimeUnit.SECONDS));
			assertTrue(shown.contains("ClientID=restdsn-demo") && shown.contains("AuthenticationMethod=53"),
					"unixODBC reads the exported DSN: " + shown);
		}
	}
}
