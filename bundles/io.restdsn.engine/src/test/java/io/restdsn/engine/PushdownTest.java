package io.restdsn.engine;

import static io.restdsn.engine.MockApi.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import mockwebserver3.RecordedRequest;

/** Push-down of predicates on parameter columns and of LIMIT, asserting the exact requests. */
class PushdownTest {

	static final String MODEL = """
			{
			  "orders": {
			    "#path": ["/orders", "/customers/{cust}/orders"],
			    "id": { "#type": "VarChar(10),#key", "#eq": "id" },
			    "status": "VarChar(10)",
			    "amount": "Double",
			    "bound": { "#type": "Double", "#virtual": true, "#ge": "min", "#gt": "above", "#le": "max",
			               "#lt": "below", "#ne": "not" },
			    "region": { "#type": "VarChar(5)", "#virtual": true, "#eq": "region", "#default": "eu" },
			    "tenant": { "#type": "VarChar(5)", "#virtual": true, "#eq": "X-Tenant", "#header": true },
			    "tag": { "#type": "VarChar(5)", "#virtual": true, "#in": "tags" },
			    "cust": { "#type": "VarChar(5)", "#virtual": true, "#eq": "cust" }
			  }
			}
			""";

	static final String ROWS = "[{\"id\": \"o1\", \"status\": \"open\", \"amount\": 5},"
			+ " {\"id\": \"o2\", \"status\": \"paid\", \"amount\": 50}]";

	private static MockApi api() throws Exception {
		return new MockApi(r -> {
			String id = r.getUrl().queryParameter("id");
			if (id != null) {
				return json("[{\"id\": \"" + id + "\", \"status\": \"open\", \"amount\": 1}]");
			}
			return json(ROWS);
		});
	}

	@Test
	void equalsOnAnEqKeyIsExactlyOneRequest() throws Exception {
		try (MockApi api = api(); RestSession s = api.session(MODEL)) {
			QueryStatement st = s.prepare("SELECT id, status FROM orders WHERE id = 'o7'");
			try (ResultCursor c = st.execute()) {
				assertEquals(List.of(List.of("o7", "open")), MockApi.rows(c));
				assertEquals(1, c.stats().httpCalls());
			}
			assertEquals(List.of("/orders?id=o7&region=eu"), api.targets(), "the default region is sent too");
		}
	}

	@Test
	void inListOnAnEqColumnIsOneRequestPerValue() throws Exception {
		try (MockApi api = api(); RestSession s = api.session(MODEL)) {
			assertEquals(List.of(List.of("eu", 2L), List.of("us", 2L)), MockApi.rows(s,
					"SELECT region, COUNT(*) FROM orders WHERE region IN ('eu', 'us') GROUP BY region ORDER BY region"));
			assertEquals(List.of("/orders?region=eu", "/orders?region=us"), api.targets());
		}
	}

	@Test
	void inListOnAnInColumnIsOneRequest() throws Exception {
		try (MockApi api = api(); RestSession s = api.session(MODEL)) {
			assertEquals(2, MockApi.rows(s, "SELECT * FROM orders WHERE tag IN ('a', 'b')").size(),
					"the service filtered: the local engine must not filter again on the virtual column");
			assertEquals(List.of("/orders?region=eu&tags=a%2Cb"), api.targets());
		}
	}

	@Test
	void comparisonOperators() throws Exception {
		String[][] cases = { { "bound >= 10", "min=10" }, { "bound > 10", "above=10" }, { "bound <= 10.5", "max=10.5" },
				{ "bound < 10", "below=10" }, { "bound <> 10", "not=10" }, { "10 <= bound", "min=10" },
				{ "bound = 10", "" } };
		for (String[] c : cases) {
			try (MockApi api = api(); RestSession s = api.session(MODEL)) {
				int n = MockApi.rows(s, "SELECT id, bound FROM orders WHERE " + c[0]).size();
				String expected = c[1].isEmpty() ? "/orders?region=eu" : "/orders?" + c[1] + "&region=eu";
				assertEquals(List.of(expected), api.targets(), c[0]);
				assertEquals(c[1].isEmpty() ? 0 : 2, n, c[0] + ": pushed comparisons are the service's to apply");
			}
		}
	}

