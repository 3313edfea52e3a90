package io.restdsn.demo;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Access tokens issued by the demo, each with its scopes and expiry.
 * <p>
 * Tokens are random, not signed: only this process has to recognise them, and a random value cannot leak anything.
 * The clock is injected so that tests can let a token expire without waiting.
 */
final class TokenStore {

	/** One issued token. */
	record Token(String value, Set<String> scopes, Instant expires) {
	}

	/** Expired tokens are swept when this many are held, so a long-running demo does not grow without bound. */
	private static final int SWEEP_AT = 1024;

	private final SecureRandom random = new SecureRandom();
	private final Map<String, Token> tokens = new ConcurrentHashMap<>();
	private final Duration lifetime;
	private final Clock clock;

	TokenStore(Duration lifetime, Clock clock) {
		this.lifetime = lifetime;
		this.clock = clock;
	}

	Token issue(List<String> scopes) {
		Instant now = clock.instant();
		if (tokens.size() >= SWEEP_AT) {
			tokens.values().removeIf(t -> !t.expires().isAfter(now));
		}
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		Token t = new Token(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes), Set.copyOf(scopes), now
				.plus(lifetime));
		tokens.put(t.value(), t);
		return t;
	}

	/** The token if it was issued here and has not expired. */
	Optional<Token> find(String value) {
		Token t = tokens.get(value);
		if (t == null) {
			return Optional.empty();
		}
		if (!t.expires().isAfter(clock.instant())) {
			tokens.remove(value);
			return Optional.empty();
		}
		return Optional.of(t);
	}

	/** {@code expires_in}: whole seconds, rounded up and at least 1, because clients read 0 as "already expired". */
	long expiresInSeconds() {
		long ms = lifetime.toMillis();
		return Math.max(1, (ms + 999) / 1000);
	}
}
