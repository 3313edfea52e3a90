package io.restdsn.engine.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import io.restdsn.engine.StatementStats;

/** Counts for one statement; written by the executing thread, snapshotted by anyone. */
final class StatsCollector {

	private static final int MAX_LOGGED = 100;

	final AtomicLong httpCalls = new AtomicLong();
	final AtomicLong pagesFromCache = new AtomicLong();
	final AtomicLong rows = new AtomicLong();
	final AtomicLong bytes = new AtomicLong();
	final AtomicLong retries = new AtomicLong();
	final AtomicLong tablesReused = new AtomicLong();
	private final List<String> requests = new ArrayList<>();
	private volatile long started = System.nanoTime();
	private volatile long finished;
	volatile boolean callLimitReached;
	volatile String path = "";

	void start() {
		started = System.nanoTime();
		finished = 0;
	}

	void finish() {
		if (finished == 0) {
			finished = System.nanoTime();
		}
	}

	void request(String line) {
		synchronized (requests) {
			if (requests.size() < MAX_LOGGED) {
				requests.add(line);
			}
		}
	}

	StatementStats snapshot() {
		long end = finished != 0 ? finished : System.nanoTime();
		List<String> log;
		synchronized (requests) {
			log = new ArrayList<>(requests);
		}
		return new StatementStats(httpCalls.get(), pagesFromCache.get(), rows.get(), bytes.get(), retries.get(), tablesReused.get(), (end
				- started) / 1_000_000L, callLimitReached, path, log);
	}
}
