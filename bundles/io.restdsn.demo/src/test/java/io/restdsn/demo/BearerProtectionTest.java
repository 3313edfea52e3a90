package io.restdsn.demo;

import static io.restdsn.demo.TokenEndpointTest.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restdsn.demo.DemoClient.Reply;

/** Data endpoints open only for a valid, unexpired token with a fitting scope. */
class BearerProtectionTest {

	private static final MutableClock CLOCK = new MutableClock();

	private static DemoService demo;
	private static DemoClient client;

	@BeforeAll
	static void start() throws Exception {
		demo = new DemoService(0, Duration.ofSeconds(30), CLOCK).start();
		client = new DemoClient(demo);
	}

	@AfterAll
	static void stop() {
		demo.stop();
	}

	@Test
	void everyDataEndpointRejectsAMissingToken() {
		for (String path : new String[] { "/health", "/api/customers", "/api/customers/1001", "/api/orders",
				"/api/orders?status=open", "/api/events" }) {
			Reply r = client.get(path, null);
			assertError(r, 401, "invalid_token");
			assertTrue(r.header("WWW-Authenticate").startsWith("Bearer "), path);
			assertTrue(r.header("WWW-Authenticate").contains("error=\"invalid_token\""), path);
		}
	}

	@Test
	void unknownTokenIsRejected() {
		assertError(client.get("/api/customers", "made-up-token"), 401, "invalid_token");
	}

	@Test
	void otherSchemeIsRejected() {
		Reply r = client.send(client.request("/health").header("Authorization", DemoClient.basic(
				DemoService.CLIENT_ID, DemoService.CLIENT_SECRET, true)).GET());
		assertError(r, 401, "invalid_token");
	}

	@Test
	void healthAnswersForAValidToken() {
		Reply r = client.get("/health", client.token(null));
		assertEquals(200, r.status(), r.body());
		assertEquals("ok", r.json().get("status").asText());
	}

	@Test
	void expiredTokenIsRejectedAndANewOneWorks() {
		Reply granted = client.postToken(DemoClient.form("grant_type", "client_credentials"), DemoClient.basic(
				DemoService.CLIENT_ID, DemoService.CLIENT_SECRET, true));
		assertEquals(30, granted.json().get("expires_in").asInt());
		String token = granted.json().get("access_token").asText();
		assertEquals(200, client.get("/health", token).status());
		CLOCK.advance(Duration.ofSeconds(29));
		assertEquals(200, client.get("/api/customers?limit=1", token).status());
		CLOCK.advance(Duration.ofSeconds(1));
		Reply r = client.get("/api/customers?limit=1", token);
		assertError(r, 401, "invalid_token");
		assertTrue(r.json().get("error_description").asText().contains("expired"));
		assertEquals(200, client.get("/api/customers?limit=1", client.token(null)).status());
	}

	@Test
	void expiryReallyHappensOnTheWallClock() throws Exception {
		try (DemoService quick = new DemoService(0, Duration.ofMillis(300)).start()) {
			DemoClient c = new DemoClient(quick);
			Reply granted = c.postToken(DemoClient.form("grant_type", "client_credentials"), DemoClient.basic(
					DemoService.CLIENT_ID, DemoService.CLIENT_SECRET, true));
			assertEquals(1, granted.json().get("expires_in").asInt(), "sub-second lifetimes round up, never to 0");
			String token = granted.json().get("access_token").asText();
			assertEquals(200, c.get("/health", token).status());
			Thread.sleep(400);
			assertEquals(401, c.get("/health", token).status());
		}
	}

	@Test
	void narrowScopeOpensOnlyItsResource() {
		String orders = client.token("read:orders");
		assertEquals(200, client.get("/api/orders?limit=1", orders).status());
		assertEquals(200, client.get("/health", orders).status());
		Reply r = client.get("/api/customers?limit=1", orders);
		assertError(r, 403, "insufficient_scope");
		assertTrue(r.header("WWW-Authenticate").contains("scope=\"read:customers\""), r.header("WWW-Authenticate"));
		assertEquals(403, client.get("/api/events", orders).status());

		String customers = client.token("read:customers");
		assertEquals(200, client.get("/api/customers/1001", customers).status());
		assertEquals(403, client.get("/api/orders", customers).status());
	}

	@Test
	void dataEndpointsAreReadOnly() {
		Reply r = client.send(client.request("/api/orders").header("Authorization", "Bearer " + client.token(null))
				.DELETE());
		assertEquals(405, r.status());
		assertEquals("GET", r.header("Allow"));
	}

	@Test
	void unknownPathIsAJson404AndTheRootListsEndpoints() {
		assertError(client.get("/api/nothing", client.token(null)), 404, "not_found");
		Reply index = client.get("/", null);
		assertEquals(200, index.status());
		assertTrue(index.body().contains("/api/events"));
	}
}
