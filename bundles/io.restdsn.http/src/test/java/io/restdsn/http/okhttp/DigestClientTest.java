package io.restdsn.http.okhttp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.restdsn.http.ConnectionException;
import io.restdsn.http.ConnectionProblem;
import io.restdsn.http.ConnectionProblem.Kind;
import io.restdsn.http.ConnectionTest;
import io.restdsn.http.ConnectionTestResult;
import io.restdsn.http.Fixtures;
import io.restdsn.http.Progress;
import io.restdsn.http.RestClientFactory;
import io.restdsn.http.StageOutcome;
import io.restdsn.http.TestStage;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** AuthenticationMethod=30 end to end: the engine's client and the connection test against a Digest server. */
@Timeout(20)
class DigestClientTest {

	private static final String USER = "Mufasa";
	private static final String PASSWORD = "Circle Of Life – ü";

	private final OkHttpClient shared = new OkHttpClient();
	private MockWebServer server;
	private DigestServer api;
	private RestClientFactory factory;

	@BeforeEach
	void start() throws Exception {
		server = new MockWebServer();
		api = new DigestServer(USER, PASSWORD);
		server.setDispatcher(api);
		server.start();
		factory = OkHttpRestClients.factory(shared, new ObjectMapper());
	}

	@AfterEach
	void stop() {
		factory.close();
		server.close();
		assertEquals(List.of(), api.failures);
	}

	private Map<String, String> options() {
		Map<String, String> o = new LinkedHashMap<>();
		o.put("AuthenticationMethod", "30");
		o.put("User", USER);
		o.put("HostName", server.url("/").toString());
		return o;
	}

	private OkHttpRestClient client(String password) throws ConnectionException {
		return OkHttpRestClients.forDsn(factory, Fixtures.dsn(options()), Fixtures.secrets("Password", password));
	}

	private static Map<String, String> auth(RecordedRequest r) {
		String a = r.getHeaders().get("Authorization");
		return a == null ? null : DigestServer.params(a);
	}

	@Test
	void answersTheChallengeThenReusesTheNonceWithTheNextCount() throws Exception {
		OkHttpRestClient c = client(PASSWORD);
		assertEquals(200, c.get("/v1/items?a=1&b=x%20y", Progress.NONE).status());
		assertEquals(2, api.seen.size());
		assertNull(api.seen.get(0).getHeaders().get("Authorization"));
		Map<String, String> first = auth(api.seen.get(1));
		assertEquals("/v1/items?a=1&b=x%20y", first.get("uri"));
		assertEquals("00000001", first.get("nc"));
		assertEquals("auth", first.get("qop"));
		assertEquals("MD5", first.get("algorithm"));
		assertEquals("opaque-1", first.get("opaque"));
		assertTrue(first.get("cnonce").length() >= 16, first.toString());

		assertEquals(200, c.get("/v1/other", Progress.NONE).status());
		assertEquals(3, api.seen.size(), "no second 401 round trip");
		Map<String, String> second = auth(api.seen.get(2));
		assertEquals("00000002", second.get("nc"));
		assertEquals("/v1/other", second.get("uri"));
	}

	@Test
	void aStaleNonceIsReplacedWithoutGivingUp() throws Exception {
		api.algorithm = "SHA-256";
		OkHttpRestClient c = client(PASSWORD);
		assertEquals(200, c.get("/a", Progress.NONE).status());
		api.staleNonces.add(api.nonce);
		api.nonce = "nonce-2";
		assertEquals(200, c.get("/b", Progress.NONE).status());
		assertEquals(4, api.seen.size());
		assertEquals("nonce-1", auth(api.seen.get(2)).get("nonce"));
		Map<String, String> renewed = auth(api.seen.get(3));
		assertEquals("nonce-2", renewed.get("nonce"));
		assertEquals("00000001", renewed.get("nc"));
		assertEquals("SHA-256", renewed.get("algorithm"));
	}

	@Test
	void aWrongPasswordIsTriedOnceAndReportedNamingUserAndPassword() throws Exception {
		OkHttpRestClient c = client("not the password");
		ConnectionException e = assertThrows(ConnectionException.class, () -> c.get("/v1/items", Progress.NONE));
		ConnectionProblem p = e.problem();
		assertEquals(Kind.UNAUTHORIZED, p.kind());
		assertEquals(List.of("User", "Password"), p.options());
		assertTrue(p.message().contains("refused the user name or password"), p.message());
		assertEquals(2, api.seen.size(), "one unauthenticated request, one answer, no loop");
		assertFalse(p.message().contains("not the password") || p.transcript().contains("not the password"));
		assertTrue(p.transcript().contains("Authorization: Digest ••••"), p.transcript());
	}

