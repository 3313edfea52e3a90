package io.restdsn.engine.internal;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Session cache of accepted pages, keyed by the full request: re-running a query (or paging the grid) does not
 * hit the service again within the time-to-live. Bounded in bytes, least recently used out first, so a
 * million-row scan cannot fill the heap with page bodies.
 */
final class PageCache {

	private record Entry(Page page, long storedAt) {
	}

	private final long ttlNanos;
	private final long maxBytes;
	private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);
	private long bytes;

	PageCache(long ttlMillis, long maxBytes) {
		this.ttlNanos = ttlMillis * 1_000_000L;
		this.maxBytes = maxBytes;
	}

	synchronized Page get(RequestSpec request) {
		if (ttlNanos <= 0) {
			return null;
		}
		String key = request.cacheKey();
		Entry e = entries.get(key);
		if (e == null) {
			return null;
		}
		if (System.nanoTime() - e.storedAt > ttlNanos) {
			entries.remove(key);
			bytes -= e.page.body().length;
			return null;
		}
		Page p = e.page;
		return new Page(p.request(), p.status(), p.headers(), p.body(), true, p.zeroRows());
	}

	synchronized void put(Page page) {
		long size = page.body().length;
		if (ttlNanos <= 0 || size > maxBytes / 4) {
			return;
		}
		Entry old = entries.put(page.request().cacheKey(), new Entry(page, System.nanoTime()));
		if (old != null) {
			bytes -= old.page.body().length;
		}
		bytes += size;
		for (Iterator<Map.Entry<String, Entry>> it = entries.entrySet().iterator(); bytes > maxBytes && it
				.hasNext();) {
			bytes -= it.next().getValue().page.body().length;
			it.remove();
		}
	}

	synchronized void clear() {
		entries.clear();
		bytes = 0;
	}

	/** Whether a fresh entry exists (for deciding whether loaded tables are still current). */
	synchronized boolean contains(RequestSpec request) {
		Entry e = entries.get(request.cacheKey());
		return e != null && System.nanoTime() - e.storedAt <= ttlNanos;
	}
}
