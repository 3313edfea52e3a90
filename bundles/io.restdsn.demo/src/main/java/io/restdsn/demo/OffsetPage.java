package io.restdsn.demo;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import com.sun.net.httpserver.HttpExchange;

/**
 * Offset paging: {@code ?offset=0&limit=100} in, {@code {"data":[…],"total":N}} out.
 * <p>
 * The first row is number 0 ({@code #firstRowNumber: 0}). A limit above {@link #MAX_LIMIT} is cut to it, as real
 * APIs do, so a client that trusts its own page size instead of counting rows is caught by the tests.
 */
record OffsetPage(int offset, int limit) {

	static final int DEFAULT_LIMIT = 100;
	static final int MAX_LIMIT = 500;

	static OffsetPage of(Parameters query) {
		int offset = query.integer("offset", 0, 0, Integer.MAX_VALUE);
		int limit = query.integer("limit", DEFAULT_LIMIT, 1, Integer.MAX_VALUE);
		return new OffsetPage(offset, Math.min(limit, MAX_LIMIT));
	}

	/** Writes this page of {@code rows} (finished JSON objects) with the total. */
	void write(HttpExchange ex, List<String> rows) throws IOException {
		int from = Math.min(offset, rows.size());
		int to = (int) Math.min((long) from + limit, rows.size());
		try (Writer w = Replies.stream(ex)) {
			w.write("{\"data\":[");
			for (int i = from; i < to; i++) {
				if (i > from) {
					w.write(',');
				}
				w.write(rows.get(i));
			}
			w.write("],\"total\":");
			w.write(Integer.toString(rows.size()));
			w.write('}');
		}
	}
}
