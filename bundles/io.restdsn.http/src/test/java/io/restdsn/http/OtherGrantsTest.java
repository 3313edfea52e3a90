package io.restdsn.http;

import static io.restdsn.http.Fixtures.ID;
import static io.restdsn.http.Fixtures.SECRET;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import io.restdsn.http.ConnectionProblem.Kind;
import io.restdsn.http.okhttp.OkHttpRestClients;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The resource owner password grant (AuthenticationMethod 52, RFC 6749 §4.3) and the refresh token grant (54, §6):
 * the request on the wire, public clients without a secret, the errors that name what to change, refresh token
 * rotation, and the tokens used on data requests. Secrets (password, refresh tokens) never reach a transcript.
 */
@Timeout(20)
class OtherGrantsTest extends LocalServerTest {

	private static final String USER = "ana.lopez@example.com";
	private static final String PASSWORD = "pä ss:w+rd&=%";
	private static final String REFRESH = "rt-0001-Zq8xK2mP9vLw";

	private Map<String, String> password(int mode) {
		Map<String, String> o = Fixtures.oauth(server, "POST", mode);
		o.put("AuthenticationMethod", "52");
		o.put("User", USER);
		return o;
	}

	private Map<String, String> refresh(String method, int mode) {
		Map<String, String> o = Fixtures.oauth(server, method, mode);
		o.put("AuthenticationMethod", "54");
		return o;
	}

	private TokenInfo token(Map<String, String> o, SecretLookup secrets) throws ConnectionException {
		return factory.tokenOperation(Fixtures.dsn(o), secrets).run(Progress.NONE);
	}

	private ConnectionProblem fails(Map<String, String> o, SecretLookup secrets) {
		return assertThrows(ConnectionException.class, () -> token(o, secrets)).problem();
	}

	@Test
	void thePasswordGrantSendsUserAndPasswordWithTheClientsCredentials() throws Exception {
		server.enqueue(Fixtures.token(Fixtures.TOKEN, 3600));
		TokenInfo info = token(password(1), Fixtures.secrets("ClientSecret", SECRET, "Password", PASSWORD));

		RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
		Map<String, String> form = Fixtures.form(r);
		assertEquals("POST", r.getMethod());
		assertEquals("password", form.get("grant_type"));
		assertEquals(USER, form.get("username"));
		assertEquals(PASSWORD, form.get("password"));
		assertArrayEquals(new String[] { ID, SECRET }, Fixtures.decodeBasic(r.getHeaders().get("Authorization")));
		assertNull(form.get("client_secret"));
		assertEquals("Bearer", info.tokenType());
		Fixtures.assertNoSecret(info.transcript(), SECRET, PASSWORD, Fixtures.TOKEN);
		Fixtures.assertNoSecret(info.toJson(), SECRET, PASSWORD, Fixtures.TOKEN);
	}

	@Test
	void aPublicClientWithoutASecretNamesItselfWithClientIdOnly() throws Exception {
		server.enqueue(Fixtures.token(Fixtures.TOKEN, 3600));
		token(password(0), Fixtures.secrets("Password", PASSWORD));

		RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
		Map<String, String> form = Fixtures.form(r);
		assertNull(r.getHeaders().get("Authorization"), "no Basic header without a secret");
		assertEquals(ID, form.get("client_id"));
		assertNull(form.get("client_secret"));
		assertEquals(USER, form.get("username"));
	}

	@Test
	void thePasswordGrantRefusesGetAndNamesWhatIsMissing() {
		Map<String, String> get = password(1);
		get.put("TokenURI", server.url("/token").toString());
		ConnectionProblem p = fails(get, Fixtures.secrets("Password", PASSWORD));
		assertEquals(Kind.CONFIGURATION, p.kind());
		assertEquals(List.of("TokenURI"), p.options());
		assertTrue(p.message().contains("'POST " + server.url("/token") + "'"), p.message());

		Map<String, String> noUser = password(1);
		noUser.remove("User");
		assertEquals(List.of("User"), fails(noUser, Fixtures.secrets("Password", PASSWORD)).options());
		assertEquals(List.of("Password"), fails(password(1), Fixtures.secrets("ClientSecret", SECRET)).options());
		assertEquals(0, server.getRequestCount(), "nothing is sent for a configuration error");
	}

	@Test
	void wrongUserCredentialsNameUserAndPasswordWithoutShowingIt() {
		server.enqueue(Fixtures.json(400, "{\"error\":\"invalid_grant\",\"error_description\":\"Bad credentials\"}"));
		ConnectionProblem p = fails(password(3), Fixtures.secrets("ClientSecret", SECRET, "Password", PASSWORD));
		assertEquals(List.of("User", "Password"), p.options());
		assertTrue(p.message().contains("'" + USER + "'"), p.message());
		assertTrue(p.message().contains(Redactor.mask(PASSWORD)), p.message());
		assertEquals("Bad credentials", p.serverDescription().orElseThrow());
		Fixtures.assertNoSecret(p.message(), SECRET, PASSWORD);
		Fixtures.assertNoSecret(p.transcript(), SECRET, PASSWORD);
	}

