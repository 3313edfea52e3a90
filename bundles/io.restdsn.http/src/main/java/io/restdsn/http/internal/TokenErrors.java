package io.restdsn.http.internal;

import java.util.Locale;

import io.restdsn.http.ConnectionException;
import io.restdsn.http.ConnectionProblem.Kind;
import io.restdsn.http.Redactor;

/**
 * Turns a token endpoint's refusal into a message that says what to change in the DSN: the OAuth error codes of RFC
 * 6749 §5.2 first, then what the HTTP status and the body's shape reveal (a 405 means the wrong method, a redirect or
 * an HTML page means TokenURI is not the token endpoint…).
 */
final class TokenErrors {

	private final ClientCredentials cc;
	private final Redactor redactor;

	TokenErrors(ClientCredentials cc, Redactor redactor) {
		this.cc = cc;
		this.redactor = redactor;
	}

	ConnectionException map(BufferedResponse r, ResponseBodyShape body, String transcript) {
		String error = body.field("error");
		String description = body.field("error_description");
		if (description == null && error != null) {
			description = body.field("error_uri");
		}
		Problem p;
		if (error != null && !error.isBlank()) {
			p = oauthError(error.strip(), r.code());
		} else {
			p = byStatus(r, body);
		}
		return p.server(error, description).status(r.code()).transcript(transcript).exception();
	}

	private Problem oauthError(String error, int status) {
		switch (error.toLowerCase(Locale.ROOT)) {
		case "invalid_client":
			return invalidClient("rejected the client credentials (invalid_client)");
		case "invalid_scope":
			return Problem.of(redactor, Kind.INVALID_SCOPE, cc.scope() == null
					? "The token endpoint wants a scope (invalid_scope) but Scope is not set: enter the scopes the "
							+ "client may request, separated by spaces."
					: "The token endpoint refused the requested scope '" + cc.scope() + "' (invalid_scope): remove the "
							+ "scopes this client is not granted, or correct their spelling; separate several with "
							+ "spaces.")
					.options(Opt.SCOPE);
		case "unsupported_grant_type":
			return Problem.of(redactor, Kind.UNSUPPORTED_GRANT_TYPE, cc.endpoint().post()
					? "The token endpoint does not accept grant_type=" + grantType() + " (unsupported_grant_type): "
							+ "check that TokenURI is the OAuth token endpoint and that the client may use this grant"
							+ (cc.grant() instanceof Grant.PasswordGrant
									? " (many providers have switched the password grant off: use 53 with a client of "
											+ "its own if the API allows it)"
									: "")
							+ "."
					: "The token endpoint did not accept grant_type=" + grantType() + " as sent – with GET, in the "
							+ "query string (unsupported_grant_type). Most servers want POST: write TokenURI as 'POST "
							+ cc.endpoint().url() + "'.")
					.options(cc.grant() instanceof Grant.PasswordGrant
							? new Opt[] { Opt.TOKEN_URI, Opt.AUTHENTICATION_METHOD }
							: new Opt[] { Opt.TOKEN_URI });
		case "unauthorized_client":
			return Problem.of(redactor, Kind.UNAUTHORIZED_CLIENT, "The client '" + cc.clientId()
					+ "' is not allowed to use the " + grantName() + " grant (unauthorized_client): enable the grant "
					+ "for it at the provider, or check ClientID.").options(Opt.CLIENT_ID);
		case "invalid_request":
			if (!printableAscii(cc.clientId())) {
				// e.g. Spring Authorization Server refuses such ids before it looks at anything else
				return Problem.of(redactor, Kind.INVALID_REQUEST, "The token endpoint called the request malformed "
						+ "(invalid_request). ClientID '" + cc.clientId() + "' contains characters outside printable "
						+ "ASCII, which RFC 6749 (Appendix A.1) does not allow in a client id and servers may refuse: "
						+ "check ClientID against the one the provider issued." + methodHint() + modeHint())
						.options(Opt.CLIENT_ID, Opt.TOKEN_URI, Opt.CLIENT_CREDENTIALS_MODE, Opt.SCOPE);
			}
			return Problem.of(redactor, Kind.INVALID_REQUEST, "The token endpoint called the request malformed "
					+ "(invalid_request)." + methodHint() + modeHint()).options(Opt.TOKEN_URI,
							Opt.CLIENT_CREDENTIALS_MODE, Opt.SCOPE);
		case "invalid_grant":
			if (cc.grant() instanceof Grant.PasswordGrant p) {
				return Problem.of(redactor, Kind.TOKEN_REJECTED, "The token endpoint refused the user's credentials "
						+ "(invalid_grant): check User ('" + p.user() + "') and Password (" + Redactor.mask(p.password())
						+ "); some providers also refuse users with multi-factor sign-in on this grant.")
						.options(Opt.USER, Opt.PASSWORD);
			}
			if (cc.grant() instanceof Grant.RefreshTokenGrant) {
				return Problem.of(redactor, Kind.TOKEN_REJECTED, "The token endpoint refused the refresh token "
						+ "(invalid_grant): it has expired, was revoked, or was issued to another client. Get a new "
						+ "RefreshToken from the provider (sign in again) and enter it.")
						.options(Opt.REFRESH_TOKEN, Opt.CLIENT_ID);
			}
			return Problem.of(redactor, Kind.TOKEN_REJECTED, "The token endpoint refused the grant (invalid_grant): "
					+ "check that TokenURI belongs to the same provider and tenant as ClientID.")
					.options(Opt.TOKEN_URI, Opt.CLIENT_ID);
		default:
			if (status == 401) {
				return invalidClient("refused the request with '" + error + "' (HTTP 401)");
			}
			return Problem.of(redactor, Kind.TOKEN_REJECTED, "The token endpoint refused the request with error '"
					+ error + "' (HTTP " + status + ").").options(Opt.TOKEN_URI, Opt.CLIENT_ID, Opt.SCOPE);
		}
	}

