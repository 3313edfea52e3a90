package io.restdsn.http.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.restdsn.http.Fixtures;
import io.restdsn.http.RestClientFactory;
import io.restdsn.http.okhttp.OkHttpRestClient;
import io.restdsn.http.okhttp.OkHttpRestClients;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/** Renewal on expiry through the authorized client, with the clock under the test's control. */
@Timeout(20)
class TokenExpiryTest {

	private final MutableClock clock = new MutableClock();
	private MockWebServer server;
	private RestClientFactory factory;
	private int tokens;
	private volatile String lastAuthorization;

	@BeforeEach
	void start() throws Exception {
		server = new MockWebServer();
		server.setDispatcher(new Dispatcher() {
			@Override
			public MockResponse dispatch(RecordedRequest r) {
				if (r.getUrl().encodedPath().equals("/token")) {
					synchronized (TokenExpiryTest.this) {
						tokens++;
						return Fixtures.token("tok-" + tokens, 300);
					}
				}
				lastAuthorization = r.getHeaders().get("Authorization");
				return Fixtures.json(200, "[]");
			}
		});
		server.start();
		factory = new DefaultRestClientFactory(HttpContext.over(new OkHttpClient(), new ObjectMapper(), clock));
	}

	@AfterEach
	void stop() {
		factory.close();
		server.close();
	}

	private void call(OkHttpClient c) throws Exception {
		c.newCall(new Request.Builder().url(server.url("/data")).build()).execute().close();
	}

	@Test
	void tokenIsReusedThenRenewedShortlyBeforeExpiry() throws Exception {
		Map<String, String> o = Fixtures.oauth(server, "POST", 0);
		OkHttpRestClient client = OkHttpRestClients.forDsn(factory, Fixtures.dsn(o), Fixtures.clientSecret());
		OkHttpClient c = client.authorizedClient();
		call(c);
		clock.advance(Duration.ofSeconds(269)); // 31 s left
		call(c);
		assertEquals("Bearer tok-1", lastAuthorization);
		assertEquals(1, tokens);
		clock.advance(Duration.ofSeconds(2)); // 29 s left: renew
		call(c);
		assertEquals("Bearer tok-2", lastAuthorization);
		assertEquals(2, tokens);
	}
}