	@Test
	void rangeOnTwoOperatorsOfOneColumn() throws Exception {
		try (MockApi api = api(); RestSession s = api.session(MODEL)) {
			assertEquals(2, MockApi.rows(s, "SELECT * FROM orders WHERE bound >= 1 AND bound < 9 AND status = 'open'")
					.size() + 1, "status is still filtered locally");
			assertEquals(List.of("/orders?min=1&below=9&region=eu"), api.targets());
		}
	}

	@Test
	void headerParameter() throws Exception {
		try (MockApi api = api(); RestSession s = api.session(MODEL)) {
			List<List<Object>> rows = MockApi.rows(s, "SELECT tenant, id FROM orders WHERE tenant = 't1'");
			assertEquals(List.of(List.of("t1", "o1"), List.of("t1", "o2")), rows);
			RecordedRequest r = api.requests.get(0);
			assertEquals("/orders?region=eu", r.getTarget());
			assertEquals("t1", r.getHeaders().get("X-Tenant"));
		}
	}

	@Test
	void pathParameterPicksThePathThatUsesIt() throws Exception {
		try (MockApi api = api(); RestSession s = api.session(MODEL)) {
			assertEquals(List.of(List.of("C 1", "o1"), List.of("C 1", "o2")), MockApi.rows(s,
					"SELECT o.cust, o.id FROM orders o WHERE o.cust = 'C 1' ORDER BY o.id"));
			assertEquals(List.of("/customers/C%201/orders?region=eu"), api.targets());
		}
	}

	@Test
	void predicatesInsideOrAreNotPushed() throws Exception {
		try (MockApi api = api(); RestSession s = api.session(MODEL)) {
			MockApi.rows(s, "SELECT * FROM orders WHERE id = 'o1' OR status = 'paid'");
			assertEquals(List.of("/orders?region=eu"), api.targets());
		}
	}

	@Test
	void mandatoryParameterMissingIsAClearError() throws Exception {
		String model = "{\"events\": {\"#path\": \"/events\", \"id\": \"Integer\", "
				+ "\"day\": {\"#type\": \"Date\", \"#virtual\": true, \"#eq\": \"day\", \"#mandatory\": true}}}";
		try (MockApi api = new MockApi(r -> json("[{\"id\": 1}]")); RestSession s = api.session(model)) {
			EngineException e = assertThrows(EngineException.class, () -> s.query("SELECT * FROM events"));
			assertEquals(EngineException.Kind.MANDATORY_PARAMETER, e.kind());
			assertTrue(e.getMessage().contains("Table EVENTS needs a value for column DAY: add WHERE DAY = …"), e
					.getMessage());
			assertEquals(0, api.targets().size(), "nothing was sent");
			assertEquals(List.of(List.of(1, java.time.LocalDate.of(2024, 5, 1))), MockApi.rows(s,
					"SELECT id, day FROM events WHERE day = DATE '2024-05-01'"));
			assertEquals(List.of("/events?day=2024-05-01"), api.targets());
		}
	}

	@Test
	void unboundPathParameterIsAClearError() throws Exception {
		String model = "{\"c\": {\"#path\": \"/c/{id}\", \"x\": \"Integer\", "
				+ "\"id\": {\"#type\": \"Integer\", \"#virtual\": true, \"#eq\": \"id\"}}}";
		try (MockApi api = new MockApi(r -> json("{\"x\": 1}")); RestSession s = api.session(model)) {
			EngineException e = assertThrows(EngineException.class, () -> s.query("SELECT * FROM c"));
			assertEquals(EngineException.Kind.MANDATORY_PARAMETER, e.kind());
			assertTrue(e.getMessage().contains("{id}"), e.getMessage());
			assertEquals(List.of(List.of(1, 42)), MockApi.rows(s, "SELECT x, id FROM c WHERE id = 42"));
			assertEquals(List.of("/c/42"), api.targets());
		}
	}

