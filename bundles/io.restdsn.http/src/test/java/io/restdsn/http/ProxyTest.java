package io.restdsn.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/** ProxyHost/Port/User/Password, with a MockWebServer playing an HTTP proxy. */
@Timeout(20)
class ProxyTest {

	private MockWebServer proxy;
	private RestClientFactory factory;

	@BeforeEach
	void start() throws Exception {
		proxy = new MockWebServer();
		proxy.start();
		factory = RestClientFactory.create();
	}

	@AfterEach
	void stop() {
		factory.close();
		proxy.close();
	}

	private Map<String, String> dsn() {
		Map<String, String> o = Fixtures.oauth(proxy, "POST", 3);
		o.put("TokenURI", "POST http://token.example/oauth/token");
		o.put("ProxyHost", proxy.getHostName());
		o.put("ProxyPort", Integer.toString(proxy.getPort()));
		o.put("ProxyUser", "proxy-user");
		return o;
	}

	private SecretLookup secrets() {
		return Fixtures.secrets("ClientSecret", Fixtures.SECRET, "ProxyPassword", "proxy-pass");
	}

	@Test
	void requestsGoThroughTheProxyWithItsCredentials() throws Exception {
		proxy.enqueue(new MockResponse.Builder().code(407).addHeader("Proxy-Authenticate", "Basic realm=\"p\"").build());
		proxy.enqueue(Fixtures.token(Fixtures.TOKEN, 60));
		factory.tokenOperation(Fixtures.dsn(dsn()), secrets()).run(Progress.NONE);
		RecordedRequest first = proxy.takeRequest(5, TimeUnit.SECONDS);
		assertEquals("token.example", first.getUrl().host());
		assertNull(first.getHeaders().get("Proxy-Authorization"));
		RecordedRequest second = proxy.takeRequest(5, TimeUnit.SECONDS);
		assertEquals(okhttp3.Credentials.basic("proxy-user", "proxy-pass"), second.getHeaders().get("Proxy-Authorization"));
	}

	@Test
	void refusedProxyCredentialsNameProxyUserAndPassword() {
		proxy.enqueue(new MockResponse.Builder().code(407).addHeader("Proxy-Authenticate", "Basic realm=\"p\"").build());
		proxy.enqueue(new MockResponse.Builder().code(407).addHeader("Proxy-Authenticate", "Basic realm=\"p\"").build());
		ConnectionException e = assertThrows(ConnectionException.class,
				() -> factory.tokenOperation(Fixtures.dsn(dsn()), secrets()).run(Progress.NONE));
		assertEquals(ConnectionProblem.Kind.PROXY, e.problem().kind());
		assertEquals(java.util.List.of("ProxyUser", "ProxyPassword"), e.problem().options());
		Fixtures.assertNoSecret(e.problem().transcript(), "proxy-pass");
		Fixtures.assertNoSecret(e.problem());
	}
}
