package io.restdsn.engine;

import static io.restdsn.engine.MockApi.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.restdsn.engine.model.ModelReader;

/** Local SQL over fetched rows: joins, grouping, streaming vs H2, schema, cache. */
class SqlTest {

	static final String MODEL = """
			{
			  "orders": {
			    "#path": "/orders /data",
			    "id": "Integer,#key",
			    "status": "VarChar(10)",
			    "amount": "Double",
			    "qty": "Integer",
			    "big": "BigInt",
			    "price": "Decimal(10,2)",
			    "created": "Timestamp(0)",
			    "day": "Date",
			    "customer": { "name": "VarChar(20)", "address": { "city": "VarChar(20)" } },
			    "lines<order_lines>[]": { "sku": "VarChar(5)", "qty": "Integer" },
			    "tags<order_tags>[]": "VarChar(10)",
			    "stock<order_stock>{Date}": "Integer"
			  }
			}
			""";

	static final String DATA = """
			{"data": [
			 {"id": 1, "status": "open", "amount": 10.1, "qty": 3, "big": 10000000000, "price": "1.005",
			  "created": "2024-01-02T03:04:05Z", "day": "2024-01-02",
			  "customer": {"name": "Ann", "address": {"city": "Oslo"}},
			  "lines": [{"sku": "a", "qty": 1}, {"sku": "b", "qty": 2}], "tags": ["x", "y"],
			  "stock": {"2024-01-01": 5, "2024-01-02": 6}},
			 {"id": 2, "status": "paid", "amount": 0.2, "qty": -7, "big": 3, "price": 2,
			  "created": "2024-01-03 00:00:00", "day": "2024-01-03",
			  "customer": {"name": "Bob", "address": null}, "lines": [{"sku": "c", "qty": 5}], "tags": []},
			 {"id": 3, "status": "open", "amount": null, "qty": 1, "big": null, "price": null,
			  "created": null, "day": null, "customer": null}
			]}
			""";

	private static MockApi api() throws Exception {
		return new MockApi(r -> json(DATA));
	}

	@Test
	void nestedObjectsAreFlattenedAndValuesTyped() throws Exception {
		try (MockApi api = api(); RestSession s = api.session(MODEL)) {
			List<List<Object>> rows = MockApi.rows(s,
					"SELECT id, customer_name, customer_address_city, created, day, price, big FROM orders ORDER BY id");
			assertEquals(List.of(1, "Ann", "Oslo", LocalDateTime.of(2024, 1, 2, 3, 4, 5), LocalDate.of(2024, 1, 2),
					new BigDecimal("1.01"), 10000000000L), rows.get(0));
			assertEquals(java.util.Arrays.asList(2, "Bob", null, LocalDateTime.of(2024, 1, 3, 0, 0), LocalDate.of(2024,
					1, 3), new BigDecimal("2.00"), 3L), rows.get(1));
			assertEquals(java.util.Arrays.asList(3, null, null, null, null, null, null), rows.get(2));
		}
	}

	@Test
	void parentChildJoinAndGroupBy() throws Exception {
		try (MockApi api = api(); RestSession s = api.session(MODEL)) {
			assertEquals(List.of(List.of(1, "a", 1), List.of(1, "b", 2), List.of(2, "c", 5)), MockApi.rows(s,
					"SELECT o.id, l.sku, l.qty FROM orders o JOIN order_lines l ON l.orders_id = o.id "
							+ "ORDER BY o.id, l.position"));
			assertEquals(List.of(List.of("open", 3L), List.of("paid", 5L)), MockApi.rows(s,
					"SELECT o.status, SUM(l.qty) FROM orders o JOIN order_lines l ON l.orders_id = o.id "
							+ "GROUP BY o.status ORDER BY 1"));
			assertEquals(List.of(List.of(1, 2L), List.of(2, 0L), List.of(3, 0L)), MockApi.rows(s,
					"SELECT o.id, COUNT(t.value) FROM orders o LEFT JOIN order_tags t ON t.orders_id = o.id "
							+ "GROUP BY o.id ORDER BY o.id"));
			assertEquals(List.of(List.of(1, LocalDate.of(2024, 1, 1), 5), List.of(1, LocalDate.of(2024, 1, 2), 6)),
					MockApi.rows(s, "SELECT orders_id, key, value FROM order_stock ORDER BY 2"));
			assertEquals(1, api.targets().size(), "one fetch fed all four queries (page cache)");
		}
	}

