package io.restdsn.engine;

import static io.restdsn.engine.MockApi.json;
import static io.restdsn.engine.MockApi.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import mockwebserver3.MockResponse;

/** Retries, {@code #http} rules, error messages, bad bodies and cancel. */
class HttpBehaviourTest {

	static final String MODEL = "{\"items\": {\"#path\": \"/items /data\", \"id\": \"Integer\"}}";
	static final String OK = "{\"data\": [{\"id\": 1}, {\"id\": 2}]}";

	static EngineOptions fast() {
		return EngineOptions.defaults().withStorage(EngineOptions.Storage.MEMORY).withRetryTiming(Duration.ofMillis(1),
				Duration.ofMillis(20), Duration.ofMillis(500));
	}

	/** Answers with {@code first} for the first {@code n} requests, then OK. */
	static MockApi failing(int n, MockResponse first) throws Exception {
		AtomicInteger count = new AtomicInteger();
		return new MockApi(r -> count.incrementAndGet() <= n ? first : json(OK));
	}

	@Test
	void throttlingIsRetriedHonouringRetryAfter() throws Exception {
		try (MockApi api = failing(2, new MockResponse.Builder().code(429).addHeader("Retry-After", "0").build());
				RestSession s = api.session(MODEL, fast())) {
			try (ResultCursor c = s.query("SELECT * FROM items")) {
				assertEquals(2, MockApi.rows(c).size());
				assertEquals(2, c.stats().retries());
				assertEquals(3, c.stats().httpCalls());
			}
		}
		try (MockApi api = failing(1, status(503, "busy")); RestSession s = api.session(MODEL, fast())) {
			assertEquals(2, MockApi.rows(s, "SELECT * FROM items").size());
			assertEquals(2, api.targets().size());
		}
	}

	@Test
	void throttlingGivesUpAfterItsRetries() throws Exception {
		try (MockApi api = new MockApi(r -> status(429, "{\"message\": \"slow down\"}")); RestSession s = api.session(
				MODEL, fast().withThrottleRetries(2))) {
			EngineException e = assertThrows(EngineException.class, () -> s.query("SELECT * FROM items"));
			assertEquals(EngineException.Kind.HTTP, e.kind());
			assertEquals(429, e.httpStatus());
			assertEquals("slow down", e.serverMessage());
			assertEquals(3, api.targets().size());
		}
	}