	private String grantType() {
		return cc.grant().type();
	}

	private String grantName() {
		return switch (cc.grant().type()) {
		case "password" -> "password";
		case "refresh_token" -> "refresh token";
		default -> "client credentials";
		};
	}

	/** RFC 6749 Appendix A.1: client-id = *VSCHAR, VSCHAR = %x20-7E. */
	static boolean printableAscii(String s) {
		if (s == null) {
			return true;
		}
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c < 0x20 || c > 0x7E) {
				return false;
			}
		}
		return true;
	}

	private Problem invalidClient(String what) {
		StringBuilder m = new StringBuilder("The token endpoint ").append(what).append(". Check ClientID ('")
				.append(cc.clientId()).append("') and ClientSecret (")
				.append(cc.confidential() ? Redactor.mask(cc.clientSecret()) : "not set").append(")");
		if (!cc.confidential()) {
			m.append(": without a ClientSecret the client only names itself with client_id; a confidential client "
					+ "needs its secret.");
			return Problem.of(redactor, Kind.INVALID_CLIENT, m.toString()).options(Opt.CLIENT_ID, Opt.CLIENT_SECRET);
		}
		m.append("; they were sent as ").append(cc.mode().description()).append(" (ClientCredentialsMode=")
				.append(cc.mode().code()).append(").");
		if (cc.mode().basic() && cc.encodingMatters()) {
			m.append(" ClientID or ClientSecret contains characters (such as : + % & = space or non-ASCII) that RFC "
					+ "6749 §2.3.1 form-urlencodes before Base64, as this client does; some servers expect them "
					+ "unencoded (the other Basic encoding) and then see different credentials. If the credentials "
					+ "are right, use ClientCredentialsMode=3 (POST body, TokenURI prefixed with 'POST '), which "
					+ "involves no Basic encoding.");
		} else if (cc.mode().basic()) {
			m.append(" If they are right, the server may expect them elsewhere: try ClientCredentialsMode=3 (POST "
					+ "body, TokenURI prefixed with 'POST ').");
		} else {
			m.append(" If they are right, the server may expect them in an HTTP Basic header: try "
					+ "ClientCredentialsMode=0.");
		}
		return Problem.of(redactor, Kind.INVALID_CLIENT, m.toString()).options(Opt.CLIENT_ID, Opt.CLIENT_SECRET,
				Opt.CLIENT_CREDENTIALS_MODE);
	}

	private Problem byStatus(BufferedResponse r, ResponseBodyShape body) {
		int code = r.code();
		String url = String.valueOf(cc.endpoint().url());
		if (code >= 300 && code < 400) {
			return redirect(r);
		}
		if (code == 401) {
			return invalidClient("answered 401 Unauthorized");
		}
		if (code == 405) {
			String allow = r.header("Allow");
			return Problem.of(redactor, Kind.METHOD_NOT_ALLOWED, cc.endpoint().post()
					? "The token endpoint does not accept POST (HTTP 405" + (allow != null ? ", allows " + allow : "")
							+ "): check the path in TokenURI, or remove its 'POST ' prefix if the provider really "
							+ "wants GET."
					: "The token endpoint does not accept GET (HTTP 405" + (allow != null ? ", allows " + allow : "")
							+ "): write TokenURI as 'POST " + url + "'.")
					.options(Opt.TOKEN_URI);
		}
		if (code == 404) {
			return Problem.of(redactor, Kind.NOT_FOUND, "There is no token endpoint at " + url
					+ " (HTTP 404): check the path in TokenURI against the provider's documentation.")
					.options(Opt.TOKEN_URI);
		}
		if (code == 407) {
			return Problem.of(redactor, Kind.PROXY, "The proxy refused the request (HTTP 407 Proxy Authentication "
					+ "Required): check ProxyUser and ProxyPassword.").options(Opt.PROXY_USER, Opt.PROXY_PASSWORD);
		}
		if (body.format() == ResponseBodyShape.Format.HTML) {
			return Problem.of(redactor, Kind.HTML_RESPONSE, "TokenURI answered with an HTML page"
					+ (body.htmlTitle() != null ? " ('" + body.htmlTitle() + "')" : "") + " instead of a token (HTTP "
					+ code + "): it probably points at a web page or sign-in page, not at the OAuth token endpoint.")
					.options(Opt.TOKEN_URI);
		}
		if (body.format() == ResponseBodyShape.Format.EMPTY) {
			return Problem.of(redactor, Kind.EMPTY_RESPONSE, "The token endpoint answered HTTP " + code + " " + r.message()
					+ " with an empty body, so there is no token: check the path and method (" + cc.endpoint().method()
					+ ") of TokenURI.").options(Opt.TOKEN_URI);
		}
		if (code >= 200 && code < 300) {
			return Problem.of(redactor, Kind.MALFORMED_RESPONSE, "The token endpoint answered HTTP " + code
					+ " but without an access_token. " + received(body, r) + " Check that TokenURI is the OAuth "
					+ "token endpoint.").options(Opt.TOKEN_URI);
		}
		if (code >= 500) {
			return Problem.of(redactor, Kind.SERVER_ERROR, "The token endpoint failed (HTTP " + code + " "
					+ r.message() + "): the provider has a problem; try again later, and check TokenURI if it "
					+ "persists.").options(Opt.TOKEN_URI);
		}
		if (code == 403) {
			return Problem.of(redactor, Kind.FORBIDDEN, "The token endpoint refused the request (HTTP 403 "
					+ "Forbidden): the client may not be allowed to request tokens, or not from this network. "
					+ "Check ClientID and Scope.").options(Opt.CLIENT_ID, Opt.SCOPE);
		}
		if (code == 400) {
			return Problem.of(redactor, Kind.INVALID_REQUEST, "The token endpoint called the request malformed "
					+ "(HTTP 400)." + methodHint() + modeHint()).options(Opt.TOKEN_URI, Opt.CLIENT_CREDENTIALS_MODE);
		}
		return Problem.of(redactor, Kind.HTTP_ERROR, "The token endpoint answered HTTP " + code + " " + r.message()
				+ ". " + received(body, r)).options(Opt.TOKEN_URI);
	}

	private Problem redirect(BufferedResponse r) {
		String location = r.header("Location");
		StringBuilder m = new StringBuilder("TokenURI redirects (HTTP ").append(r.code()).append(")");
		if (location == null) {
			m.append(" without saying where: check TokenURI.");
			return Problem.of(redactor, Kind.REDIRECT, m.toString()).options(Opt.TOKEN_URI);
		}
		okhttp3.HttpUrl target = r.url().resolve(location);
		m.append(" to ").append(target != null ? target : location).append('.');
		String lower = location.toLowerCase(Locale.ROOT);
		if (lower.contains("login") || lower.contains("signin") || lower.contains("sign-in") || lower.contains("logon")
				|| lower.contains("sso") || lower.contains("authorize")) {
			m.append(" That looks like a sign-in page: TokenURI must be the OAuth token endpoint itself, which "
					+ "answers with JSON, not a web address for people.");
		} else if (target != null && target.host().equalsIgnoreCase(r.url().host()) && target.isHttps()
				&& !r.url().isHttps()) {
			m.append(" Use the https:// address in TokenURI directly.");
		} else {
			m.append(" Credentials are not sent on to another address: if that is the real token endpoint, put it in "
					+ "TokenURI.");
		}
		return Problem.of(redactor, Kind.REDIRECT, m.toString()).options(Opt.TOKEN_URI);
	}

	private String methodHint() {
		return cc.endpoint().post() ? "" : " It was sent with GET and query parameters; most servers want POST: "
				+ "write TokenURI as 'POST " + cc.endpoint().url() + "'.";
	}

	private String modeHint() {
		return cc.mode() == CredentialsMode.URL ? " The client id and secret went into the URL "
				+ "(ClientCredentialsMode=2), which many servers refuse: try 0 (HTTP Basic)." : "";
	}

	/** What came back instead of a token: field names, or the start of the body (redacted). */
	private String received(ResponseBodyShape body, BufferedResponse r) {
		if (!body.fields().isEmpty()) {
			return "It sent the fields " + body.fields().keySet() + ".";
		}
		String text = redactor.redact(r.text().strip());
		if (text.length() > 200) {
			text = text.substring(0, 200) + "…";
		}
		String type = r.contentType() == null ? "no Content-Type" : r.contentType().toString();
		return "It sent (" + type + "): " + text;
	}
}
