package io.restdsn.demo;

import com.sun.net.httpserver.HttpExchange;

/**
 * Lets a data request through only with a valid, unexpired bearer token (RFC 6750 §2.1) whose scopes cover the
 * resource. Every failure is a 401 or 403 with the challenge the RFC describes, which is what makes a client's
 * "fetch a new token once and retry" logic testable against the demo.
 */
final class BearerGuard {

	private final TokenStore tokens;

	BearerGuard(TokenStore tokens) {
		this.tokens = tokens;
	}

	/**
	 * Checks the request's token.
	 *
	 * @param needed the scope that opens the resource besides {@code read}; {@code null} for any valid token
	 */
	void check(HttpExchange ex, String needed) {
		String header = ex.getRequestHeaders().getFirst("Authorization");
		if (header == null || header.isBlank()) {
			throw HttpProblem.invalidToken("no access token; send Authorization: Bearer <token>");
		}
		if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			throw HttpProblem.invalidToken("the Authorization header is not a Bearer token");
		}
		TokenStore.Token token = tokens.find(header.substring(7).trim()).orElseThrow(() -> HttpProblem
				.invalidToken("the access token is unknown or has expired; fetch a new one"));
		if (!Scopes.allows(token.scopes(), needed)) {
			throw HttpProblem.insufficientScope(needed);
		}
	}
}