	@Test
	void totalRetryWaitIsCapped() throws Exception {
		EngineOptions opts = EngineOptions.defaults().withStorage(EngineOptions.Storage.MEMORY).withRetryTiming(Duration
				.ofMillis(1), Duration.ofMillis(40), Duration.ofMillis(60)).withThrottleRetries(10);
		try (MockApi api = new MockApi(r -> new MockResponse.Builder().code(429).addHeader("Retry-After", "3600")
				.build()); RestSession s = api.session(MODEL, opts)) {
			long t0 = System.nanoTime();
			EngineException e = assertThrows(EngineException.class, () -> s.query("SELECT * FROM items"));
			assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(2));
			assertTrue(e.getMessage().contains("giving up"), e.getMessage());
			assertEquals(2, api.targets().size(), "waits of 40 ms: the second would exceed 60 ms in total");
		}
	}

	@Test
	void serverErrorsAreRetriedWsRetryCountTimes() throws Exception {
		try (MockApi api = failing(2, status(500, "oops")); RestSession s = api.session(MODEL, fast(), "WSRetryCount",
				"2")) {
			assertEquals(2, MockApi.rows(s, "SELECT * FROM items").size());
			assertEquals(3, api.targets().size());
		}
		try (MockApi api = failing(1, status(502, "<html><body><h1>Bad gateway</h1></body></html>"));
				RestSession s = api.session(MODEL, fast())) {
			EngineException e = assertThrows(EngineException.class, () -> s.query("SELECT * FROM items"));
			assertEquals(502, e.httpStatus());
			assertEquals("Bad gateway", e.serverMessage());
			assertEquals(1, api.targets().size(), "WSRetryCount defaults to 0");
		}
	}

	@Test
	void clientErrorsCarryUrlStatusAndServerMessage() throws Exception {
		try (MockApi api = new MockApi(r -> status(404, "{\"error\": {\"code\": 7, \"message\": \"No such items\"}}"));
				RestSession s = api.session(MODEL, fast())) {
			EngineException e = assertThrows(EngineException.class, () -> s.query("SELECT * FROM items"));
			assertEquals(EngineException.Kind.HTTP, e.kind());
			assertEquals(404, e.httpStatus());
			assertEquals(api.base() + "/items", e.url());
			assertEquals("No such items", e.serverMessage());
			assertEquals("GET " + api.base() + "/items returned HTTP 404: No such items", e.getMessage());
		}
		try (MockApi api = new MockApi(r -> status(400, "bad filter value")); RestSession s = api.session(MODEL,
				fast())) {
			EngineException e = assertThrows(EngineException.class, () -> s.query("SELECT COUNT(*) FROM items"));
			assertEquals("bad filter value", e.serverMessage());
		}
	}

	@Test
	void httpRules() throws Exception {
		String model = "{\"#http\": [{\"#code\": 404, \"#action\": \"ZERO_ROWS\"},"
				+ " {\"#code\": 200, \"#match\": \"\\\"error\\\"\", \"#action\": \"FAIL\", \"#message\": \"service: {/error/text}\"},"
				+ " {\"#code\": \"4xx\", \"#action\": \"OK\"}], " + MODEL.substring(1);
		try (MockApi api = new MockApi(r -> switch (r.getUrl().queryParameter("case")) {
			case "missing" -> status(404, "nothing");
			case "soft" -> json("{\"error\": {\"text\": \"quota exceeded\"}}");
			default -> status(409, OK);
		}); RestSession s = api.session(model.replace("/items /data", "/items?case={c} /data").replace(
				"\"id\": \"Integer\"", "\"id\": \"Integer\", \"c\": {\"#type\": \"VarChar(9)\", \"#virtual\": true, \"#eq\": \"c\"}"),
				fast())) {
			assertEquals(List.of(), MockApi.rows(s, "SELECT id FROM items WHERE c = 'missing'"));
			EngineException e = assertThrows(EngineException.class, () -> s.query("SELECT id FROM items WHERE c = 'soft'"));
			assertEquals("service: quota exceeded", e.serverMessage());
			assertEquals(200, e.httpStatus());
			assertEquals(2, MockApi.rows(s, "SELECT id FROM items WHERE c = 'other'").size(), "409 declared OK");
		}
	}

	@Test
	void retryFixedRule() throws Exception {
		String model = "{\"#http\": [{\"#code\": 409, \"#action\": \"RETRY_FIXED\", \"#delay\": 0.001}], "
				+ MODEL.substring(1);
		try (MockApi api = failing(2, status(409, "busy")); RestSession s = api.session(model, fast())) {
			assertEquals(2, MockApi.rows(s, "SELECT * FROM items").size());
			assertEquals(3, api.targets().size());
		}
	}

	@Test
	void reauthenticateRuleRetriesOnceAfterTheCallback() throws Exception {
		AtomicInteger reauth = new AtomicInteger();
		String model = "{\"#http\": [{\"#code\": 401, \"#action\": \"REAUTHENTICATE\"}], " + MODEL.substring(1);
		try (MockApi api = failing(1, status(401, "expired")); RestSession s = api.session(model, fast()
				.withReauthenticator(reauth::incrementAndGet))) {
			assertEquals(2, MockApi.rows(s, "SELECT * FROM items").size());
			assertEquals(1, reauth.get());
		}
		try (MockApi api = new MockApi(r -> status(401, "{\"error_description\": \"bad token\"}")); RestSession s = api
				.session(model, fast().withReauthenticator(reauth::incrementAndGet))) {
			EngineException e = assertThrows(EngineException.class, () -> s.query("SELECT * FROM items"));
			assertEquals("bad token", e.serverMessage());
			assertEquals(2, api.targets().size(), "only one re-authentication per request");
		}
	}

	@Test
	void nonJsonBodyNamesUrlAndPosition() throws Exception {
		try (MockApi api = new MockApi(r -> json("<html>\n<body>Maintenance</body></html>")); RestSession s = api
				.session(MODEL, fast())) {
			EngineException e = assertThrows(EngineException.class, () -> s.query("SELECT * FROM items"));
			assertEquals(EngineException.Kind.PARSE, e.kind());
			assertEquals(api.base() + "/items", e.url());
			assertEquals(1, e.line());
			assertEquals(1, e.column());
			assertTrue(e.getMessage().contains("is not valid JSON at line 1, column 1"), e.getMessage());
			assertTrue(e.getMessage().contains("body starts: <html> <body>Maintenance"), e.getMessage());
		}
	}

	@Test
	void truncatedJsonNamesThePosition() throws Exception {
		try (MockApi api = new MockApi(r -> json("{\"data\": [{\"id\": 1},\n {\"id\": 2")); RestSession s = api
				.session(MODEL, fast())) {
			EngineException e = assertThrows(EngineException.class, () -> MockApi.rows(s, "SELECT * FROM items"));
			assertEquals(EngineException.Kind.PARSE, e.kind());
			assertEquals(2, e.line());
			assertTrue(e.getMessage().contains("end-of-input"), e.getMessage());
			assertEquals("/data/1/id", e.jsonPath());
		}
	}

	@Test
	void valuesThatDoNotFitTheirColumnNameColumnAndPosition() throws Exception {
		try (MockApi api = new MockApi(r -> json("{\"data\": [{\"id\": 1},\n  {\"id\": \"seven\"}]}")); RestSession s = api
				.session(MODEL, fast())) {
			EngineException e = assertThrows(EngineException.class, () -> MockApi.rows(s, "SELECT * FROM items"));
			assertEquals(EngineException.Kind.DATA, e.kind());
			assertEquals(2, e.line());
			assertEquals("/data/1/id", e.jsonPath());
			assertTrue(e.getMessage().startsWith("ITEMS.ID: cannot convert 'seven' to Integer"), e.getMessage());
		}
	}

	@Test
	void networkErrorsNameTheUrl() throws Exception {
		MockApi api = new MockApi(r -> json(OK));
		String base = api.base();
		api.close();
		io.restdsn.core.dsn.Dsn dsn = io.restdsn.core.dsn.Dsn.empty("t").with("HostName", base);
		try (RestSession s = RestEngine.open(dsn, MockApi.CLIENT, fast().withModel(io.restdsn.engine.model.ModelReader
				.read(MODEL)))) {
			EngineException e = assertThrows(EngineException.class, () -> s.query("SELECT * FROM items"));
			assertEquals(EngineException.Kind.IO, e.kind());
			assertEquals(base + "/items", e.url());
			assertTrue(e.getMessage().startsWith("GET " + base + "/items failed"), e.getMessage());
		}
	}

	@Test
	void cancelReachesTheSocketWithinASecondAndTheSessionStaysUsable() throws Exception {
		try (MockApi api = new MockApi(r -> r.getTarget().startsWith("/slow") ? new MockResponse.Builder().code(200)
				.body(OK).headersDelay(20, TimeUnit.SECONDS).build() : json(OK))) {
			String model = "{\"slow\": {\"#path\": \"/slow /data\", \"id\": \"Integer\"}, "
					+ "\"fast\": {\"#path\": \"/fast /data\", \"id\": \"Integer\"}}";
			try (RestSession s = api.session(model, fast())) {
				for (String sql : new String[] { "SELECT * FROM slow", "SELECT COUNT(*) FROM slow s JOIN fast f ON 1=1" }) {
					QueryStatement st = s.prepare(sql);
					CompletableFuture<ResultCursor> run = CompletableFuture.supplyAsync(st::execute);
					Thread.sleep(300);
					long t0 = System.nanoTime();
					st.cancel();
					ExecutionException ex = assertThrows(ExecutionException.class, () -> run.get(1, TimeUnit.SECONDS));
					assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(1));
					EngineException e = (EngineException) ex.getCause();
					assertEquals(EngineException.Kind.CANCELLED, e.kind());
					assertTrue(st.isCancelled());
				}
				assertEquals(List.of(List.of(1), List.of(2)), MockApi.rows(s, "SELECT id FROM fast"));
				assertEquals(List.of(List.of(2L)), MockApi.rows(s, "SELECT COUNT(*) FROM fast f WHERE id > 0"));
			}
		}
	}

	@Test
	void cancelEndsARetryWait() throws Exception {
		EngineOptions patient = EngineOptions.defaults().withStorage(EngineOptions.Storage.MEMORY).withRetryTiming(
				Duration.ofMillis(1), Duration.ofSeconds(30), Duration.ofSeconds(60));
		try (MockApi api = new MockApi(r -> new MockResponse.Builder().code(503).addHeader("Retry-After", "20").build());
				RestSession s = api.session(MODEL, patient)) {
			QueryStatement st = s.prepare("SELECT * FROM items");
			CompletableFuture<ResultCursor> run = CompletableFuture.supplyAsync(st::execute);
			Thread.sleep(300);
			st.cancel();
			ExecutionException ex = assertThrows(ExecutionException.class, () -> run.get(1, TimeUnit.SECONDS));
			assertEquals(EngineException.Kind.CANCELLED, ((EngineException) ex.getCause()).kind());
			assertEquals(1, api.targets().size());
		}
	}

	@Test
	void cancelAStreamedCursorBetweenPages() throws Exception {
		String model = "{\"items\": {\"#path\": \"/items\", \"#maximumPageSize\": 2, \"#rowOffsetParameter\": \"o\", "
				+ "\"id\": \"Integer\"}}";
		try (MockApi api = new MockApi(r -> {
			int o = PagingTest.param(r, "o", 0);
			return json(PagingTest.rows(o, o + 2));
		}); RestSession s = api.session(model, fast())) {
			QueryStatement st = s.prepare("SELECT id FROM items");
			ResultCursor c = st.execute();
			assertTrue(c.next());
			assertTrue(c.next());
			st.cancel();
			EngineException e = assertThrows(EngineException.class, c::next);
			assertEquals(EngineException.Kind.CANCELLED, e.kind());
			c.close();
			assertEquals(1, api.targets().size());
		}
	}

	@Test
	void modelHostnameAndHeadersAreUsed() throws Exception {
		try (MockApi api = new MockApi(r -> json(OK))) {
			String model = "{\"#hostname\": \"" + api.base() + "/api\", \"#headers\": {\"X-Global\": \"g\"}, "
					+ "\"items\": {\"#path\": \"items /data\", \"#headers\": {\"Accept\": \"application/json\"}, "
					+ "\"id\": \"Integer\"}}";
			io.restdsn.core.dsn.Dsn dsn = io.restdsn.core.dsn.Dsn.empty("t");
			try (RestSession s = RestEngine.open(dsn, MockApi.CLIENT, fast().withModel(io.restdsn.engine.model
					.ModelReader.read(model)))) {
				assertEquals(2, MockApi.rows(s, "SELECT id FROM items").size());
			}
			assertEquals(List.of("/api/items"), api.targets());
			assertEquals("g", api.requests.get(0).getHeaders().get("X-Global"));
			assertEquals("application/json", api.requests.get(0).getHeaders().get("Accept"));
		}
	}

	@Test
	void customAuthenticationIsNotSupportedYet() throws Exception {
		try (MockApi api = new MockApi(r -> json(OK))) {
			EngineException e = assertThrows(EngineException.class, () -> api.session("{\"#authentication\": [{}], "
					+ MODEL.substring(1), fast(), "AuthenticationMethod", "29"));
			assertEquals(EngineException.Kind.UNSUPPORTED, e.kind());
		}
	}

	@Test
	void configurationErrors() {
		EngineException none = assertThrows(EngineException.class, () -> RestEngine.open(io.restdsn.core.dsn.Dsn.empty(
				"x"), MockApi.CLIENT));
		assertEquals(EngineException.Kind.CONFIG, none.kind());
		EngineException file = assertThrows(EngineException.class, () -> RestEngine.open(io.restdsn.core.dsn.Dsn.empty(
				"x").with("RestConfigFile", "/no/such/file.rest"), MockApi.CLIENT));
		assertEquals(EngineException.Kind.CONFIG, file.kind());
		assertTrue(file.getMessage().contains("/no/such/file.rest"));
		EngineException qnn = assertThrows(EngineException.class, () -> RestEngine.open(io.restdsn.core.dsn.Dsn.empty(
				"x").with("RestSamplePath", "https://h/x").with("QualifyNormalizedNames", "3"), MockApi.CLIENT));
		assertEquals(EngineException.Kind.CONFIG, qnn.kind());
		EngineException relative = assertThrows(EngineException.class, () -> RestEngine.open(io.restdsn.core.dsn.Dsn
				.empty("x"), MockApi.CLIENT, EngineOptions.defaults().withModel(io.restdsn.engine.model.ModelReader.read(
						MODEL))).query("SELECT * FROM items"));
		assertEquals(EngineException.Kind.CONFIG, relative.kind());
		assertTrue(relative.getMessage().contains("HostName"), relative.getMessage());
	}
}
