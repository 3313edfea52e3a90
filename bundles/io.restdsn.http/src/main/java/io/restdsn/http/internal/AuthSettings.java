package io.restdsn.http.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import io.restdsn.http.ConnectionException;

/**
 * How a DSN authenticates, read and checked: an OAuth 2.0 token grant (client credentials 53, resource owner password
 * 52, refresh token 54; or 24 resolved by the options present), one of the fixed-credential methods (None, Basic,
 * BearerToken, HTTPHeader, URLParameter, OAuth2-AccessToken) whose headers never change, or a method whose
 * credentials are computed per request (Digest: {@link DigestAuth}; AWS Signature Version 4: {@link AwsAuth}). Other
 * methods are reported as not supported rather than silently sending requests without credentials.
 */
final class AuthSettings {

	/** A header to add to requests. */
	record Header(String name, String value) {
		@Override
		public String toString() {
			return name + ": " + io.restdsn.http.Redactor.mask(value);
		}
	}

	/** A query parameter to add to requests (URLParameter). */
	record Param(String name, String value) {
		@Override
		public String toString() {
			return name + "=" + io.restdsn.http.Redactor.mask(value);
		}
	}

	private final int method;
	private final ClientCredentials clientCredentials;
	private final Header customHeader;
	private final List<Header> fixedHeaders;
	private final List<Param> fixedParams;
	/** Digest or AWS, else null; set only by {@link #perRequest} right after construction. */
	private RequestAuth requestAuth;

	private AuthSettings(int method, ClientCredentials cc, Header customHeader, List<Header> fixedHeaders,
			List<Param> fixedParams) {
		this.method = method;
		this.clientCredentials = cc;
		this.customHeader = customHeader;
		this.fixedHeaders = List.copyOf(fixedHeaders);
		this.fixedParams = List.copyOf(fixedParams);
	}

	/** The effective AuthenticationMethod (24 resolved to its grant). */
	int method() {
		return method;
	}

	boolean usesTokenEndpoint() {
		return clientCredentials != null;
	}

	/** Null unless {@link #usesTokenEndpoint()}. */
	ClientCredentials clientCredentials() {
		return clientCredentials;
	}

	/** AuthHeader: SecurityToken with OAuth methods, sent to the token endpoint and with data requests; or null. */
	Header customHeader() {
		return customHeader;
	}

	/** Headers of the fixed-credential methods, including the custom header. */
	List<Header> fixedHeaders() {
		return fixedHeaders;
	}

	List<Param> fixedParams() {
		return fixedParams;
	}

	/** Credentials computed per request (Digest, AWS), or null. */
	RequestAuth requestAuth() {
		return requestAuth;
	}