	@Test
	void aServerThatWantsBasicIsNamed() throws Exception {
		server.setDispatcher(new mockwebserver3.Dispatcher() {
			@Override
			public MockResponse dispatch(RecordedRequest r) {
				api.seen.add(r);
				return new MockResponse.Builder().code(401).addHeader("WWW-Authenticate", "Basic realm=\"api\"")
						.build();
			}
		});
		ConnectionException e = assertThrows(ConnectionException.class,
				() -> client(PASSWORD).get("/v1/items", Progress.NONE));
		assertTrue(e.problem().message().contains("asks for Basic authentication"), e.problem().message());
		assertTrue(e.problem().message().contains("AuthenticationMethod=0"), e.problem().message());
		assertEquals(List.of("AuthenticationMethod"), e.problem().options());
		assertEquals(1, api.seen.size());
	}

	@Test
	void authIntHashesTheBodyOfAPost() throws Exception {
		api.qop = "auth-int";
		OkHttpClient c = client(PASSWORD).authorizedClient();
		Request post = new Request.Builder().url(server.url("/v1/search"))
				.post(RequestBody.create("{\"q\":\"x\"}", MediaType.get("application/json"))).build();
		try (Response r = c.newCall(post).execute()) {
			assertEquals(200, r.code());
		}
		assertEquals("auth-int", auth(api.seen.get(1)).get("qop"));
	}

	@Test
	void noDigestAnswerTravelsToAnotherHost() throws Exception {
		try (MockWebServer other = new MockWebServer()) {
			DigestServer otherApi = new DigestServer(USER, PASSWORD);
			other.setDispatcher(otherApi);
			other.start();
			api.redirectTo = other.url("/landing").toString();
			ConnectionException e = assertThrows(ConnectionException.class,
					() -> client(PASSWORD).get("/v1/items", Progress.NONE));
			assertEquals(1, otherApi.seen.size(), "the other host's challenge is not answered");
			assertNull(otherApi.seen.get(0).getHeaders().get("Authorization"));
			assertTrue(e.problem().message().contains("after a redirect"), e.problem().message());
		}
	}

	@Test
	void theConnectionTestPassesWithoutATokenStage() {
		Map<String, String> o = options();
		o.put("HealthURI", "/health");
		ConnectionTestResult r = factory.connectionTest(Fixtures.dsn(o), Fixtures.secrets("Password", PASSWORD),
				ConnectionTest.NO_MODEL).run(Progress.NONE);
		assertTrue(r.passed(), r.toString());
		assertEquals(StageOutcome.SKIPPED, r.stage(TestStage.TOKEN).outcome());
		String t = r.stage(TestStage.DATA).transcript();
		assertTrue(t.contains("< HTTP/1.1 401"), t);
		assertTrue(t.contains("Authorization: Digest ••••"), t);
		assertFalse(r.toJson().contains(PASSWORD), r.toJson());
	}

	@Test
	void theConnectionTestNamesUserAndPasswordForAWrongPassword() {
		Map<String, String> o = options();
		o.put("HealthURI", "/health");
		ConnectionTestResult r = factory.connectionTest(Fixtures.dsn(o), Fixtures.secrets("Password", "wrong!"),
				ConnectionTest.NO_MODEL).run(Progress.NONE);
		assertFalse(r.passed());
		assertEquals(StageOutcome.FAILED, r.stage(TestStage.DATA).outcome());
		assertEquals(List.of("User", "Password"), r.stage(TestStage.DATA).options());
		assertTrue(r.stage(TestStage.DATA).message().contains("Check User and Password"),
				r.stage(TestStage.DATA).message());
		assertFalse(r.toJson().contains("wrong!"));
	}

	@Test
	void missingUserOrPasswordIsAConfigurationError() {
		Map<String, String> o = options();
		o.remove("User");
		ConnectionException e = assertThrows(ConnectionException.class,
				() -> OkHttpRestClients.forDsn(factory, Fixtures.dsn(o), Fixtures.secrets("Password", PASSWORD)));
		assertEquals(List.of("User"), e.problem().options());
		e = assertThrows(ConnectionException.class,
				() -> OkHttpRestClients.forDsn(factory, Fixtures.dsn(options()), Fixtures.secrets()));
		assertEquals(Kind.CONFIGURATION, e.problem().kind());
		assertEquals(List.of("Password"), e.problem().options());
	}
}
