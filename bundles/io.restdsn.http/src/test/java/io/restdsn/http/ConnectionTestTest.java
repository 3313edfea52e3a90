package io.restdsn.http;

import static io.restdsn.http.StageOutcome.FAILED;
import static io.restdsn.http.StageOutcome.PASSED;
import static io.restdsn.http.StageOutcome.SKIPPED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;

/** The staged connection test, end to end against a MockWebServer. */
@Timeout(20)
class ConnectionTestTest extends LocalServerTest {

	private ConnectionTestResult run(Map<String, String> o) {
		return run(o, ConnectionTest.NO_MODEL);
	}

	private ConnectionTestResult run(Map<String, String> o, java.util.function.Function<io.restdsn.core.dsn.Dsn, Optional<String>> model) {
		ConnectionTestResult r = factory.connectionTest(Fixtures.dsn(o), Fixtures.clientSecret(), model)
				.run(Progress.NONE);
		String json = r.toJson();
		Fixtures.assertNoSecret(json, Fixtures.SECRET, Fixtures.TOKEN, Fixtures.SECURITY_TOKEN);
		Fixtures.assertNoSecret(r.toString(), Fixtures.SECRET, Fixtures.TOKEN, Fixtures.SECURITY_TOKEN);
		return r;
	}

	private static List<StageOutcome> outcomes(ConnectionTestResult r) {
		return r.stages().stream().map(StageResult::outcome).toList();
	}

	@Test
	void allStagesPassForAWorkingDsn() throws Exception {
		server.enqueue(Fixtures.token(Fixtures.TOKEN, 3600));
		server.enqueue(Fixtures.json(200, "{\"meta\":{},\"events\":[{\"a\":1,\"b\":2},{\"a\":3,\"b\":4}]}"));
		Map<String, String> o = Fixtures.oauth(server, "POST", 0);
		o.put("Scope", "read");
		o.put("AuthHeader", "X-Tenant-Key");
		o.put("HealthURI", "/v1/events");
		o.put("JSONRoot", "/events");

		ConnectionTestResult r = run(o);

		assertTrue(r.passed(), r.toString());
		assertEquals(List.of(PASSED, SKIPPED, PASSED, PASSED, PASSED), outcomes(r), r.toString());
		assertTrue(r.stage(TestStage.TLS).message().contains("unencrypted"), "http token endpoint is warned about");
		assertTrue(r.stage(TestStage.TOKEN).message().contains("valid for 3600 s"), r.stage(TestStage.TOKEN).message());
		assertTrue(r.stage(TestStage.TOKEN).message().contains("scope 'read'"));
		assertTrue(r.stage(TestStage.PARSE).message().contains("2 rows (first row has 2 fields) at JSONRoot=/events"),
				r.stage(TestStage.PARSE).message());
		StageResult data = r.stage(TestStage.DATA);
		assertTrue(data.transcript().contains("> GET " + server.url("/v1/events")), data.transcript());
		assertTrue(data.transcript().contains("Authorization: Bearer " + Redactor.mask(Fixtures.TOKEN)),
				data.transcript());
		assertTrue(data.transcript().contains("< HTTP/1.1 200"), data.transcript());
		assertTrue(data.transcript().contains("\"events\""), data.transcript());
		assertTrue(r.stage(TestStage.CONNECT).transcript().contains("TCP connect"), r.stage(TestStage.CONNECT).transcript());
		server.takeRequest(5, TimeUnit.SECONDS);
		RecordedRequest dataRequest = server.takeRequest(5, TimeUnit.SECONDS);
		assertEquals("Bearer " + Fixtures.TOKEN, dataRequest.getHeaders().get("Authorization"));
		assertEquals(Fixtures.SECURITY_TOKEN, dataRequest.getHeaders().get("X-Tenant-Key"));
		assertEquals("application/json", dataRequest.getHeaders().get("Accept"));

		JsonNode json = new ObjectMapper().readTree(r.toJson());
		assertTrue(json.get("passed").asBoolean());
		assertEquals("test-dsn", json.get("dsn").asText());
		assertEquals(5, json.get("stages").size());
		assertEquals("TOKEN", json.get("stages").get(2).get("stage").asText());
		assertEquals("PASSED", json.get("stages").get(2).get("outcome").asText());
	}

