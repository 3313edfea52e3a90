package io.restdsn.demo;

import java.io.IOException;

import com.sun.net.httpserver.HttpExchange;

/**
 * {@code /}: an unprotected list of the endpoints, for a user who opens the base URL in a browser; every other
 * unknown path is a JSON 404.
 */
final class IndexEndpoint extends JsonEndpoint {

	private static final String INDEX = "{\"service\":\"restdsn-demo\",\"token\":\"/oauth/token\","
			+ "\"endpoints\":[\"/api/customers\",\"/api/customers/{id}\",\"/api/orders\",\"/api/events\",\"/health\"]}";

	@Override
	protected void serve(HttpExchange ex) throws IOException {
		String path = ex.getRequestURI().getPath();
		if (!path.equals("/")) {
			throw HttpProblem.notFound("no such resource: " + path);
		}
		requireGet(ex);
		Replies.json(ex, 200, INDEX);
	}
}
