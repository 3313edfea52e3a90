package io.restdsn.engine.internal;

import java.sql.SQLException;
import java.sql.Statement;

import io.restdsn.engine.EngineException;
import okhttp3.Call;

/**
 * The cancel signal of one statement, wired to whatever is blocking right now: the in-flight OkHttp call, a
 * running H2 statement, or a retry wait. {@link #cancel()} reaches all three, so cancel returns promptly
 * however the statement is stuck.
 */
final class CancelToken {

	private volatile boolean cancelled;
	private volatile Call call;
	private volatile Statement sql;
	private final Object waits = new Object();

	void cancel() {
		cancelled = true;
		Call c = call;
		if (c != null) {
			c.cancel();
		}
		Statement s = sql;
		if (s != null) {
			try {
				s.cancel();
			} catch (SQLException e) {
				// the statement finished or was closed meanwhile: nothing left to cancel
			}
		}
		synchronized (waits) {
			waits.notifyAll();
		}
	}

	boolean isCancelled() {
		return cancelled;
	}

	/** Throws {@code CANCELLED} once cancelled; called between pages and batches. */
	void check() {
		if (cancelled) {
			throw EngineException.cancelled();
		}
	}

	void call(Call c) {
		call = c;
		if (cancelled && c != null) {
			c.cancel();
		}
	}

	void sql(Statement s) {
		sql = s;
	}

	/** Waits (for a retry) unless cancelled first. */
	void sleep(long millis) {
		long end = System.nanoTime() + millis * 1_000_000L;
		synchronized (waits) {
			while (!cancelled) {
				long left = (end - System.nanoTime()) / 1_000_000L;
				if (left <= 0) {
					break;
				}
				try {
					waits.wait(left);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					cancel();
				}
			}
		}
		check();
	}
}