	@Test
	void qualifiedAndUnqualifiedNames() throws Exception {
		try (MockApi api = api(); RestSession s = api.session(MODEL)) {
			assertEquals(List.of(List.of(3L)), MockApi.rows(s, "SELECT COUNT(*) FROM AUTOREST.ORDERS"));
			assertEquals(List.of(List.of(3L)), MockApi.rows(s, "select count(*) from \"ORDERS\" o where o.id > 0"));
			assertEquals(List.of(List.of(2L)), MockApi.rows(s, "SELECT COUNT(*) FROM autorest.orders WHERE status = 'open'"));
		}
	}

	@Test
	void configurationTableHoldsTheEffectiveModel() throws Exception {
		try (MockApi api = api(); RestSession s = api.session(MODEL)) {
			String json = (String) MockApi.rows(s, "SELECT model FROM \"_CONFIGURATION\"").get(0).get(0);
			assertEquals(ModelReader.read(MODEL), ModelReader.read(json));
			assertEquals(s.modelJson(), json);
			assertEquals(0, api.targets().size());
		}
	}

	@Test
	void schemaIsQueryableThroughInformationSchema() throws Exception {
		try (MockApi api = api(); RestSession s = api.session(PushdownTest.MODEL)) {
			List<List<Object>> rows = MockApi.rows(s, "SELECT COLUMN_NAME, DATA_TYPE, REMARKS FROM INFORMATION_SCHEMA.COLUMNS "
					+ "WHERE TABLE_SCHEMA = 'AUTOREST' AND TABLE_NAME = 'ORDERS' ORDER BY ORDINAL_POSITION");
			assertEquals(List.of("ID", "CHARACTER VARYING", "key, parameter {EQ=id}, VarChar(10)"), rows.get(0));
			assertEquals(List.of("REGION", "CHARACTER VARYING", "virtual parameter {EQ=region}, VarChar(5)"), rows.get(
					4));
			assertEquals(List.of(List.of("ORDERS", "/orders")), MockApi.rows(s, "SELECT TABLE_NAME, REMARKS FROM "
					+ "INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'AUTOREST' AND TABLE_NAME <> '_CONFIGURATION'"));
			assertEquals(0, api.targets().size(), "describing the schema fetches nothing");
		}
	}

	@Test
	void simpleQueriesStreamWithoutH2() throws Exception {
		try (MockApi api = api(); RestSession s = api.session(MODEL)) {
			try (ResultCursor c = s.query("SELECT * FROM orders")) {
				assertEquals("streaming", c.stats().executionPath());
				assertEquals("ID", c.columnName(0));
				assertEquals(java.sql.Types.INTEGER, c.columnType(0));
				assertEquals(3, MockApi.rows(c).size());
			}
			try (ResultCursor c = s.query("SELECT id AS n, status FROM orders LIMIT 2")) {
				assertEquals("streaming", c.stats().executionPath());
				assertEquals("N", c.columnName(0));
				assertEquals(List.of(List.of(1, "open"), List.of(2, "paid")), MockApi.rows(c));
			}
			try (ResultCursor c = s.query("SELECT id FROM orders ORDER BY id")) {
				assertEquals("h2", c.stats().executionPath());
			}
		}
	}

	@Test
	void streamedAggregatesEqualH2Aggregates() throws Exception {
		String sql = "SELECT COUNT(*), COUNT(amount), SUM(qty), AVG(qty), SUM(big), AVG(big), SUM(amount), "
				+ "AVG(amount), MIN(amount), MAX(status), MIN(day), MAX(created), MIN(price), MAX(id) AS top FROM orders";
		try (MockApi api = api(); RestSession streamed = api.session(MODEL); RestSession local = api.session(MODEL,
				EngineOptions.defaults().withStreaming(false).withStorage(EngineOptions.Storage.MEMORY))) {
			try (ResultCursor a = streamed.query(sql); ResultCursor b = local.query(sql)) {
				assertEquals("streaming", a.stats().executionPath());
				assertEquals("h2", b.stats().executionPath());
				assertEquals(b.columnCount(), a.columnCount());
				for (int i = 0; i < a.columnCount(); i++) {
					assertEquals(b.columnName(i), a.columnName(i));
					assertEquals(b.columnType(i), a.columnType(i), b.columnName(i));
					assertEquals(b.columnTypeName(i), a.columnTypeName(i), b.columnName(i));
				}
				assertEquals(MockApi.rows(b), MockApi.rows(a));
			}
		}
	}