	static AuthSettings read(DsnReader r) throws ConnectionException {
		String raw = r.text(Opt.AUTHENTICATION_METHOD);
		Integer code = AuthMethodCode.parse(raw);
		if (code == null) {
			throw Problem.config("AuthenticationMethod '" + raw + "' is neither a number nor a known name: use 53 for "
					+ "OAuth 2.0 client credentials.", Opt.AUTHENTICATION_METHOD);
		}
		int method = code == AuthMethodCode.OAUTH2_LEGACY ? AuthMethodCode.grantForLegacy(r) : code;
		switch (method) {
		case AuthMethodCode.NONE:
			return new AuthSettings(method, null, null, List.of(), List.of());
		case AuthMethodCode.CLIENT_CREDENTIALS:
			return new AuthSettings(method, clientCredentials(r), oauthHeader(r), List.of(), List.of());
		case AuthMethodCode.PASSWORD_GRANT: {
			String user = r.text(Opt.USER);
			if (user == null) {
				throw Problem.config("AuthenticationMethod " + AuthMethodCode.describe(method) + " needs User: the "
						+ "name of the user whose password is exchanged for tokens.", Opt.USER);
			}
			String password = required(r, Opt.PASSWORD, method);
			ClientCredentials cc = grantRequest(r, new Grant.PasswordGrant(user, password));
			if (!cc.endpoint().post()) {
				throw Problem.config("The password grant sends the user's password to the token endpoint; with GET "
						+ "it would travel in the URL (and end up in server and proxy logs). Write TokenURI as 'POST "
						+ cc.endpoint().url() + "'.", Opt.TOKEN_URI);
			}
			return new AuthSettings(method, cc, oauthHeader(r), List.of(), List.of());
		}
		case AuthMethodCode.REFRESH_TOKEN: {
			String refresh = required(r, Opt.REFRESH_TOKEN, method);
			return new AuthSettings(method, grantRequest(r, new Grant.RefreshTokenGrant(refresh)), oauthHeader(r),
					List.of(), List.of());
		}
		case AuthMethodCode.ACCESS_TOKEN: {
			String token = headerSafe(required(r, Opt.ACCESS_TOKEN, method), Opt.ACCESS_TOKEN);
			Header custom = oauthHeader(r);
			List<Header> h = new ArrayList<>();
			h.add(new Header("Authorization", "Bearer " + token));
			if (custom != null) {
				h.add(custom);
			}
			return new AuthSettings(method, null, custom, h, List.of());
		}
		case AuthMethodCode.BEARER_TOKEN:
			return fixed(method, new Header("Authorization",
					"Bearer " + headerSafe(required(r, Opt.SECURITY_TOKEN, method), Opt.SECURITY_TOKEN)));
		case AuthMethodCode.HTTP_HEADER: {
			String name = headerName(r);
			return fixed(method,
					new Header(name, headerSafe(required(r, Opt.SECURITY_TOKEN, method), Opt.SECURITY_TOKEN)));
		}
		case AuthMethodCode.BASIC: {
			String user = r.text(Opt.USER);
			if (user == null) {
				throw Problem.config("AuthenticationMethod " + AuthMethodCode.describe(method) + " needs User.",
						Opt.USER);
			}
			String password = required(r, Opt.PASSWORD, method);
			String basic = Base64.getEncoder()
					.encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
			return fixed(method, new Header(headerName(r), "Basic " + basic));
		}
		case AuthMethodCode.URL_PARAMETER: {
			String param = r.text(Opt.AUTH_PARAM);
			if (param == null) {
				throw Problem.config("AuthenticationMethod " + AuthMethodCode.describe(method)
						+ " needs AuthParam: the name of the query parameter that carries the SecurityToken.",
						Opt.AUTH_PARAM);
			}
			String token = required(r, Opt.SECURITY_TOKEN, method);
			return new AuthSettings(method, null, null, List.of(), List.of(new Param(param, token)));
		}
		case AuthMethodCode.DIGEST:
			return perRequest(method, DigestAuth.read(r, method));
		case AuthMethodCode.AWS:
			return perRequest(method, AwsAuth.read(r, method));
		default:
			throw Problem.config("AuthenticationMethod " + AuthMethodCode.describe(method)
					+ (code == AuthMethodCode.OAUTH2_LEGACY ? " (chosen for the legacy value 24 by the options present)"
							: "")
					+ " is not supported by this version's HTTP client. Supported: 53 (OAuth2-ClientCredentials, or 24 "
					+ "with ClientID/ClientSecret/TokenURI), 52 (OAuth2-Password), 54 (OAuth2-RefreshToken), 15 (None), "
					+ "0 (Basic), 30 (Digest), 34 (BearerToken), 25 (HTTPHeader), 14 (URLParameter), 43 (AWS), "
					+ "50 (OAuth2-AccessToken).", Opt.AUTHENTICATION_METHOD);
		}
	}

	private static AuthSettings fixed(int method, Header h) {
		return new AuthSettings(method, null, null, List.of(h), List.of());
	}

	/**
	 * The token request of the password (52) and refresh token (54) grants: like client credentials, except that a
	 * public client has no secret (it then sends only client_id, RFC 6749 §3.2.1).
	 */
	private static ClientCredentials grantRequest(DsnReader r, Grant grant) throws ConnectionException {
		TokenEndpoint endpoint = TokenEndpoint.parse(r.text(Opt.TOKEN_URI));
		String id = r.text(Opt.CLIENT_ID);
		if (id == null) {
			throw Problem.config("ClientID is not set: enter the client id the provider issued for this application.",
					Opt.CLIENT_ID);
		}
		String secret = r.secret(Opt.CLIENT_SECRET);
		CredentialsMode mode = mode(r);
		if (mode == CredentialsMode.POST_BODY && !endpoint.post()) {
			throw Problem.config("ClientCredentialsMode=3 sends the client id and secret in a POST body, but TokenURI "
					+ "has no 'POST ' prefix (GET is the default): write TokenURI as 'POST " + endpoint.url()
					+ "', or choose ClientCredentialsMode 0 (HTTP Basic).", Opt.TOKEN_URI, Opt.CLIENT_CREDENTIALS_MODE);
		}
		String scope = r.text(Opt.SCOPE);
		return new ClientCredentials(endpoint, id, secret, scope == null ? null : scope.replaceAll("\\s+", " "), mode,
				grant);
	}

