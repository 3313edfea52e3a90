package io.restdsn.http.okhttp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.restdsn.http.ConnectionException;
import io.restdsn.http.ConnectionProblem.Kind;
import io.restdsn.http.Fixtures;
import io.restdsn.http.Progress;
import io.restdsn.http.RestClientFactory;
import io.restdsn.http.RestResponse;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/** The OkHttp client the engine gets: bearer token use, sharing, renewal, redirect safety, cancel. */
@Timeout(20)
class AuthorizedClientTest {

	private final OkHttpClient shared = new OkHttpClient();
	private MockWebServer server;
	private TokenApi api;
	private RestClientFactory factory;

	@BeforeEach
	void start() throws Exception {
		server = new MockWebServer();
		api = new TokenApi();
		server.setDispatcher(api);
		server.start();
		factory = OkHttpRestClients.factory(shared, new ObjectMapper());
	}

	@AfterEach
	void stop() {
		factory.close();
		server.close();
	}

	private OkHttpRestClient client(Map<String, String> options) throws ConnectionException {
		return OkHttpRestClients.forDsn(factory, Fixtures.dsn(options), Fixtures.clientSecret());
	}

	private Map<String, String> oauth() {
		Map<String, String> o = Fixtures.oauth(server, "POST", 0);
		o.put("AuthHeader", "X-Tenant-Key");
		return o;
	}

	private static Response get(OkHttpClient c, okhttp3.HttpUrl url) throws IOException {
		return c.newCall(new Request.Builder().url(url).build()).execute();
	}

	@Test
	void dataRequestsCarryTheBearerTokenAndTheCustomHeader() throws Exception {
		try (Response r = get(client(oauth()).authorizedClient(), server.url("/v1/items"))) {
			assertEquals(200, r.code());
		}
		RecordedRequest data = api.lastByPath.get("/v1/items");
		assertEquals("Bearer tok-1", data.getHeaders().get("Authorization"));
		assertEquals(Fixtures.SECURITY_TOKEN, data.getHeaders().get("X-Tenant-Key"));
		RecordedRequest token = api.lastByPath.get("/token");
		assertEquals(Fixtures.SECURITY_TOKEN, token.getHeaders().get("X-Tenant-Key"));
	}

	@Test
	void theTokenIsReusedAcrossRequestsAndClientsOfTheSameDsn() throws Exception {
		OkHttpClient c = client(oauth()).authorizedClient();
		for (int i = 0; i < 3; i++) {
			get(c, server.url("/v1/items")).close();
		}
		get(client(oauth()).authorizedClient(), server.url("/v1/items")).close();
		assertEquals(1, api.tokenCalls.get());
		assertEquals(4, api.dataCalls.get());
	}

	@Test
	void changingTheDsnFetchesANewToken() throws Exception {
		get(client(oauth()).authorizedClient(), server.url("/v1/items")).close();
		Map<String, String> changed = oauth();
		changed.put("Scope", "other");
		get(client(changed).authorizedClient(), server.url("/v1/items")).close();
		assertEquals(2, api.tokenCalls.get());
	}

