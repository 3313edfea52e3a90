package io.restdsn.http;

import static io.restdsn.http.Fixtures.ID;
import static io.restdsn.http.Fixtures.SECRET;
import static io.restdsn.http.Fixtures.SECURITY_TOKEN;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import mockwebserver3.RecordedRequest;

/** The token request on the wire: every ClientCredentialsMode × method × scope, custom header, reserved characters. */
@Timeout(20)
class TokenRequestTest extends LocalServerTest {

	static Stream<Arguments> modesAndMethods() {
		return Stream.of(0, 1, 2, 3).flatMap(mode -> Stream.of("GET", "POST", null)
				.flatMap(method -> Stream.of("read write", null).map(scope -> Arguments.of(mode, method, scope))));
	}

	@ParameterizedTest(name = "mode {0}, method {1}, scope {2}")
	@MethodSource("modesAndMethods")
	void sendsTheGrantAsTheModeAndMethodSay(int mode, String method, String scope) throws Exception {
		Map<String, String> o = Fixtures.oauth(server, method, mode);
		if (scope != null) {
			o.put("Scope", scope);
		}
		boolean post = "POST".equals(method);
		if (mode == 3 && !post) {
			ConnectionException e = assertThrows(ConnectionException.class,
					() -> factory.tokenOperation(Fixtures.dsn(o), Fixtures.clientSecret()).run(Progress.NONE));
			assertEquals(ConnectionProblem.Kind.CONFIGURATION, e.problem().kind());
			assertTrue(e.problem().options().contains("TokenURI"), e.getMessage());
			assertTrue(e.getMessage().contains("POST "), e.getMessage());
			assertEquals(0, server.getRequestCount(), "nothing is sent for a configuration error");
			return;
		}
		server.enqueue(Fixtures.token(Fixtures.TOKEN, 3600));

		TokenInfo info = factory.tokenOperation(Fixtures.dsn(o), Fixtures.clientSecret()).run(Progress.NONE);

		RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
		assertEquals(post ? "POST" : "GET", r.getMethod());
		assertEquals("/token", r.getUrl().encodedPath());
		assertEquals("application/json", r.getHeaders().get("Accept"));
		Map<String, String> form = Fixtures.form(r);
		if (post) {
			assertEquals("client_credentials", form.get("grant_type"));
			assertEquals(scope, form.get("scope"));
			assertNull(r.getUrl().queryParameter("grant_type"));
			assertTrue(r.getHeaders().get("Content-Type").startsWith("application/x-www-form-urlencoded"));
		} else {
			assertEquals("client_credentials", r.getUrl().queryParameter("grant_type"));
			assertEquals(scope, r.getUrl().queryParameter("scope"));
			assertEquals(0, r.getBodySize());
		}
		switch (mode) {
		case 0, 1 -> {
			assertArrayEquals(new String[] { ID, SECRET }, Fixtures.decodeBasic(r.getHeaders().get("Authorization")));
			assertNull(r.getUrl().queryParameter("client_secret"));
			assertNull(form.get("client_secret"));
		}
		case 2 -> {
			assertEquals(ID, r.getUrl().queryParameter("client_id"));
			assertEquals(SECRET, r.getUrl().queryParameter("client_secret"));
			assertNull(r.getHeaders().get("Authorization"));
			assertNull(form.get("client_secret"));
		}
		case 3 -> {
			assertEquals(ID, form.get("client_id"));
			assertEquals(SECRET, form.get("client_secret"));
			assertNull(r.getHeaders().get("Authorization"));
			assertNull(r.getUrl().queryParameter("client_secret"));
		}
		default -> throw new AssertionError(mode);
		}
		assertEquals("Bearer", info.tokenType());
		assertEquals(Redactor.mask(Fixtures.TOKEN), info.maskedToken());
		assertEquals(scope, info.grantedScope().orElse(null));
		Fixtures.assertNoSecret(info.transcript(), SECRET, Fixtures.TOKEN);
		Fixtures.assertNoSecret(info.toJson(), SECRET, Fixtures.TOKEN);
		Fixtures.assertNoSecret(info.toString(), SECRET, Fixtures.TOKEN);
	}

