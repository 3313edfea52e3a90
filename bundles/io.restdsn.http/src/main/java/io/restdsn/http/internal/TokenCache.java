package io.restdsn.http.internal;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import io.restdsn.http.ConnectionException;
import io.restdsn.http.ConnectionProblem;
import io.restdsn.http.Progress;

/**
 * One DSN's access token: reused until shortly before it expires, fetched once for all concurrent callers.
 * <p>
 * The skew (renew this long before expiry) is 30 s, or half the lifetime for short-lived tokens, so a 60-second token
 * is not renewed on every request. Callers wait for a shared fetch each with their own {@link Progress}: one caller
 * giving up does not fail the others; when the last waiter gives up, the fetch itself is canceled so no socket is
 * left waiting on a silent server. A failed fetch is reported to everyone who waited for it and not cached: the next
 * call tries again.
 */
final class TokenCache {

	static final Duration MAX_SKEW = Duration.ofSeconds(30);

	private static final class Pending {
		final CompletableFuture<Token> future;
		int waiters;

		Pending(CompletableFuture<Token> future) {
			this.future = future;
		}
	}

	private final Supplier<CompletableFuture<Token>> fetcher;
	private final InstantSource clock;

	private Token token; // guarded by this
	private Pending pending; // guarded by this

	TokenCache(Supplier<CompletableFuture<Token>> fetcher, InstantSource clock) {
		this.fetcher = fetcher;
		this.clock = clock;
	}

	/**
	 * The cached token if still fresh, else a new one.
	 *
	 * @throws CancellationException when {@code progress} is canceled while waiting
	 */
	Token get(Progress progress) throws ConnectionException {
		Pending mine;
		synchronized (this) {
			settleFinishedFetch();
			if (token != null && fresh(token, clock.instant())) {
				return token;
			}
			if (pending == null) {
				Pending p = new Pending(fetcher.get());
				pending = p;
				mine = p;
				// may run at once when the fetch already finished, clearing 'pending': keep our own reference
				p.future.whenComplete((t, e) -> completed(p, t));
			} else {
				mine = pending;
			}
			mine.waiters++;
		}
		boolean gaveUp = false;
		try {
			return Await.result(mine.future, progress, false);
		} catch (CancellationException e) {
			gaveUp = true;
			throw e;
		} catch (ConnectionException e) {
			throw e;
		} catch (IOException e) {
			throw Problem.of(null, ConnectionProblem.Kind.NETWORK, "The token request failed: " + e.getMessage())
					.exception();
		} finally {
			leave(mine, gaveUp);
		}
	}

	/** How many callers wait for the fetch in flight (diagnostics and tests). */
	synchronized int waiting() {
		return pending == null ? 0 : pending.waiters;
	}

	/** The token if one is cached and fresh; never fetches. */
	synchronized Token peek() {
		return token != null && fresh(token, clock.instant()) ? token : null;
	}

	/** Forgets {@code stale} if it is still the cached token (a concurrent caller may have renewed it already). */
	synchronized void invalidate(Token stale) {
		settleFinishedFetch();
		if (token != null && token == stale) {
			token = null;
		}
	}

	synchronized void invalidate() {
		settleFinishedFetch();
		token = null;
	}

	/**
	 * A fetch can be done before its completion callback has run (the waiter wakes first): take its result now, so
	 * that neither a later call nor an invalidation sees a finished fetch as still in flight.
	 */
	private void settleFinishedFetch() {
		Pending p = pending;
		if (p != null && p.future.isDone()) {
			completed(p, p.future.isCompletedExceptionally() || p.future.isCancelled() ? null : p.future.getNow(null));
		}
	}

	private synchronized void completed(Pending p, Token t) {
		if (t != null) {
			token = t;
		}
		if (pending == p) {
			pending = null;
		}
	}

	private void leave(Pending p, boolean gaveUp) {
		boolean cancel;
		synchronized (this) {
			p.waiters--;
			cancel = gaveUp && p.waiters == 0 && !p.future.isDone();
			if (cancel && pending == p) {
				pending = null;
			}
		}
		if (cancel) {
			p.future.cancel(true);
		}
	}

	static boolean fresh(Token t, Instant now) {
		if (t.expiresAt() == null) {
			return true;
		}
		Duration lifetime = Duration.between(t.info().issuedAt(), t.expiresAt());
		Duration half = lifetime.dividedBy(2);
		Duration skew = half.compareTo(MAX_SKEW) < 0 ? half : MAX_SKEW;
		return now.isBefore(t.expiresAt().minus(skew));
	}
}
