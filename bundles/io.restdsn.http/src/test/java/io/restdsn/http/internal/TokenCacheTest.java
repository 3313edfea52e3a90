package io.restdsn.http.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import io.restdsn.http.ConnectionException;
import io.restdsn.http.ConnectionProblem;
import io.restdsn.http.Progress;
import io.restdsn.http.TokenInfo;

@Timeout(10)
class TokenCacheTest {

	private final MutableClock clock = new MutableClock();
	private final List<CompletableFuture<Token>> fetches = new CopyOnWriteArrayList<>();
	private final TokenCache cache = new TokenCache(() -> {
		CompletableFuture<Token> f = new CompletableFuture<>();
		fetches.add(f);
		return f;
	}, clock);
	private final ExecutorService pool = Executors.newCachedThreadPool();

	@AfterEach
	void stop() {
		pool.shutdownNow();
	}

	private Token token(String value, Duration lifetime) {
		Instant now = clock.instant();
		Instant exp = lifetime == null ? null : now.plus(lifetime);
		return new Token(value, exp, new TokenInfo("Bearer", now, exp, null, false, "m", List.of(), ""));
	}

	private Future<Token> getAsync(Progress p) {
		return pool.submit(() -> cache.get(p));
	}

	private void awaitWaiting(int n) throws InterruptedException {
		for (int i = 0; i < 200 && cache.waiting() < n; i++) {
			Thread.sleep(10);
		}
		assertEquals(n, cache.waiting());
	}

	private void awaitFetches(int n) throws InterruptedException {
		for (int i = 0; i < 200 && fetches.size() < n; i++) {
			Thread.sleep(10);
		}
		assertEquals(n, fetches.size());
	}

	@Test
	void reusesUntilThirtySecondsBeforeExpiry() throws Exception {
		Future<Token> first = getAsync(Progress.NONE);
		awaitFetches(1);
		Token t1 = token("t1", Duration.ofHours(1));
		fetches.get(0).complete(t1);
		assertSame(t1, first.get(1, TimeUnit.SECONDS));
		clock.advance(Duration.ofMinutes(59));
		assertSame(t1, cache.get(Progress.NONE));
		clock.advance(Duration.ofSeconds(31)); // 29 s left: inside the skew
		Future<Token> renewed = getAsync(Progress.NONE);
		awaitFetches(2);
		Token t2 = token("t2", Duration.ofHours(1));
		fetches.get(1).complete(t2);
		assertSame(t2, renewed.get(1, TimeUnit.SECONDS));
	}

	@Test
	void shortLivedTokensUseHalfTheirLifetimeAsSkew() {
		Token t = token("t", Duration.ofSeconds(20));
		assertTrue(TokenCache.fresh(t, clock.instant().plusSeconds(9)));
		assertFalse(TokenCache.fresh(t, clock.instant().plusSeconds(10)));
		assertTrue(TokenCache.fresh(token("forever", null), clock.instant().plus(Duration.ofDays(999))));
	}

	@Test
	void concurrentCallersShareOneFetch() throws Exception {
		List<Future<Token>> waiting = List.of(getAsync(Progress.NONE), getAsync(Progress.NONE), getAsync(Progress.NONE));
		awaitWaiting(3);
		assertEquals(1, fetches.size());
		Token t = token("t", Duration.ofHours(1));
		fetches.get(0).complete(t);
		for (Future<Token> f : waiting) {
			assertSame(t, f.get(1, TimeUnit.SECONDS));
		}
	}

	@Test
	void aFailureReachesEveryWaiterAndIsNotCached() throws Exception {
		Future<Token> a = getAsync(Progress.NONE);
		Future<Token> b = getAsync(Progress.NONE);
		awaitWaiting(2);
		assertEquals(1, fetches.size());
		fetches.get(0).completeExceptionally(new ConnectionException(
				ConnectionProblem.builder(ConnectionProblem.Kind.INVALID_CLIENT, "no").build()));
		for (Future<Token> f : List.of(a, b)) {
			Throwable cause = assertThrows(java.util.concurrent.ExecutionException.class,
					() -> f.get(1, TimeUnit.SECONDS)).getCause();
			assertTrue(cause instanceof ConnectionException, cause.toString());
		}
		getAsync(Progress.NONE);
		awaitFetches(2);
	}

	@Test
	void oneWaiterGivingUpDoesNotCancelTheSharedFetch() throws Exception {
		AtomicBoolean cancelA = new AtomicBoolean();
		Future<Token> a = getAsync(Progress.of(cancelA::get));
		Future<Token> b = getAsync(Progress.NONE);
		awaitWaiting(2);
		cancelA.set(true);
		assertThrows(java.util.concurrent.ExecutionException.class, () -> a.get(1, TimeUnit.SECONDS));
		assertFalse(fetches.get(0).isCancelled());
		Token t = token("t", Duration.ofHours(1));
		fetches.get(0).complete(t);
		assertSame(t, b.get(1, TimeUnit.SECONDS));
	}

	@Test
	void theLastWaiterGivingUpCancelsTheFetch() throws Exception {
		AtomicBoolean cancel = new AtomicBoolean();
		Future<Token> a = getAsync(Progress.of(cancel::get));
		awaitFetches(1);
		cancel.set(true);
		Throwable e = assertThrows(java.util.concurrent.ExecutionException.class, () -> a.get(1, TimeUnit.SECONDS))
				.getCause();
		assertTrue(e instanceof CancellationException, e.toString());
		assertTrue(fetches.get(0).isCancelled(), "the call is canceled when nobody waits any more");
		getAsync(Progress.NONE);
		awaitFetches(2); // a new caller starts afresh
	}

	@Test
	void invalidateForgetsOnlyTheStaleToken() throws Exception {
		Future<Token> f = getAsync(Progress.NONE);
		awaitFetches(1);
		Token t1 = token("t1", Duration.ofHours(1));
		fetches.get(0).complete(t1);
		f.get(1, TimeUnit.SECONDS);
		cache.invalidate(token("other", Duration.ofHours(1)));
		assertSame(t1, cache.peek());
		cache.invalidate(t1);
		assertEquals(null, cache.peek());
	}
}