	@Test
	void limitOnABigTableIsOneRequest() throws Exception {
		String model = "{\"big\": {\"#path\": \"/big\", \"#maximumPageSize\": 1000, \"#pageSizeParameter\": \"limit\", "
				+ "\"#rowOffsetParameter\": \"offset\", \"id\": \"Integer,#key\", \"name\": \"VarChar(10)\"}}";
		try (MockApi api = new MockApi(r -> {
			int off = PagingTest.param(r, "offset", 0);
			return json(PagingTest.rows(off, Math.min(off + 1000, 5000)));
		}); RestSession s = api.session(model)) {
			QueryStatement st = s.prepare("SELECT * FROM big LIMIT 10");
			try (ResultCursor c = st.execute()) {
				assertEquals(10, MockApi.rows(c).size());
			}
			assertEquals(List.of("/big?limit=1000&offset=0"), api.targets());
			api.requests.clear();
			assertEquals(10, MockApi.rows(s.prepare("SELECT id, name FROM big LIMIT 10 OFFSET 1500").refresh(true)
					.execute()).size());
			assertEquals(2, api.targets().size(), "LIMIT 10 OFFSET 1500 needs 1510 rows: two pages");
			api.requests.clear();
			assertEquals(List.of(List.of(4999)), MockApi.rows(s.prepare("SELECT id FROM big ORDER BY id DESC LIMIT 1")
					.refresh(true).execute()));
			assertEquals(6, api.targets().size(), "ORDER BY needs every row: five pages and the empty sixth");
		}
	}

	@Test
	void limitWithOnlyPushedFiltersIsStillPushed() throws Exception {
		try (MockApi api = api(); RestSession s = api.session("{\"orders\": {\"#path\": \"/orders\", "
				+ "\"#maximumPageSize\": 2, \"#rowOffsetParameter\": \"offset\", \"id\": \"VarChar(5)\", "
				+ "\"region\": {\"#type\": \"VarChar(5)\", \"#virtual\": true, \"#eq\": \"region\"}}}")) {
			MockApi.rows(s, "SELECT id FROM orders WHERE region = 'us' LIMIT 1");
			assertEquals(List.of("/orders?region=us&offset=0"), api.targets());
		}
	}

	@Test
	void postTablesSendParametersInTheBody() throws Exception {
		String model = "{\"hits\": {\"#path\": \"POST /search /hits\", \"#post\": {\"index\": \"main\"}, "
				+ "\"#maximumPageSize\": 10, \"#pageSizeParameter\": \"size\", \"#rowOffsetParameter\": \"from\", "
				+ "\"id\": \"Integer\", \"q\": {\"#type\": \"VarChar(20)\", \"#virtual\": true, \"#eq\": \"query\"}}}";
		try (MockApi api = new MockApi(r -> json("{\"hits\": [{\"id\": 1}]}")); RestSession s = api.session(model)) {
			assertEquals(List.of(List.of(1, "rest")), MockApi.rows(s, "SELECT id, q FROM hits WHERE q = 'rest'"));
			RecordedRequest r = api.requests.get(0);
			assertEquals("POST", r.getMethod());
			assertEquals("/search", r.getTarget());
			assertEquals("{\"index\":\"main\",\"query\":\"rest\",\"size\":10,\"from\":0}", r.getBody().string(
					StandardCharsets.UTF_8));
		}
	}

	@Test
	void selfJoinDoesNotPushConflictingPredicates() throws Exception {
		try (MockApi api = api(); RestSession s = api.session(MODEL)) {
			MockApi.rows(s, "SELECT a.id FROM orders a JOIN orders b ON a.id = b.id WHERE a.id = 'o1'");
			assertEquals(List.of("/orders?region=eu"), api.targets());
		}
	}
}