	private static CredentialsMode mode(DsnReader r) throws ConnectionException {
		int modeCode = r.integer(Opt.CLIENT_CREDENTIALS_MODE, 0);
		CredentialsMode mode = CredentialsMode.of(modeCode);
		if (mode == null) {
			throw Problem.config("ClientCredentialsMode must be 0 or 1 (HTTP Basic), 2 (URL parameters) or 3 (POST "
					+ "body), not " + modeCode + ".", Opt.CLIENT_CREDENTIALS_MODE);
		}
		return mode;
	}

	private static AuthSettings perRequest(int method, RequestAuth auth) {
		AuthSettings s = new AuthSettings(method, null, null, List.of(), List.of());
		s.requestAuth = auth;
		return s;
	}

	private static ClientCredentials clientCredentials(DsnReader r) throws ConnectionException {
		ClientCredentials cc = grantRequest(r, Grant.CLIENT_CREDENTIALS);
		if (!cc.confidential()) {
			throw Problem.config("ClientSecret is not set, neither in the DSN nor in secure storage: enter it.",
					Opt.CLIENT_SECRET);
		}
		return cc;
	}

	/** AuthHeader with OAuth methods: an extra header; SecurityToken is its value and then required. */
	private static Header oauthHeader(DsnReader r) throws ConnectionException {
		String name = r.text(Opt.AUTH_HEADER);
		if (name == null) {
			return null;
		}
		if (name.equalsIgnoreCase("Authorization")) {
			throw Problem.config("AuthHeader names an extra header sent with the access token; it cannot be "
					+ "Authorization, which carries the token itself. Enter the header the API expects (e.g. "
					+ "x-api-key) or clear AuthHeader.", Opt.AUTH_HEADER);
		}
		checkHeaderName(name);
		String value = r.secret(Opt.SECURITY_TOKEN);
		if (value == null) {
			throw Problem.config("AuthHeader is set to '" + name + "' but SecurityToken, the header's value, is not: "
					+ "enter SecurityToken or clear AuthHeader.", Opt.SECURITY_TOKEN, Opt.AUTH_HEADER);
		}
		return new Header(name, headerSafe(value, Opt.SECURITY_TOKEN));
	}

	private static String headerName(DsnReader r) throws ConnectionException {
		String name = r.text(Opt.AUTH_HEADER);
		if (name == null) {
			return "Authorization";
		}
		checkHeaderName(name);
		return name;
	}

	private static void checkHeaderName(String name) throws ConnectionException {
		if (!name.matches("[!#$%&'*+.^_`|~0-9A-Za-z-]+")) {
			throw Problem.config("AuthHeader '" + name + "' is not a valid HTTP header name (letters, digits and "
					+ "- only, no spaces or colon).", Opt.AUTH_HEADER);
		}
	}

	/**
	 * Refuses values HTTP headers cannot carry (line breaks, non-ASCII) here, with a message that names the option:
	 * OkHttp would otherwise reject them later with an exception that quotes the value.
	 */
	static String headerSafe(String value, Opt opt) throws ConnectionException {
		if (!isHeaderSafe(value)) {
			throw Problem.config(opt + " contains characters an HTTP header cannot carry (line breaks, control or "
					+ "non-ASCII characters): check for a stray newline or a pasting mistake.", opt);
		}
		return value;
	}

	static boolean isHeaderSafe(String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c != '\t' && (c < 0x20 || c > 0x7e)) {
				return false;
			}
		}
		return true;
	}

	private static String required(DsnReader r, Opt opt, int method) throws ConnectionException {
		String v = r.secret(opt);
		if (v == null) {
			throw Problem.config("AuthenticationMethod " + AuthMethodCode.describe(method) + " needs " + opt
					+ ", which is set neither in the DSN nor in secure storage.", opt);
		}
		return v;
	}
}
