package io.restdsn.http;

import static io.restdsn.http.Fixtures.SECRET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import io.restdsn.http.ConnectionProblem.Kind;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;

/** Token endpoint failures: each maps to the option to change, with the server's words and no secret. */
@Timeout(20)
class TokenErrorTest extends LocalServerTest {

	private ConnectionProblem fail(Map<String, String> options, MockResponse response) {
		if (response != null) {
			server.enqueue(response);
		}
		ConnectionException e = assertThrows(ConnectionException.class,
				() -> factory.tokenOperation(Fixtures.dsn(options), Fixtures.clientSecret()).run(Progress.NONE));
		ConnectionProblem p = e.problem();
		Fixtures.assertNoSecret(p);
		Fixtures.assertNoSecret(e.getMessage(), SECRET, Fixtures.TOKEN);
		for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
			Fixtures.assertNoSecret(String.valueOf(t.getMessage()), SECRET);
		}
		return p;
	}

	private ConnectionProblem fail(int mode, String method, MockResponse response) {
		return fail(Fixtures.oauth(server, method, mode), response);
	}

	@Test
	void invalidClientNamesIdSecretAndMode() {
		ConnectionProblem p = fail(0, "POST", Fixtures.json(401,
				"{\"error\":\"invalid_client\",\"error_description\":\"Client authentication failed\"}"));
		assertEquals(Kind.INVALID_CLIENT, p.kind());
		assertEquals(List.of("ClientID", "ClientSecret", "ClientCredentialsMode"), p.options());
		assertEquals("invalid_client", p.serverError().orElseThrow());
		assertEquals("Client authentication failed", p.serverDescription().orElseThrow());
		assertEquals(401, p.httpStatus().getAsInt());
		assertTrue(p.message().contains(Redactor.mask(SECRET)), p.message());
		// reserved characters + Basic: explain the other encoding
		assertTrue(p.message().contains("unencoded"), p.message());
		assertTrue(p.message().contains("ClientCredentialsMode=3"), p.message());
		assertTrue(p.transcript().contains("Authorization: Basic " + "••••"), p.transcript());
		assertTrue(p.transcript().contains("< HTTP/1.1 401"), p.transcript());
	}

	@Test
	void invalidClientWithoutReservedCharactersDoesNotBlameEncoding() {
		Map<String, String> o = Fixtures.oauth(server, "POST", 1);
		o.put("ClientID", "plainid");
		server.enqueue(Fixtures.json(400, "{\"error\":\"invalid_client\"}"));
		ConnectionException e = assertThrows(ConnectionException.class, () -> factory
				.tokenOperation(Fixtures.dsn(o), Fixtures.secrets("ClientSecret", "plainsecret")).run(Progress.NONE));
		assertEquals(Kind.INVALID_CLIENT, e.problem().kind());
		assertFalse(e.problem().message().contains("unencoded"), e.problem().message());
	}

	@Test
	void invalidClientInPostBodyModeSuggestsBasic() {
		ConnectionProblem p = fail(3, "POST", Fixtures.json(401, "{\"error\":\"invalid_client\"}"));
		assertEquals(Kind.INVALID_CLIENT, p.kind());
		assertTrue(p.message().contains("ClientCredentialsMode=0"), p.message());
	}

	@Test
	void bare401IsInvalidClient() {
		ConnectionProblem p = fail(0, "POST", new MockResponse.Builder().code(401).build());
		assertEquals(Kind.INVALID_CLIENT, p.kind());
		assertTrue(p.options().contains("ClientSecret"));
	}

	@Test
	void invalidScopeNamesScope() {
		Map<String, String> o = Fixtures.oauth(server, "POST", 0);
		o.put("Scope", "read admin");
		ConnectionProblem p = fail(o, Fixtures.json(400,
				"{\"error\":\"invalid_scope\",\"error_description\":\"admin is not allowed\"}"));
		assertEquals(Kind.INVALID_SCOPE, p.kind());
		assertEquals(List.of("Scope"), p.options());
		assertTrue(p.message().contains("'read admin'"), p.message());
		assertEquals("admin is not allowed", p.serverDescription().orElseThrow());
	}

	@Test
	void invalidRequestNamesClientIdWhenItIsNotPrintableAscii() {
		Map<String, String> o = Fixtures.oauth(server, "POST", 3);
		o.put("ClientID", "client-ü");
		ConnectionProblem p = fail(o, Fixtures.json(400, "{\"error\":\"invalid_request\"}"));
		assertEquals(Kind.INVALID_REQUEST, p.kind());
		assertEquals("ClientID", p.options().get(0));
		assertTrue(p.message().contains("outside printable ASCII"), p.message());

		o.put("ClientID", "plain id:+%&=");
		p = fail(o, Fixtures.json(400, "{\"error\":\"invalid_request\"}"));
		assertFalse(p.options().contains("ClientID"), "reserved ASCII characters are allowed: " + p.options());
	}

	@Test
	void unsupportedGrantTypeWithGetSuggestsPost() {
		ConnectionProblem p = fail(0, null, Fixtures.json(400, "{\"error\":\"unsupported_grant_type\"}"));
		assertEquals(Kind.UNSUPPORTED_GRANT_TYPE, p.kind());
		assertEquals(List.of("TokenURI"), p.options());
		assertTrue(p.message().contains("'POST " + server.url("/token") + "'"), p.message());
	}

	@Test
	void methodNotAllowedSuggestsPost() {
		ConnectionProblem p = fail(0, "GET",
				new MockResponse.Builder().code(405).addHeader("Allow", "POST").build());
		assertEquals(Kind.METHOD_NOT_ALLOWED, p.kind());
		assertEquals(List.of("TokenURI"), p.options());
		assertTrue(p.message().contains("POST"), p.message());
		assertEquals(405, p.httpStatus().getAsInt());
	}

	@Test
	void redirectToLoginPageIsNotFollowed() throws Exception {
		try (MockWebServer login = new MockWebServer()) {
			login.start();
			ConnectionProblem p = fail(0, "POST", new MockResponse.Builder().code(302)
					.addHeader("Location", login.url("/login?next=/token")).build());
			assertEquals(Kind.REDIRECT, p.kind());
			assertEquals(List.of("TokenURI"), p.options());
			assertTrue(p.message().contains("sign-in page"), p.message());
			assertEquals(0, login.getRequestCount(), "credentials must not follow a redirect");
		}
	}

	@Test
	void notFoundNamesThePath() {
		ConnectionProblem p = fail(0, "POST", new MockResponse.Builder().code(404).body("no such thing").build());
		assertEquals(Kind.NOT_FOUND, p.kind());
		assertEquals(List.of("TokenURI"), p.options());
	}

	@Test
	void htmlPageInsteadOfToken() {
		ConnectionProblem p = fail(0, "POST", new MockResponse.Builder().code(200)
				.addHeader("Content-Type", "text/html; charset=utf-8")
				.body("<html><head><title>Sign in to Example</title></head><body>…</body></html>").build());
		assertEquals(Kind.HTML_RESPONSE, p.kind());
		assertTrue(p.message().contains("Sign in to Example"), p.message());
		assertEquals(List.of("TokenURI"), p.options());
	}

	@Test
	void emptyBody() {
		ConnectionProblem p = fail(0, "POST", new MockResponse.Builder().code(200).build());
		assertEquals(Kind.EMPTY_RESPONSE, p.kind());
		assertEquals(List.of("TokenURI"), p.options());
		assertTrue(p.transcript().contains("(empty body)"), p.transcript());
	}

	@Test
	void missingAccessTokenShowsWhatCameBackMasked() {
		// a provider that names the token differently and echoes the secret back
		ConnectionProblem p = fail(0, "POST", Fixtures.json(200, "{\"token\":\"" + Fixtures.TOKEN
				+ "\",\"client_secret\":\"" + SECRET.replace("\"", "") + "\",\"expires\":3600}"));
		assertEquals(Kind.MALFORMED_RESPONSE, p.kind());
		assertTrue(p.message().contains("without an access_token"), p.message());
		assertTrue(p.message().contains("[token, client_secret, expires]"), p.message());
		assertTrue(p.transcript().contains("\"token\":\"••••"), p.transcript());
	}

	@Test
	void nonJsonTextShowsTheBodyRedacted() {
		ConnectionProblem p = fail(0, "POST", new MockResponse.Builder().code(200).addHeader("Content-Type", "text/plain")
				.body("hello, your secret is " + SECRET).build());
		assertEquals(Kind.MALFORMED_RESPONSE, p.kind());
		assertTrue(p.message().contains("hello, your secret is ••••"), p.message());
	}

	@Test
	void serverError() {
		ConnectionProblem p = fail(0, "POST", new MockResponse.Builder().code(503).body("busy").build());
		assertEquals(Kind.SERVER_ERROR, p.kind());
		assertEquals(503, p.httpStatus().getAsInt());
	}

	@Test
	void unknownHostNamesTokenUri() {
		Map<String, String> o = Fixtures.oauth(server, "POST", 0);
		o.put("TokenURI", "POST http://no-such-host.invalid/token");
		ConnectionProblem p = fail(o, null);
		assertEquals(Kind.UNKNOWN_HOST, p.kind());
		assertEquals("TokenURI", p.options().get(0));
		assertTrue(p.message().contains("no-such-host.invalid"), p.message());
	}

	@Test
	void connectionRefused() throws Exception {
		int port;
		try (ServerSocket s = new ServerSocket(0)) {
			port = s.getLocalPort();
		}
		Map<String, String> o = Fixtures.oauth(server, "POST", 0);
		o.put("TokenURI", "POST http://127.0.0.1:" + port + "/token");
		ConnectionProblem p = fail(o, null);
		assertEquals(Kind.CONNECTION_REFUSED, p.kind());
		assertEquals(List.of("TokenURI"), p.options());
		assertTrue(p.message().contains("127.0.0.1:" + port), p.message());
	}

	@Test
	void readTimeoutNamesWsTimeout() {
		Map<String, String> o = Fixtures.oauth(server, "POST", 0);
		o.put("WSTimeout", "1");
		long t = System.nanoTime();
		ConnectionProblem p = fail(o, new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
		assertEquals(Kind.TIMEOUT, p.kind());
		assertEquals("WSTimeout", p.options().get(0));
		assertTrue((System.nanoTime() - t) / 1_000_000 < 5000);
	}

	@Test
	void loginTimeoutBoundsTheWholeTokenRequest() {
		Map<String, String> o = Fixtures.oauth(server, "POST", 0);
		o.put("WSTimeout", "0");
		o.put("LoginTimeout", "1");
		ConnectionProblem p = fail(o, new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
		assertEquals(Kind.TIMEOUT, p.kind());
		assertEquals("LoginTimeout", p.options().get(0));
	}

	@Test
	void malformedTokenUri() {
		Map<String, String> o = Fixtures.oauth(server, "POST", 0);
		o.put("TokenURI", "login.example.com/token");
		ConnectionProblem p = fail(o, null);
		assertEquals(Kind.CONFIGURATION, p.kind());
		assertEquals(List.of("TokenURI"), p.options());
	}
}
