package io.restdsn.demo;

import java.io.IOException;
import java.io.Writer;

import com.sun.net.httpserver.HttpExchange;

/**
 * {@code /api/events}: the large table, 120,000 rows with next-token paging: {@code ?cursor=<token>&limit=n} in,
 * {@code {"events":[…],"next":"<token>"}} out, and no {@code next} on the last page.
 * <p>
 * Rows are generated and written one at a time, so a page costs its own rows only and the stream never exists in
 * memory.
 */
final class EventsEndpoint extends JsonEndpoint {

	static final String PATH = "/api/events";
	static final int DEFAULT_LIMIT = 1000;
	static final int MAX_LIMIT = 5000;

	private final BearerGuard guard;
	private final EventGenerator events;

	EventsEndpoint(BearerGuard guard, EventGenerator events) {
		this.guard = guard;
		this.events = events;
	}

	@Override
	protected void serve(HttpExchange ex) throws IOException {
		requireGet(ex);
		guard.check(ex, Scopes.READ);
		String path = ex.getRequestURI().getPath();
		if (!path.equals(PATH) && !path.equals(PATH + "/")) {
			throw HttpProblem.notFound("no such resource: " + path);
		}
		Parameters q = query(ex);
		String cursor = q.single("cursor");
		int from = cursor == null || cursor.isEmpty() ? 0 : EventCursor.decode(cursor, EventGenerator.COUNT);
		int limit = Math.min(q.integer("limit", DEFAULT_LIMIT, 1, Integer.MAX_VALUE), MAX_LIMIT);
		int to = (int) Math.min((long) from + limit, EventGenerator.COUNT);
		StringBuilder row = new StringBuilder(256);
		try (Writer w = Replies.stream(ex)) {
			w.write("{\"events\":[");
			for (int i = from; i < to; i++) {
				row.setLength(0);
				if (i > from) {
					row.append(',');
				}
				events.append(row, i);
				w.append(row);
			}
			w.write(']');
			if (to < EventGenerator.COUNT) {
				w.write(",\"next\":\"");
				w.write(EventCursor.encode(to));
				w.write('"');
			}
			w.write('}');
		}
	}
}
