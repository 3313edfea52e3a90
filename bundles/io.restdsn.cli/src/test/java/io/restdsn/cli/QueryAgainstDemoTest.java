package io.restdsn.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.restdsn.core.connstr.OdbcConnectionString;
import io.restdsn.core.dsn.Dsn;
import io.restdsn.demo.DemoService;

/** tables, columns, query and sample through the real engine against the demo service. */
class QueryAgainstDemoTest {

	@TempDir
	Path home;
	private DemoService demo;
	private String dsn;

	@BeforeEach
	void start() throws IOException {
		demo = new DemoService().start();
		dsn = OdbcConnectionString.format(Dsn.of("", demo.connectionOptions(demo.writeModelFile(home.resolve("demo.rest")))));
	}

	@AfterEach
	void stop() {
		demo.stop();
	}

	private CliRunner.Result run(String... args) {
		return new CliRunner(home).run(args);
	}

	@Test
	void tablesListsTheModelTablesWithChildTables() {
		CliRunner.Result r = run("tables", "--string", dsn);
		assertEquals(0, r.code(), r.err());
		String out = r.out().toUpperCase(Locale.ROOT);
		assertTrue(out.contains("CUSTOMERS") && out.contains("ORDERS") && out.contains("EVENTS"), r.out());
	}

	@Test
	void queryWithPushDownMakesOneRequestAndJoinsRunLocally() {
		CliRunner.Result one = run("query", "--string", dsn, "SELECT * FROM customer WHERE id = 1002", "--format", "csv", "--stats");
		assertEquals(0, one.code(), one.err());
		assertEquals(2, one.out().split("\r\n").length, one.out());
		assertTrue(one.err().contains("http calls: 1 "), one.err());

		CliRunner.Result join = run("query", "--string", dsn,
				"SELECT o.status, COUNT(*) AS n FROM orders o JOIN customers c ON c.id = o.customer_id GROUP BY o.status ORDER BY o.status",
				"--format", "json");
		assertEquals(0, join.code(), join.err());
		assertTrue(join.out().startsWith("[{\""), join.out());
		assertTrue(join.out().toLowerCase(Locale.ROOT).contains("\"status\":\"open\""), join.out());
	}

	@Test
	void limitStopsPagingEarly() {
		CliRunner.Result r = run("query", "--string", dsn, "SELECT * FROM events LIMIT 10", "--stats");
		assertEquals(0, r.code(), r.err());
		assertTrue(r.out().contains("(10 rows)"), r.out());
		assertTrue(r.err().contains("http calls: 1 "), r.err());
	}

	@Test
	void sqlErrorsExitOneWithTheMessage() {
		CliRunner.Result r = run("query", "--string", dsn, "SELEC nonsense");
		assertEquals(1, r.code());
		assertTrue(!r.err().isBlank(), r.err());
	}

	@Test
	void sampleWritesAFullFormModelThatQueriesTheSameEndpoint() throws IOException {
		Path out = home.resolve("sampled.rest");
		CliRunner.Result r = run("sample", demo.baseUrl() + "/api/customers", "--string", dsn, "--out", out.toString());
		assertEquals(0, r.code(), r.err());
		String model = Files.readString(out);
		assertTrue(model.contains("#path") || model.contains("\"#"), model);
		CliRunner.Result q = run("query", "--string", dsn.replace("RestConfigFile=", "X=") + ";RestConfigFile=" + out,
				"SELECT COUNT(*) FROM customers");
		assertEquals(0, q.code(), q.err() + q.out());
	}
}