	@Test
	void streamedAggregatesOfManyDoublesEqualH2() throws Exception {
		StringBuilder b = new StringBuilder("[");
		java.util.Random r = new java.util.Random(7);
		for (int i = 0; i < 500; i++) {
			b.append(i > 0 ? "," : "").append("{\"x\": ").append(r.nextDouble() * 1000 - 300).append(", \"n\": ").append(r
					.nextInt()).append(", \"b\": ").append(r.nextLong()).append('}');
		}
		String body = b.append(']').toString();
		String model = "{\"t\": {\"#path\": \"/t\", \"x\": \"Double\", \"n\": \"Integer\", \"b\": \"BigInt\"}}";
		String sql = "SELECT AVG(x), SUM(x), AVG(n), SUM(n), AVG(b), SUM(b), MIN(x), MAX(b) FROM t";
		try (MockApi api = new MockApi(q -> json(body)); RestSession a = api.session(model); RestSession h = api.session(
				model, EngineOptions.defaults().withStreaming(false).withStorage(EngineOptions.Storage.MEMORY))) {
			assertEquals(MockApi.rows(h, sql), MockApi.rows(a, sql));
		}
	}

	@Test
	void emptyTableAggregates() throws Exception {
		try (MockApi api = new MockApi(r -> json("{\"data\": []}")); RestSession s = api.session(MODEL)) {
			assertEquals(java.util.Arrays.asList(0L, null, null), MockApi.rows(s,
					"SELECT COUNT(*), SUM(qty), MIN(status) FROM orders").get(0));
		}
	}

	@Test
	void rerunUsesTheCacheAndRefreshBypassesIt() throws Exception {
		try (MockApi api = api(); RestSession s = api.session(MODEL)) {
			String sql = "SELECT status, COUNT(*) FROM orders GROUP BY status";
			StatementStats first;
			try (ResultCursor c = s.query(sql)) {
				MockApi.rows(c);
				first = c.stats();
			}
			assertEquals(1, first.httpCalls());
			assertFalse(first.usedCache());
			assertEquals(3, first.rowsFetched(), "only the referenced table's rows are extracted");
			assertTrue(first.bytesReceived() > 100);
			try (ResultCursor c = s.query(sql)) {
				assertEquals(0, c.stats().httpCalls());
				assertTrue(c.stats().usedCache());
			}
			try (ResultCursor c = s.query("SELECT * FROM orders")) {
				assertEquals(0, c.stats().httpCalls());
				assertEquals(1, c.stats().pagesFromCache());
			}
			QueryStatement st = s.prepare(sql).refresh(true);
			try (ResultCursor c = st.execute()) {
				assertEquals(1, c.stats().httpCalls());
			}
			assertEquals(2, api.targets().size());
			s.clearCache();
			MockApi.rows(s, sql);
			assertEquals(3, api.targets().size());
		}
	}

	@Test
	void tempFileStorageWorksAndIsRemovedOnClose() throws Exception {
		java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("engine-test");
		try (MockApi api = api()) {
			RestSession s = api.session(MODEL, EngineOptions.defaults().withStreaming(false).withTempDirectory(dir));
			assertEquals(List.of(List.of(3L)), MockApi.rows(s, "SELECT COUNT(*) FROM orders"));
			try (var files = java.nio.file.Files.list(dir)) {
				assertEquals(1, files.count());
			}
			s.close();
			try (var files = java.nio.file.Files.list(dir)) {
				assertEquals(0, files.count());
			}
		}
	}

	@Test
	void schemaIntrospection() throws Exception {
		try (MockApi api = api(); RestSession s = api.session(PushdownTest.MODEL)) {
			SchemaInfo schema = s.schema();
			assertEquals("AUTOREST", schema.schemaName());
			TableInfo orders = schema.table("orders");
			assertEquals(List.of("ID", "STATUS", "AMOUNT", "BOUND", "REGION", "TENANT", "TAG", "CUST"), orders.columns()
					.stream().map(ColumnInfo::name).toList());
			ColumnInfo id = orders.column("id");
			assertTrue(id.key());
			assertTrue(id.parameter());
			assertFalse(id.virtual());
			assertEquals("VarChar(10)", id.modelType());
			assertEquals(java.sql.Types.VARCHAR, id.jdbcType());
			ColumnInfo region = orders.column("REGION");
			assertTrue(region.virtual());
			assertEquals("eu", region.defaultValue());
			assertEquals(java.util.Map.of("=", "region"), region.operators());
			assertFalse(orders.column("status").parameter());
			assertNull(orders.parent());
			assertEquals(List.of("ID"), orders.keyColumns());
		}
		try (MockApi api = api(); RestSession s = api.session(MODEL)) {
			SchemaInfo schema = s.schema();
			assertEquals(List.of("ORDERS", "ORDER_LINES", "ORDER_TAGS", "ORDER_STOCK"), schema.tables().stream().map(
					TableInfo::name).toList());
			TableInfo lines = schema.table("ORDER_LINES");
			assertEquals("ORDERS", lines.parent());
			assertEquals(List.of("ORDERS_ID", "POSITION"), lines.keyColumns());
			RelationInfo rel = schema.relations().get(0);
			assertEquals("ORDER_LINES.ORDERS_ID = ORDERS.ID", rel.joinCondition());
			assertEquals(List.of("ORDERS_ID", "KEY", "VALUE"), schema.table("ORDER_STOCK").columns().stream().map(
					ColumnInfo::name).toList());
			assertEquals(0, api.targets().size(), "a full-form Model needs no sampling");
		}
	}

