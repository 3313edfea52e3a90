package io.restdsn.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;

/**
 * {@code /oauth/token}: the OAuth 2.0 client credentials grant (RFC 6749 §4.4).
 * <p>
 * POST with a form body is the RFC's way; GET with query parameters is accepted too because it is the connector's
 * default when TokenURI has no {@code POST } prefix, and the demo must work with the default. Checks run in the
 * order a user fixes them: credentials, grant type, scope.
 */
final class TokenEndpoint extends JsonEndpoint {

	/** RFC 6749 §5.1: token answers must not be cached. */
	private static final Map<String, String> NO_STORE = Map.of("Cache-Control", "no-store", "Pragma", "no-cache");

	private final ClientAuthentication clients;
	private final TokenStore tokens;

	TokenEndpoint(ClientAuthentication clients, TokenStore tokens) {
		this.clients = clients;
		this.tokens = tokens;
	}

	@Override
	protected void serve(HttpExchange ex) throws IOException {
		String method = ex.getRequestMethod();
		if (!"POST".equals(method) && !"GET".equals(method)) {
			throw HttpProblem.methodNotAllowed("POST, GET");
		}
		Parameters params = query(ex);
		if ("POST".equals(method)) {
			params = params.and(form(ex));
		}
		clients.authenticate(ex.getRequestHeaders().getFirst("Authorization"), params);
		String grant = params.single("grant_type");
		if (grant == null || grant.isEmpty()) {
			throw HttpProblem.invalidRequest("grant_type is missing; send grant_type=client_credentials");
		}
		if (!"client_credentials".equals(grant)) {
			throw HttpProblem.badRequest("unsupported_grant_type", "grant_type '" + grant
					+ "' is not supported here; this service only grants client_credentials");
		}
		List<String> scopes = Scopes.requested(params.single("scope"));
		TokenStore.Token token = tokens.issue(scopes);
		StringBuilder b = new StringBuilder("{\"access_token\":");
		Json.string(b, token.value()).append(",\"token_type\":\"Bearer\",\"expires_in\":").append(tokens
				.expiresInSeconds()).append(",\"scope\":");
		Json.string(b, String.join(" ", scopes)).append('}');
		Replies.json(ex, 200, b.toString(), NO_STORE);
	}

	/** The body's form fields; a body in another format is an error, an empty body is no fields. */
	private static Parameters form(HttpExchange ex) throws IOException {
		byte[] body = body(ex);
		if (body.length == 0) {
			return Parameters.empty();
		}
		String type = ex.getRequestHeaders().getFirst("Content-Type");
		if (type != null && !type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
			throw HttpProblem.invalidRequest("the body must be application/x-www-form-urlencoded, was '" + type
					+ "'");
		}
		return Parameters.parse(new String(body, StandardCharsets.UTF_8));
	}
}