	@Test
	void restSamplePathThenModelTableAreUsedWithoutHealthUri() throws Exception {
		server.enqueue(Fixtures.token(Fixtures.TOKEN, 3600));
		server.enqueue(Fixtures.json(200, "[{\"x\":1}]"));
		Map<String, String> o = Fixtures.oauth(server, "POST", 0);
		ConnectionTestResult r = run(o, dsn -> Optional.of("/model/first"));
		assertTrue(r.passed(), r.toString());
		server.takeRequest(5, TimeUnit.SECONDS);
		assertEquals("/model/first", server.takeRequest(5, TimeUnit.SECONDS).getUrl().encodedPath());
		assertTrue(r.stage(TestStage.PARSE).message().contains("1 row"), r.stage(TestStage.PARSE).message());

		server.enqueue(Fixtures.token(Fixtures.TOKEN, 3600));
		server.enqueue(Fixtures.json(200, "[]"));
		o.put("RestSamplePath", server.url("/sample").toString());
		assertTrue(run(o, dsn -> Optional.of("/model/first")).passed());
		server.takeRequest(5, TimeUnit.SECONDS);
		assertEquals("/sample", server.takeRequest(5, TimeUnit.SECONDS).getUrl().encodedPath());
	}

	@Test
	void oauthWithoutDataUrlPassesOnTheTokenAndSaysWhatWasNotTried() {
		server.enqueue(Fixtures.token(Fixtures.TOKEN, 3600));
		ConnectionTestResult r = run(Fixtures.oauth(server, "POST", 0));
		assertTrue(r.passed(), r.toString());
		assertEquals(SKIPPED, r.stage(TestStage.DATA).outcome());
		assertTrue(r.stage(TestStage.DATA).message().contains("HealthURI"));
		assertTrue(r.stage(TestStage.DATA).options().contains("HealthURI"));
	}

	@Test
	void headerAuthWithoutDataUrlCannotBeProven() {
		ConnectionTestResult r = run(Map.of("AuthenticationMethod", "25", "AuthHeader", "X-Api-Key"));
		assertFalse(r.passed());
		assertEquals(List.of(SKIPPED, SKIPPED, SKIPPED, FAILED, SKIPPED), outcomes(r), r.toString());
		assertEquals(List.of("HealthURI", "RestSamplePath"), r.stage(TestStage.DATA).options());
		assertEquals(0, server.getRequestCount());
	}