	@Test
	void restSamplePathSamplesOneEndpoint() throws Exception {
		try (MockApi api = new MockApi(r -> json("{\"items\": [{\"id\": 1, \"x\": {\"y\": true}}, {\"id\": 2}]}"))) {
			io.restdsn.core.dsn.Dsn dsn = io.restdsn.core.dsn.Dsn.empty("s").with("RestSamplePath", api.base()
					+ "/v2/countries");
			try (RestSession s = RestEngine.open(dsn, MockApi.CLIENT)) {
				TableInfo t = s.schema().table("COUNTRIES");
				assertNotNull(t);
				assertEquals(List.of("ID", "X_Y"), t.columns().stream().map(ColumnInfo::name).toList());
				assertEquals(List.of(List.of(1, true), java.util.Arrays.asList(2, null)), MockApi.rows(s,
						"SELECT * FROM countries"));
				assertEquals(1, api.targets().size(), "the sample page is reused from the cache");
			}
		}
	}

	@Test
	void jsonRootOptionAppliesToSampling() throws Exception {
		try (MockApi api = new MockApi(r -> json("{\"meta\": 1, \"events\": [{\"id\": 1}, {\"id\": 2}]}"))) {
			io.restdsn.core.dsn.Dsn dsn = io.restdsn.core.dsn.Dsn.empty("s").with("rsp", api.base() + "/feed").with(
					"jr", "/events");
			try (RestSession s = RestEngine.open(dsn, MockApi.CLIENT)) {
				assertEquals(List.of(List.of(1), List.of(2)), MockApi.rows(s, "SELECT id FROM feed"));
			}
		}
	}

	@Test
	void sqlErrors() throws Exception {
		try (MockApi api = api(); RestSession s = api.session(MODEL)) {
			EngineException e = assertThrows(EngineException.class, () -> s.query("DELETE FROM orders"));
			assertEquals(EngineException.Kind.SQL, e.kind());
			assertTrue(e.getMessage().contains("Only SELECT"), e.getMessage());
			EngineException bad = assertThrows(EngineException.class, () -> s.query("SELECT nope FROM orders ORDER BY 1"));
			assertEquals(EngineException.Kind.SQL, bad.kind());
			assertTrue(bad.getMessage().contains("NOPE"), bad.getMessage());
			EngineException syntax = assertThrows(EngineException.class, () -> s.query("SELEC * FROM orders"));
			assertEquals(EngineException.Kind.SQL, syntax.kind());
			assertEquals(List.of(List.of(3L)), MockApi.rows(s, "SELECT COUNT(*) FROM orders"), "session still usable");
		}
	}

	@Test
	void h2OnlySyntaxStillWorksThroughTheFallback() throws Exception {
		try (MockApi api = api(); RestSession s = api.session(MODEL)) {
			List<List<Object>> rows = MockApi.rows(s,
					"SELECT id FROM orders WHERE status = 'open' ORDER BY id FETCH FIRST 1 ROWS ONLY");
			assertEquals(List.of(List.of(1)), rows);
		}
	}

	@Test
	void anOpenCursorSurvivesAReloadByAnotherStatement() throws Exception {
		try (MockApi api = api(); RestSession s = api.session(MODEL)) {
			try (ResultCursor a = s.query("SELECT id FROM orders ORDER BY id")) {
				assertTrue(a.next());
				assertEquals(1, a.getObject(0));
				try (ResultCursor b = s.prepare("SELECT COUNT(*) FROM orders WHERE status = 'open'").refresh(true)
						.execute()) {
					assertEquals(List.of(List.of(2L)), MockApi.rows(b));
				}
				assertEquals(List.of(List.of(2), List.of(3)), MockApi.rows(a));
			}
			assertEquals(2, api.targets().size());
		}
	}

	@Test
	void cursorReportsColumnsLazily() throws Exception {
		try (MockApi api = api(); RestSession s = api.session(MODEL)) {
			try (ResultCursor c = s.query("SELECT id, status AS st FROM orders WHERE id < 3 ORDER BY id DESC")) {
				assertEquals(2, c.columnCount());
				assertEquals("ST", c.columnName(1));
				assertEquals("CHARACTER VARYING", c.columnTypeName(1));
				List<Object> ids = new ArrayList<>();
				while (c.next()) {
					ids.add(c.getObject(0));
				}
				assertEquals(List.of(2, 1), ids);
				assertFalse(c.next());
			}
		}
	}
}
