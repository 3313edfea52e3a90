package io.restdsn.core.validation;

import java.util.List;
import java.util.Optional;

import io.restdsn.core.options.AuthMethod;
import io.restdsn.core.options.ClientCredentialsMode;
import io.restdsn.core.options.OptionNames;
import io.restdsn.core.options.TokenUri;

/**
 * The token request the DSN describes: a well-formed TokenURI, a method that fits how the credentials are sent, and
 * the RFC 6749 advice (POST, TLS, no secrets in URLs) as warnings, since real providers exist that need otherwise.
 */
final class TokenUriRule implements Rule {

	private static final String T = OptionNames.TOKEN_URI;
	private static final String MODE = OptionNames.CLIENT_CREDENTIALS_MODE;

	@Override
	public void check(Subject s, List<Problem> out) {
		String value = s.value(T);
		if (s.grant == null || !s.grant.usesTokenEndpoint() || value == null) {
			return;
		}
		TokenUri uri;
		try {
			uri = TokenUri.parse(value);
		} catch (IllegalArgumentException e) {
			out.add(Problem.error(T, e.getMessage()));
			return;
		}
		boolean clientCredentials = s.grant == AuthMethod.OAUTH2_CLIENT_CREDENTIALS;
		Optional<ClientCredentialsMode> mode = clientCredentials ? ClientCredentialsMode.fromValue(s.value(MODE))
				: Optional.empty();
		boolean get = uri.method() == TokenUri.Method.GET;
		if (get && mode.orElse(null) == ClientCredentialsMode.POST_BODY) {
			out.add(Problem.error(T, "TokenURI is requested with GET, but ClientCredentialsMode 3 sends the client id "
					+ "and secret in a request body, which needs POST. Write 'POST ' before the URL in TokenURI, or "
					+ "choose another ClientCredentialsMode."));
		} else if (get) {
			out.add(Problem.warning(T, (uri.explicitMethod() ? "TokenURI asks for GET" : "TokenURI has no 'POST ' "
					+ "prefix, so the token is requested with GET") + "; RFC 6749 requires POST. Write 'POST ' "
					+ "before the URL unless your provider only accepts GET."));
		}
		if (mode.orElse(null) == ClientCredentialsMode.URL) {
			out.add(Problem.warning(MODE, "ClientCredentialsMode 2 puts the client secret into the token URL, where "
					+ "servers and proxies log it; RFC 6749 forbids this. Choose 0 or 1 (Basic header) or 3 (POST "
					+ "body) unless your provider accepts nothing else."));
		}
		if (!uri.isHttps() && !uri.isLoopback()) {
			out.add(Problem.warning(T, "TokenURI uses http:// to a host other than this machine, so "
					+ (clientCredentials ? "the client secret" : "the credentials") + " and the token travel "
					+ "unencrypted. Use https://."));
		}
	}
}