	@Test
	void basicHeaderFormEncodesBeforeBase64() throws Exception {
		server.enqueue(Fixtures.token(Fixtures.TOKEN, 3600));
		factory.tokenOperation(Fixtures.dsn(Fixtures.oauth(server, "POST", 1)), Fixtures.clientSecret())
				.run(Progress.NONE);
		RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
		// exact bytes, not just round-trip: ':' in the id must not end the id
		assertEquals(Fixtures.basic(ID, SECRET), r.getHeaders().get("Authorization"));
		assertTrue(Fixtures.decodeBasic(r.getHeaders().get("Authorization"))[0].contains(":"));
	}

	@ParameterizedTest(name = "mode {0}")
	@MethodSource("allModes")
	void customHeaderGoesWithTheTokenRequest(int mode) throws Exception {
		Map<String, String> o = Fixtures.oauth(server, "POST", mode);
		o.put("AuthHeader", "X-Tenant-Key");
		server.enqueue(Fixtures.token(Fixtures.TOKEN, 3600));
		TokenInfo info = factory.tokenOperation(Fixtures.dsn(o), Fixtures.clientSecret()).run(Progress.NONE);
		RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
		assertEquals(SECURITY_TOKEN, r.getHeaders().get("X-Tenant-Key"));
		assertTrue(info.transcript().contains("X-Tenant-Key: " + Redactor.mask(SECURITY_TOKEN)), info.transcript());
		Fixtures.assertNoSecret(info.transcript(), SECURITY_TOKEN);
	}

	static Stream<Integer> allModes() {
		return Stream.of(0, 1, 2, 3);
	}

	@Test
	void secretsMayComeFromTheDsnItself() throws Exception {
		Map<String, String> o = Fixtures.oauth(server, "POST", 3);
		o.put("ClientSecret", "imported-secret");
		server.enqueue(Fixtures.token(Fixtures.TOKEN, 3600));
		factory.tokenOperation(Fixtures.dsn(o), Fixtures.clientSecret()).run(Progress.NONE);
		assertEquals("imported-secret", Fixtures.form(server.takeRequest(5, TimeUnit.SECONDS)).get("client_secret"));
	}

	@Test
	void legacyMethod24WithClientOptionsIsClientCredentials() throws Exception {
		Map<String, String> o = Fixtures.oauth(server, "POST", 0);
		o.put("AuthenticationMethod", "OAuth2");
		o.put("o2tu", o.remove("TokenURI"));
		server.enqueue(Fixtures.token(Fixtures.TOKEN, 3600));
		factory.tokenOperation(Fixtures.dsn(o), Fixtures.clientSecret()).run(Progress.NONE);
		RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
		assertEquals("client_credentials", Fixtures.form(r).get("grant_type"));
	}

	@Test
	void missingSecretIsAConfigurationProblem() {
		ConnectionException e = assertThrows(ConnectionException.class, () -> factory
				.tokenOperation(Fixtures.dsn(Fixtures.oauth(server, "POST", 0)), SecretLookup.NONE).run(Progress.NONE));
		assertEquals(ConnectionProblem.Kind.CONFIGURATION, e.problem().kind());
		assertEquals(java.util.List.of("ClientSecret"), e.problem().options());
	}

	@Test
	void authHeaderWithoutSecurityTokenIsAConfigurationProblem() {
		Map<String, String> o = Fixtures.oauth(server, "POST", 0);
		o.put("AuthHeader", "X-Tenant-Key");
		ConnectionException e = assertThrows(ConnectionException.class,
				() -> factory.forDsn(Fixtures.dsn(o), Fixtures.secrets("ClientSecret", SECRET)));
		assertTrue(e.problem().options().contains("SecurityToken"), e.getMessage());
	}
}