	@Test
	void headerAuthIsProvenByHealthUri() throws Exception {
		server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "text/plain").body("OK").build());
		Map<String, String> o = Map.of("AuthenticationMethod", "25", "AuthHeader", "X-Api-Key", "HealthURI",
				server.url("/health").toString());
		ConnectionTestResult r = run(o);
		assertTrue(r.passed(), r.toString());
		assertEquals(List.of(PASSED, SKIPPED, SKIPPED, PASSED, SKIPPED), outcomes(r), r.toString());
		assertEquals(Fixtures.SECURITY_TOKEN, server.takeRequest(5, TimeUnit.SECONDS).getHeaders().get("X-Api-Key"));
		assertTrue(r.stage(TestStage.PARSE).message().contains("health check"), r.stage(TestStage.PARSE).message());
	}

	@Test
	void invalidClientFailsTheTokenStageAfterConnecting() {
		server.enqueue(Fixtures.json(401, "{\"error\":\"invalid_client\",\"error_description\":\"bad secret\"}"));
		ConnectionTestResult r = run(Fixtures.oauth(server, "POST", 0));
		assertEquals(List.of(PASSED, SKIPPED, FAILED, SKIPPED, SKIPPED), outcomes(r), r.toString());
		StageResult token = r.stage(TestStage.TOKEN);
		assertEquals(List.of("ClientID", "ClientSecret", "ClientCredentialsMode"), token.options());
		assertTrue(token.message().contains("Server said: invalid_client – bad secret"), token.message());
		assertTrue(token.transcript().contains("< HTTP/1.1 401"), token.transcript());
		assertEquals(401, token.problem().orElseThrow().httpStatus().getAsInt());
		assertTrue(r.stage(TestStage.DATA).message().contains("earlier stage failed"));
	}

	@Test
	void refusedConnectionFailsTheConnectStage() throws Exception {
		int port;
		try (ServerSocket s = new ServerSocket(0)) {
			port = s.getLocalPort();
		}
		Map<String, String> o = Fixtures.oauth(server, "POST", 0);
		o.put("TokenURI", "POST http://127.0.0.1:" + port + "/token");
		ConnectionTestResult r = run(o);
		assertEquals(List.of(FAILED, SKIPPED, SKIPPED, SKIPPED, SKIPPED), outcomes(r), r.toString());
		assertEquals(List.of("TokenURI"), r.stage(TestStage.CONNECT).options());
		assertTrue(r.stage(TestStage.CONNECT).transcript().contains("failed: ConnectException"),
				r.stage(TestStage.CONNECT).transcript());
	}

	@Test
	void unknownHostFailsTheConnectStage() {
		Map<String, String> o = Fixtures.oauth(server, "POST", 0);
		o.put("TokenURI", "POST https://no-such-host.invalid/token");
		ConnectionTestResult r = run(o);
		assertEquals(FAILED, r.stage(TestStage.CONNECT).outcome(), r.toString());
		assertEquals(ConnectionProblem.Kind.UNKNOWN_HOST, r.stage(TestStage.CONNECT).problem().orElseThrow().kind());
	}

	@Test
	void dataForbiddenFailsTheDataStageWithScope() {
		server.enqueue(Fixtures.token(Fixtures.TOKEN, 3600));
		server.enqueue(new MockResponse.Builder().code(403).build());
		Map<String, String> o = Fixtures.oauth(server, "POST", 0);
		o.put("HealthURI", "/v1/me");
		o.put("Scope", "basic");
		ConnectionTestResult r = run(o);
		assertEquals(List.of(PASSED, SKIPPED, PASSED, FAILED, SKIPPED), outcomes(r), r.toString());
		assertEquals(List.of("Scope"), r.stage(TestStage.DATA).options());
	}

	@Test
	void dataNotFoundNamesTheOptionThatGaveTheUrl() {
		server.enqueue(Fixtures.token(Fixtures.TOKEN, 3600));
		server.enqueue(new MockResponse.Builder().code(404).build());
		Map<String, String> o = Fixtures.oauth(server, "POST", 0);
		o.put("RestSamplePath", "v1/nothing");
		ConnectionTestResult r = run(o);
		assertEquals(FAILED, r.stage(TestStage.DATA).outcome());
		assertEquals(List.of("RestSamplePath", "HostName"), r.stage(TestStage.DATA).options());
	}

	@Test
	void jsonRootThatFindsNothingFailsTheParseStage() {
		server.enqueue(Fixtures.token(Fixtures.TOKEN, 3600));
		server.enqueue(Fixtures.json(200, "{\"data\":[1],\"paging\":{}}"));
		Map<String, String> o = Fixtures.oauth(server, "POST", 0);
		o.put("HealthURI", "/v1/x");
		o.put("JSONRoot", "/events");
		ConnectionTestResult r = run(o);
		StageResult parse = r.stage(TestStage.PARSE);
		assertEquals(FAILED, parse.outcome(), r.toString());
		assertEquals(List.of("JSONRoot"), parse.options());
		assertTrue(parse.message().contains("[data, paging]"), parse.message());
	}

	@Test
	void htmlFromASampleEndpointFailsTheParseStage() {
		server.enqueue(Fixtures.token(Fixtures.TOKEN, 3600));
		server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "text/html")
				.body("<html>login</html>").build());
		Map<String, String> o = Fixtures.oauth(server, "POST", 0);
		o.put("RestSamplePath", "/v1/x");
		ConnectionTestResult r = run(o);
		assertEquals(FAILED, r.stage(TestStage.PARSE).outcome(), r.toString());
		assertEquals(List.of("RestSamplePath", "HostName"), r.stage(TestStage.PARSE).options());
	}

	@Test
	void configurationProblemsFailTheStageThatNeedsTheOption() {
		Map<String, String> o = Fixtures.oauth(server, "POST", 0);
		o.put("ClientCredentialsMode", "7");
		ConnectionTestResult r = run(o);
		assertEquals(FAILED, r.stage(TestStage.TOKEN).outcome(), r.toString());
		assertEquals(List.of("ClientCredentialsMode"), r.stage(TestStage.TOKEN).options());

		Map<String, String> tls = Fixtures.oauth(server, "POST", 0);
		tls.put("TrustStore", "/does/not/exist.jks");
		assertEquals(FAILED, run(tls).stage(TestStage.TLS).outcome());

		Map<String, String> relative = Fixtures.oauth(server, "POST", 0);
		relative.remove("HostName");
		relative.put("HealthURI", "/v1/x");
		server.enqueue(Fixtures.token(Fixtures.TOKEN, 3600));
		ConnectionTestResult rr = run(relative);
		assertEquals(PASSED, rr.stage(TestStage.TOKEN).outcome(), rr.toString());
		assertEquals(List.of("HealthURI", "HostName"), rr.stage(TestStage.DATA).options());
	}

	@Test
	void cancelReturnsWithinASecondAgainstASilentServer() throws Exception {
		server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
		Map<String, String> o = Fixtures.oauth(server, "POST", 0);
		o.put("WSTimeout", "0");
		Fixtures.Switch progress = new Fixtures.Switch();
		ConnectionTest test = factory.connectionTest(Fixtures.dsn(o), Fixtures.clientSecret(), ConnectionTest.NO_MODEL);
		new Thread(() -> {
			try {
				server.takeRequest(5, TimeUnit.SECONDS); // the request is in flight
				Thread.sleep(200);
			} catch (InterruptedException e) {
				return;
			}
			progress.canceled = true;
		}).start();
		long canceledAt;
		ConnectionTestResult r = test.run(progress);
		canceledAt = System.nanoTime();
		assertTrue(r.canceled());
		assertFalse(r.passed());
		assertEquals(PASSED, r.stage(TestStage.CONNECT).outcome(), r.toString());
		assertEquals(SKIPPED, r.stage(TestStage.TOKEN).outcome());
		assertTrue(r.stage(TestStage.TOKEN).message().startsWith("Canceled"), r.toString());
		assertTrue(progress.stages.stream().anyMatch(s -> s.startsWith("Requesting an access token")),
				progress.stages.toString());
		assertTrue(System.nanoTime() - canceledAt < TimeUnit.SECONDS.toNanos(1));
	}

	@Test
	void cancelIsNoticedWithinASecond() throws Exception {
		server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
		Map<String, String> o = Fixtures.oauth(server, "POST", 0);
		o.put("WSTimeout", "0");
		Fixtures.Switch progress = new Fixtures.Switch();
		ConnectionTest test = factory.connectionTest(Fixtures.dsn(o), Fixtures.clientSecret(), ConnectionTest.NO_MODEL);
		long[] flipped = new long[1];
		new Thread(() -> {
			try {
				server.takeRequest(5, TimeUnit.SECONDS);
				Thread.sleep(300);
			} catch (InterruptedException e) {
				return;
			}
			flipped[0] = System.nanoTime();
			progress.canceled = true;
		}).start();
		test.run(progress);
		long ms = (System.nanoTime() - flipped[0]) / 1_000_000;
		assertTrue(ms < 1000, "returned " + ms + " ms after cancel");
	}

	@Test
	void anUnreadableModelFileFailsTheDataStage() {
		server.enqueue(Fixtures.token(Fixtures.TOKEN, 3600));
		ConnectionTestResult r = run(Fixtures.oauth(server, "POST", 0), dsn -> {
			throw new IllegalStateException("line 3: unexpected '}'");
		});
		assertEquals(PASSED, r.stage(TestStage.TOKEN).outcome(), r.toString());
		assertEquals(FAILED, r.stage(TestStage.DATA).outcome());
		assertEquals(List.of("RestConfigFile"), r.stage(TestStage.DATA).options());
		assertTrue(r.stage(TestStage.DATA).message().contains("line 3"), r.stage(TestStage.DATA).message());
	}

	@Test
	void aConnectionTestRunsOnce() {
		server.enqueue(Fixtures.token(Fixtures.TOKEN, 3600));
		ConnectionTest test = factory.connectionTest(Fixtures.dsn(Fixtures.oauth(server, "POST", 0)),
				Fixtures.clientSecret(), ConnectionTest.NO_MODEL);
		test.run(Progress.NONE);
		assertThrows(IllegalStateException.class, () -> test.run(Progress.NONE));
	}
}
