package io.restdsn.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;

/** "Get token now": tolerant reading of what providers really send, and cancel. */
@Timeout(20)
class TokenOperationTest extends LocalServerTest {

	private TokenInfo token(MockResponse response) throws ConnectionException {
		server.enqueue(response);
		Map<String, String> o = Fixtures.oauth(server, "POST", 0);
		o.put("Scope", "read write");
		return factory.tokenOperation(Fixtures.dsn(o), Fixtures.clientSecret()).run(Progress.NONE);
	}

	@Test
	void standardResponse() throws Exception {
		TokenInfo i = token(Fixtures.json(200, "{\"access_token\":\"" + Fixtures.TOKEN
				+ "\",\"token_type\":\"Bearer\",\"expires_in\":3600,\"scope\":\"read\"}"));
		assertEquals("Bearer", i.tokenType());
		assertEquals(Duration.ofSeconds(3600), i.lifetime().orElseThrow());
		assertEquals("read", i.grantedScope().orElseThrow());
		assertTrue(i.scopeFromServer());
		assertTrue(i.notes().stream().anyMatch(n -> n.contains("differs from the requested")), i.notes().toString());
		assertTrue(i.toJson().contains("\"expiresInSeconds\" : 3600"), i.toJson());
	}

	@Test
	void expiresInAsStringAndLowerCaseTokenType() throws Exception {
		TokenInfo i = token(Fixtures.json(200, "{\"access_token\":\"abc\",\"token_type\":\"bearer\",\"expires_in\":\"1800\"}"));
		assertEquals("Bearer", i.tokenType());
		assertEquals(Duration.ofSeconds(1800), i.lifetime().orElseThrow());
		assertEquals("read write", i.grantedScope().orElseThrow());
		assertFalse(i.scopeFromServer());
		assertTrue(i.notes().stream().anyMatch(n -> n.contains("as a string")), i.notes().toString());
	}

	@Test
	void formEncodedResponseWithoutTokenType() throws Exception {
		TokenInfo i = token(new MockResponse.Builder().code(200)
				.addHeader("Content-Type", "application/x-www-form-urlencoded")
				.body("access_token=abc%2Bdef&expires_in=60").build());
		assertEquals("Bearer", i.tokenType());
		assertEquals(Redactor.mask("abc+def"), i.maskedToken());
		assertTrue(i.notes().stream().anyMatch(n -> n.contains("form-encoded")), i.notes().toString());
		assertTrue(i.notes().stream().anyMatch(n -> n.contains("no token_type")), i.notes().toString());
	}

	@Test
	void noExpiryMeansUsedUntilRejected() throws Exception {
		TokenInfo i = token(Fixtures.json(200, "{\"access_token\":\"abc\",\"token_type\":\"Bearer\"}"));
		assertTrue(i.expiresAt().isEmpty());
		assertTrue(i.notes().stream().anyMatch(n -> n.contains("until the API rejects it")), i.notes().toString());
	}

	@Test
	void millisecondLookingExpiryIsNoted() throws Exception {
		TokenInfo i = token(Fixtures.json(200, "{\"access_token\":\"abc\",\"token_type\":\"Bearer\",\"expires_in\":3600000}"));
		assertTrue(i.notes().stream().anyMatch(n -> n.contains("milliseconds")), i.notes().toString());
	}

	@Test
	void errorInA200IsStillAnError() {
		server.enqueue(Fixtures.json(200, "{\"error\":\"invalid_scope\"}"));
		ConnectionException e = assertThrows(ConnectionException.class, () -> factory
				.tokenOperation(Fixtures.dsn(Fixtures.oauth(server, "POST", 0)), Fixtures.clientSecret())
				.run(Progress.NONE));
		assertEquals(ConnectionProblem.Kind.INVALID_SCOPE, e.problem().kind());
	}

	@Test
	void nonTokenMethodHasNoToken() {
		ConnectionException e = assertThrows(ConnectionException.class, () -> factory
				.tokenOperation(Fixtures.dsn(Map.of("AuthenticationMethod", "15")), SecretLookup.NONE)
				.run(Progress.NONE));
		assertEquals(java.util.List.of("AuthenticationMethod"), e.problem().options());
	}

	@Test
	void cancelAgainstASilentServerReturnsWithinASecond() throws Exception {
		server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
		Map<String, String> o = Fixtures.oauth(server, "POST", 0);
		o.put("WSTimeout", "0");
		Fixtures.Switch progress = new Fixtures.Switch();
		TokenOperation op = factory.tokenOperation(Fixtures.dsn(o), Fixtures.clientSecret());
		long[] flipped = new long[1];
		new Thread(() -> {
			try {
				server.takeRequest(5, TimeUnit.SECONDS);
				Thread.sleep(200);
			} catch (InterruptedException e) {
				return;
			}
			flipped[0] = System.nanoTime();
			progress.canceled = true;
		}).start();
		assertThrows(CancellationException.class, () -> op.run(progress));
		long ms = (System.nanoTime() - flipped[0]) / 1_000_000;
		assertTrue(ms < 1000, "returned " + ms + " ms after cancel");
		assertEquals(1, progress.stages.size());
	}
}
