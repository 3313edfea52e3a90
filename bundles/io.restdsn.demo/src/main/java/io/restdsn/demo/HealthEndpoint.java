package io.restdsn.demo;

import java.io.IOException;

import com.sun.net.httpserver.HttpExchange;

/**
 * {@code /health}: 200 for any valid token. The DSN's HealthURI points here, so the connection test proves the
 * token works without fetching a table.
 */
final class HealthEndpoint extends JsonEndpoint {

	static final String PATH = "/health";

	private final BearerGuard guard;

	HealthEndpoint(BearerGuard guard) {
		this.guard = guard;
	}

	@Override
	protected void serve(HttpExchange ex) throws IOException {
		requireGet(ex);
		guard.check(ex, null);
		if (!ex.getRequestURI().getPath().equals(PATH)) {
			throw HttpProblem.notFound("no such resource: " + ex.getRequestURI().getPath());
		}
		Replies.json(ex, 200, "{\"status\":\"ok\",\"service\":\"restdsn-demo\"}");
	}
}