	@Test
	void aProviderWithoutThePasswordGrantSaysSo() {
		server.enqueue(Fixtures.json(400, "{\"error\":\"unsupported_grant_type\"}"));
		ConnectionProblem p = fails(password(1), Fixtures.secrets("ClientSecret", SECRET, "Password", PASSWORD));
		assertEquals(Kind.UNSUPPORTED_GRANT_TYPE, p.kind());
		assertTrue(p.message().contains("grant_type=password"), p.message());
		assertTrue(p.options().contains("AuthenticationMethod"), p.options().toString());
	}

	@Test
	void theRefreshTokenGrantSendsTheRefreshToken() throws Exception {
		server.enqueue(Fixtures.token(Fixtures.TOKEN, 3600));
		TokenInfo info = token(refresh(null, 1), Fixtures.secrets("ClientSecret", SECRET, "RefreshToken", REFRESH));

		RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
		assertEquals("GET", r.getMethod(), "GET unless TokenURI says POST, as for client credentials");
		assertEquals("refresh_token", r.getUrl().queryParameter("grant_type"));
		assertEquals(REFRESH, r.getUrl().queryParameter("refresh_token"));
		assertArrayEquals(new String[] { ID, SECRET }, Fixtures.decodeBasic(r.getHeaders().get("Authorization")));
		Fixtures.assertNoSecret(info.transcript(), SECRET, REFRESH, Fixtures.TOKEN);
	}

	@Test
	void aSpentRefreshTokenAsksForANewOne() {
		server.enqueue(Fixtures.json(400, "{\"error\":\"invalid_grant\",\"error_description\":\"Token is expired\"}"));
		ConnectionProblem p = fails(refresh("POST", 3), Fixtures.secrets("ClientSecret", SECRET, "RefreshToken",
				REFRESH));
		assertEquals(List.of("RefreshToken", "ClientID"), p.options());
		assertTrue(p.message().contains("Get a new RefreshToken"), p.message());
		Fixtures.assertNoSecret(p.message(), REFRESH);
		Fixtures.assertNoSecret(p.transcript(), REFRESH, SECRET);
	}

	@Test
	void aRotatedRefreshTokenIsUsedForTheNextRenewal() throws Exception {
		String next = "rt-0002-rotated-Yy7";
		server.enqueue(Fixtures.json(200, "{\"access_token\":\"at-one\",\"token_type\":\"bearer\",\"expires_in\":3600,"
				+ "\"refresh_token\":\"" + next + "\"}"));
		server.enqueue(new MockResponse.Builder().code(401).build()); // the data request: token revoked
		server.enqueue(Fixtures.json(200, "{\"access_token\":\"at-two\",\"token_type\":\"bearer\",\"expires_in\":3600}"));
		server.enqueue(new MockResponse.Builder().code(200).body("[]").build());

		OkHttpClient c = OkHttpRestClients.forDsn(factory, Fixtures.dsn(refresh("POST", 3)),
				Fixtures.secrets("ClientSecret", SECRET, "RefreshToken", REFRESH)).authorizedClient();
		try (Response resp = c.newCall(new Request.Builder().url(server.url("/v1/items")).build()).execute()) {
			assertEquals(200, resp.code());
		}
		RecordedRequest first = server.takeRequest(5, TimeUnit.SECONDS);
		assertEquals(REFRESH, Fixtures.form(first).get("refresh_token"));
		RecordedRequest data = server.takeRequest(5, TimeUnit.SECONDS);
		assertEquals("Bearer at-one", data.getHeaders().get("Authorization"));
		RecordedRequest renewal = server.takeRequest(5, TimeUnit.SECONDS);
		assertEquals(next, Fixtures.form(renewal).get("refresh_token"), "the provider's new refresh token");
		RecordedRequest again = server.takeRequest(5, TimeUnit.SECONDS);
		assertEquals("Bearer at-two", again.getHeaders().get("Authorization"));
	}

	@Test
	void theLegacyValue24WithUserAndPasswordIsThePasswordGrant() throws Exception {
		Map<String, String> o = password(1);
		o.put("AuthenticationMethod", "24");
		server.enqueue(Fixtures.token(Fixtures.TOKEN, 3600));
		token(o, Fixtures.secrets("ClientSecret", SECRET, "Password", PASSWORD));
		assertEquals("password", Fixtures.form(server.takeRequest(5, TimeUnit.SECONDS)).get("grant_type"));
	}
}
