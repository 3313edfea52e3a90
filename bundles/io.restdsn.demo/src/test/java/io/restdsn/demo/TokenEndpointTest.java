package io.restdsn.demo;

import static io.restdsn.demo.DemoClient.basic;
import static io.restdsn.demo.DemoClient.form;
import static io.restdsn.demo.DemoService.CLIENT_ID;
import static io.restdsn.demo.DemoService.CLIENT_SECRET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.restdsn.demo.DemoClient.Reply;

/** The token endpoint, in every way the connector may call it, and every error it must explain. */
class TokenEndpointTest {

	private static final String GRANT = form("grant_type", "client_credentials");

	private static DemoService demo;
	private static DemoClient client;

	@BeforeAll
	static void start() throws Exception {
		demo = new DemoService().start();
		client = new DemoClient(demo);
	}

	@AfterAll
	static void stop() {
		demo.stop();
	}

	@Test
	void basicWithFormUrlencodedCredentials() {
		Reply r = client.postToken(GRANT, basic(CLIENT_ID, CLIENT_SECRET, true));
		assertGranted(r, "read");
		assertEquals(3600, r.json().get("expires_in").asInt());
		assertEquals("no-store", r.header("Cache-Control"));
	}

	@Test
	void basicWithRawCredentials() {
		assertGranted(client.postToken(GRANT, basic(CLIENT_ID, CLIENT_SECRET, false)), "read");
	}

	@Test
	void credentialsInPostBody() {
		assertGranted(client.postToken(form("grant_type", "client_credentials", "client_id", CLIENT_ID,
				"client_secret", CLIENT_SECRET, "scope", "read:orders"), null), "read:orders");
	}

	@Test
	void getWithQueryParameters() {
		assertGranted(client.getToken(form("grant_type", "client_credentials", "scope", "read", "client_id",
				CLIENT_ID, "client_secret", CLIENT_SECRET), null), "read");
	}

	@Test
	void getWithBasicHeader() {
		assertGranted(client.getToken(form("grant_type", "client_credentials", "scope", "read:customers"), basic(
				CLIENT_ID, CLIENT_SECRET, true)), "read:customers");
	}

	@Test
	void postWithCredentialsInTheUrl() {
		// ClientCredentialsMode=2 with a POST token URI: credentials in the query, grant in the body
		HttpRequest.Builder b = client.request("/oauth/token?" + form("client_id", CLIENT_ID, "client_secret",
				CLIENT_SECRET)).header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers
						.ofString(GRANT));
		assertGranted(client.send(b), "read");
	}

	@Test
	void severalScopesAreGrantedTogether() {
		assertGranted(client.postToken(form("grant_type", "client_credentials", "scope",
				"read:orders read:customers read:orders"), basic(CLIENT_ID, CLIENT_SECRET, true)),
				"read:orders read:customers");
	}

	@Test
	void eachTokenIsNew() {
		assertNotEquals(client.token(null), client.token(null));
	}

	@Test
	void wrongSecretIsInvalidClientWithChallenge() {
		Reply r = client.postToken(GRANT, basic(CLIENT_ID, "not-the-secret", true));
		assertError(r, 401, "invalid_client");
		assertTrue(r.header("WWW-Authenticate").startsWith("Basic realm="), r.header("WWW-Authenticate"));
		assertTrue(r.json().get("error_description").asText().contains("wrong client secret"));
		assertFalse(r.body().contains("not-the-secret"), "the secret sent must not be echoed");
	}

	@Test
	void wrongSecretInBodyAndQuery() {
		assertError(client.postToken(form("grant_type", "client_credentials", "client_id", CLIENT_ID,
				"client_secret", "nope"), null), 401, "invalid_client");
		assertError(client.getToken(form("grant_type", "client_credentials", "client_id", CLIENT_ID,
				"client_secret", "nope"), null), 401, "invalid_client");
	}

	@Test
	void unknownClientIsNamed() {
		Reply r = client.postToken(GRANT, basic("someone-else", CLIENT_SECRET, true));
		assertError(r, 401, "invalid_client");
		assertTrue(r.json().get("error_description").asText().contains("someone-else"));
	}

	@Test
	void missingCredentialsAreInvalidClient() {
		Reply r = client.postToken(GRANT, null);
		assertError(r, 401, "invalid_client");
		assertNotNull(r.header("WWW-Authenticate"));
	}

	@Test
	void unencodedPlusInQueryIsExplained() {
		// a client that forgets to form-urlencode the secret: '+' arrives as a space
		Reply r = client.getToken("grant_type=client_credentials&client_id=" + CLIENT_ID + "&client_secret="
				+ CLIENT_SECRET, null);
		assertError(r, 401, "invalid_client");
		assertTrue(r.json().get("error_description").asText().contains("form-urlencode"), r.body());
	}

	@Test
	void unknownScopeIsInvalidScopeAndNamed() {
		Reply r = client.postToken(form("grant_type", "client_credentials", "scope", "read write:orders"), basic(
				CLIENT_ID, CLIENT_SECRET, true));
		assertError(r, 400, "invalid_scope");
		String description = r.json().get("error_description").asText();
		assertTrue(description.contains("write:orders") && description.contains("read:customers"), description);
	}

	@Test
	void otherGrantTypesAreUnsupported() {
		assertError(client.postToken(form("grant_type", "password"), basic(CLIENT_ID, CLIENT_SECRET, true)), 400,
				"unsupported_grant_type");
	}

	@Test
	void missingGrantTypeIsInvalidRequest() {
		assertError(client.postToken("scope=read", basic(CLIENT_ID, CLIENT_SECRET, true)), 400, "invalid_request");
	}

	@Test
	void credentialsInTwoPlacesAreInvalidRequest() {
		assertError(client.postToken(form("grant_type", "client_credentials", "client_id", CLIENT_ID,
				"client_secret", CLIENT_SECRET), basic(CLIENT_ID, CLIENT_SECRET, true)), 400, "invalid_request");
	}

	@Test
	void repeatedParameterIsInvalidRequest() {
		assertError(client.postToken(GRANT + "&" + GRANT, basic(CLIENT_ID, CLIENT_SECRET, true)), 400,
				"invalid_request");
	}

	@Test
	void jsonBodyIsInvalidRequest() {
		HttpRequest.Builder b = client.request("/oauth/token").header("Content-Type", "application/json").header(
				"Authorization", basic(CLIENT_ID, CLIENT_SECRET, true)).POST(HttpRequest.BodyPublishers.ofString(
						"{\"grant_type\":\"client_credentials\"}"));
		assertError(client.send(b), 400, "invalid_request");
	}

	@Test
	void otherMethodsAreRefused() {
		Reply r = client.send(client.request("/oauth/token").PUT(HttpRequest.BodyPublishers.ofString(GRANT)));
		assertEquals(405, r.status());
		assertEquals("POST, GET", r.header("Allow"));
	}

	private static void assertGranted(Reply r, String scope) {
		assertEquals(200, r.status(), r.body());
		assertTrue(r.header("Content-Type").startsWith("application/json"));
		JsonNode j = r.json();
		assertTrue(j.get("access_token").asText().length() >= 32);
		assertEquals("Bearer", j.get("token_type").asText());
		assertTrue(j.get("expires_in").asInt() > 0);
		assertEquals(scope, j.get("scope").asText());
	}

	static void assertError(Reply r, int status, String error) {
		assertEquals(status, r.status(), r.body());
		assertEquals(error, r.json().get("error").asText(), r.body());
		assertTrue(r.json().hasNonNull("error_description"), r.body());
	}
}