	@Test
	void concurrentRequestsShareOneTokenFetch() throws Exception {
		api.tokenDelayMillis = 400;
		OkHttpClient c = client(oauth()).authorizedClient();
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			CountDownLatch go = new CountDownLatch(1);
			List<Future<Integer>> results = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				results.add(pool.submit(() -> {
					go.await();
					try (Response r = get(c, server.url("/v1/items"))) {
						return r.code();
					}
				}));
			}
			go.countDown();
			for (Future<Integer> f : results) {
				assertEquals(200, f.get(10, TimeUnit.SECONDS));
			}
		} finally {
			pool.shutdownNow();
		}
		assertEquals(1, api.tokenCalls.get());
		assertEquals(8, api.dataCalls.get());
	}

	@Test
	void a401FetchesANewTokenOnceAndRepeatsTheRequest() throws Exception {
		api.data = r -> "Bearer tok-1".equals(r.getHeaders().get("Authorization"))
				? new MockResponse.Builder().code(401).build()
				: Fixtures.json(200, "[]");
		try (Response r = get(client(oauth()).authorizedClient(), server.url("/v1/items"))) {
			assertEquals(200, r.code());
		}
		assertEquals(2, api.tokenCalls.get());
		assertEquals(2, api.dataCalls.get());
		assertEquals("Bearer tok-2", api.lastByPath.get("/v1/items").getHeaders().get("Authorization"));
	}

	@Test
	void aSecond401IsReturnedNotRetriedForever() throws Exception {
		api.data = r -> new MockResponse.Builder().code(401).build();
		try (Response r = get(client(oauth()).authorizedClient(), server.url("/v1/items"))) {
			assertEquals(401, r.code());
		}
		assertEquals(2, api.tokenCalls.get());
		assertEquals(2, api.dataCalls.get());
	}

	@Test
	void restClientReportsTheSecond401WithTheOptionToFix() throws Exception {
		api.data = r -> new MockResponse.Builder().code(401).build();
		ConnectionException e = assertThrows(ConnectionException.class,
				() -> client(oauth()).get("/v1/items", Progress.NONE));
		assertEquals(Kind.UNAUTHORIZED, e.problem().kind());
		assertEquals("Scope", e.problem().options().get(0));
		Fixtures.assertNoSecret(e.problem());
		assertTrue(e.problem().transcript().contains("Authorization: Bearer ••••"), e.problem().transcript());
	}

	@Test
	void noCredentialsFollowARedirectToAnotherHost() throws Exception {
		try (MockWebServer other = new MockWebServer()) {
			other.start();
			other.enqueue(Fixtures.json(200, "[]"));
			okhttp3.HttpUrl elsewhere = other.url("/elsewhere").newBuilder().host("127.0.0.1").build();
			api.data = r -> new MockResponse.Builder().code(302).addHeader("Location", elsewhere).build();
			Map<String, String> o = oauth();
			try (Response r = get(client(o).authorizedClient(), server.url("/v1/items"))) {
				assertEquals(200, r.code());
				assertEquals(elsewhere, r.request().url());
			}
			RecordedRequest first = api.lastByPath.get("/v1/items");
			assertEquals("Bearer tok-1", first.getHeaders().get("Authorization"));
			RecordedRequest redirected = other.takeRequest(5, TimeUnit.SECONDS);
			assertNull(redirected.getHeaders().get("Authorization"));
			assertNull(redirected.getHeaders().get("X-Tenant-Key"));
		}
	}

	@Test
	void sameOriginRedirectsKeepTheCredentials() throws Exception {
		api.data = r -> r.getUrl().encodedPath().equals("/v1/items")
				? new MockResponse.Builder().code(302).addHeader("Location", "/v1/items2").build()
				: Fixtures.json(200, "[]");
		try (Response r = get(client(oauth()).authorizedClient(), server.url("/v1/items"))) {
			assertEquals(200, r.code());
		}
		RecordedRequest second = api.lastByPath.get("/v1/items2");
		assertEquals("Bearer tok-1", second.getHeaders().get("Authorization"));
		assertEquals(Fixtures.SECURITY_TOKEN, second.getHeaders().get("X-Tenant-Key"));
	}

	@Test
	void a401FromAnotherHostDoesNotRenewTheToken() throws Exception {
		try (MockWebServer other = new MockWebServer()) {
			other.start();
			other.enqueue(new MockResponse.Builder().code(401).build());
			api.data = r -> new MockResponse.Builder().code(302).addHeader("Location", other.url("/x")).build();
			try (Response r = get(client(oauth()).authorizedClient(), server.url("/v1/items"))) {
				assertEquals(401, r.code());
			}
			assertEquals(1, api.tokenCalls.get());
		}
	}

	@Test
	void urlParameterCredentialsStayOnTheirHost() throws Exception {
		try (MockWebServer other = new MockWebServer()) {
			other.start();
			other.enqueue(Fixtures.json(200, "[]"));
			api.data = r -> new MockResponse.Builder().code(307).addHeader("Location", other.url("/x")).build();
			Map<String, String> o = Map.of("AuthenticationMethod", "14", "AuthParam", "api_key");
			OkHttpClient c = OkHttpRestClients.forDsn(factory, Fixtures.dsn(o), Fixtures.clientSecret())
					.authorizedClient();
			get(c, server.url("/v1/items")).close();
			assertEquals(Fixtures.SECURITY_TOKEN, api.lastByPath.get("/v1/items").getUrl().queryParameter("api_key"));
			assertNull(other.takeRequest(5, TimeUnit.SECONDS).getUrl().queryParameter("api_key"));
		}
	}

	@Test
	void aTokenFailureSurfacesAsConnectionExceptionFromExecute() throws Exception {
		api.tokenResponse = Fixtures.json(401, "{\"error\":\"invalid_client\"}");
		OkHttpClient c = client(oauth()).authorizedClient();
		ConnectionException e = assertThrows(ConnectionException.class, () -> get(c, server.url("/v1/items")));
		assertEquals(Kind.INVALID_CLIENT, e.problem().kind());
		assertEquals(0, api.dataCalls.get(), "no data request without a token");
		Fixtures.assertNoSecret(e.problem());
	}

	@Test
	void cancelingTheCallStopsWaitingForASilentTokenEndpoint() throws Exception {
		api.tokenResponse = new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build();
		Map<String, String> o = oauth();
		o.put("WSTimeout", "0");
		Call call = client(o).authorizedClient().newCall(new Request.Builder().url(server.url("/v1/items")).build());
		new Thread(() -> {
			sleep(300);
			call.cancel();
		}).start();
		long t = System.nanoTime();
		IOException e = assertThrows(IOException.class, call::execute);
		long ms = (System.nanoTime() - t) / 1_000_000;
		assertTrue(ms < 1300, "took " + ms + " ms");
		assertTrue(call.isCanceled());
		assertTrue(String.valueOf(e.getMessage()).toLowerCase().contains("cancel"), e.toString());
	}

	@Test
	void restClientGetResolvesPathsAgainstHostName() throws Exception {
		RestResponse r = client(oauth()).get("v1/items?page=2", Progress.NONE);
		assertEquals(200, r.status());
		assertTrue(r.bodyText().contains("rows"));
		assertEquals("2", api.lastByPath.get("/v1/items").getUrl().queryParameter("page"));
	}

	@Test
	void restClientTokenDescribesTheCachedToken() throws Exception {
		OkHttpRestClient c = client(oauth());
		assertEquals("Bearer", c.token(Progress.NONE).tokenType());
		c.token(Progress.NONE);
		assertEquals(1, api.tokenCalls.get());
		c.invalidateToken();
		c.token(Progress.NONE);
		assertEquals(2, api.tokenCalls.get());
	}

	@Test
	void fixedCredentialMethods() throws Exception {
		record Case(Map<String, String> options, String header, String expected) {
		}
		String basic = "Basic " + java.util.Base64.getEncoder().encodeToString("bob:pw:1".getBytes());
		List<Case> cases = List.of(
				new Case(Map.of("AuthenticationMethod", "34"), "Authorization", "Bearer " + Fixtures.SECURITY_TOKEN),
				new Case(Map.of("AuthenticationMethod", "HttpHeader", "AuthHeader", "X-Api-Key"), "X-Api-Key",
						Fixtures.SECURITY_TOKEN),
				new Case(Map.of("AuthenticationMethod", "0", "User", "bob", "Password", "pw:1"), "Authorization", basic),
				new Case(Map.of("AuthenticationMethod", "50", "AccessToken", "at-1"), "Authorization", "Bearer at-1"),
				new Case(Map.of("AuthenticationMethod", "15"), "Authorization", null));
		for (Case c : cases) {
			OkHttpClient client = OkHttpRestClients.forDsn(factory, Fixtures.dsn(c.options()), Fixtures.clientSecret())
					.authorizedClient();
			get(client, server.url("/v1/items")).close();
			assertEquals(c.expected(), api.lastByPath.get("/v1/items").getHeaders().get(c.header()), c.toString());
		}
		assertEquals(0, api.tokenCalls.get());
	}

	@Test
	void unsupportedMethodIsRefusedNotSentWithoutCredentials() {
		ConnectionException e = assertThrows(ConnectionException.class,
				() -> client(Map.of("AuthenticationMethod", "55")));
		assertEquals(List.of("AuthenticationMethod"), e.problem().options());
		assertInstanceOf(ConnectionException.class, e);
	}

	private static void sleep(long ms) {
		try {
			Thread.sleep(ms);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
