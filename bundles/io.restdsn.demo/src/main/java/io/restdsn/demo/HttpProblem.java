package io.restdsn.demo;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An HTTP error answer, thrown from deep inside a handler and written by {@link JsonEndpoint}.
 * <p>
 * Handlers validate in several steps (credentials, grant, scope, paging parameters); throwing the answer keeps each
 * step one line and guarantees that every error has the same JSON shape and the headers its RFC asks for.
 */
final class HttpProblem extends RuntimeException {

	private static final long serialVersionUID = 1L;

	static final String REALM = "restdsn-demo";

	final int status;
	final String error;
	final String description;
	final Map<String, String> headers;

	private HttpProblem(int status, String error, String description, Map<String, String> headers) {
		super(error + ": " + description, null, false, false);
		this.status = status;
		this.error = error;
		this.description = description;
		this.headers = headers;
	}

	static HttpProblem of(int status, String error, String description) {
		return new HttpProblem(status, error, description, Map.of());
	}

	static HttpProblem badRequest(String error, String description) {
		return of(400, error, description);
	}

	static HttpProblem invalidRequest(String description) {
		return badRequest("invalid_request", description);
	}

	/** RFC 6749 §5.2: a failed client authentication is a 401 with a challenge for the scheme the client may use. */
	static HttpProblem invalidClient(String description) {
		return new HttpProblem(401, "invalid_client", description, Map.of("WWW-Authenticate", "Basic realm=\""
				+ REALM + "\", charset=\"UTF-8\""));
	}

	/** RFC 6750 §3: a missing, unknown or expired bearer token. */
	static HttpProblem invalidToken(String description) {
		return new HttpProblem(401, "invalid_token", description, Map.of("WWW-Authenticate", bearer("invalid_token",
				description, null)));
	}

	/** RFC 6750 §3.1: a valid token whose scopes do not cover the resource. */
	static HttpProblem insufficientScope(String needed) {
		String description = "this resource needs scope '" + needed + "' or 'read'";
		return new HttpProblem(403, "insufficient_scope", description, Map.of("WWW-Authenticate", bearer(
				"insufficient_scope", description, needed)));
	}

	static HttpProblem notFound(String description) {
		return of(404, "not_found", description);
	}

	static HttpProblem methodNotAllowed(String allowed) {
		Map<String, String> h = new LinkedHashMap<>();
		h.put("Allow", allowed);
		return new HttpProblem(405, "invalid_request", "method not allowed; use " + allowed, h);
	}

	String body() {
		return Json.error(error, description);
	}

	private static String bearer(String error, String description, String scope) {
		StringBuilder b = new StringBuilder("Bearer realm=\"").append(REALM).append("\", error=\"").append(error)
				.append("\", error_description=\"").append(description.replace("\"", "'")).append('"');
		if (scope != null) {
			b.append(", scope=\"").append(scope).append('"');
		}
		return b.toString();
	}
}
