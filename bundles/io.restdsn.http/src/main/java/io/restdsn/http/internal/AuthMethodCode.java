package io.restdsn.http.internal;

import java.util.Locale;
import java.util.Map;

/**
 * Reads AuthenticationMethod as the connector does: a number, or an older DSN's word ({@code OAuth2},
 * {@code HttpHeader}, a JDBC name such as {@code OAuth2-ClientCredentials}); and decides which grant the legacy value
 * 24 stands for. Mirrors {@code io.restdsn.core.options.AuthMethod} without depending on it.
 */
final class AuthMethodCode {

	static final int BASIC = 0;
	static final int URL_PARAMETER = 14;
	static final int NONE = 15;
	static final int OAUTH2_LEGACY = 24;
	static final int HTTP_HEADER = 25;
	static final int DIGEST = 30;
	static final int BEARER_TOKEN = 34;
	static final int AWS = 43;
	static final int ACCESS_TOKEN = 50;
	static final int AUTHORIZATION_CODE = 51;
	static final int PASSWORD_GRANT = 52;
	static final int CLIENT_CREDENTIALS = 53;
	static final int REFRESH_TOKEN = 54;
	static final int JWT_BEARER = 55;

	private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("none", 15), Map.entry("basic", 0),
			Map.entry("digest", 30), Map.entry("bearertoken", 34), Map.entry("httpheader", 25),
			Map.entry("urlparameter", 14), Map.entry("aws", 43), Map.entry("oauth2", 24),
			Map.entry("oauth2accesstoken", 50), Map.entry("oauth2authorizationcode", 51),
			Map.entry("oauth2password", 52), Map.entry("oauth2clientcredentials", 53),
			Map.entry("oauth2refreshtoken", 54), Map.entry("oauth2jwtbearer", 55), Map.entry("oauth2pkce", 56),
			Map.entry("custom", 29));

	private static final Map<Integer, String> NAMES = Map.ofEntries(Map.entry(15, "None"), Map.entry(0, "Basic"),
			Map.entry(30, "Digest"), Map.entry(34, "BearerToken"), Map.entry(25, "HTTPHeader"),
			Map.entry(14, "URLParameter"), Map.entry(43, "AWS"), Map.entry(24, "OAuth2"),
			Map.entry(50, "OAuth2-AccessToken"), Map.entry(51, "OAuth2-AuthorizationCode"),
			Map.entry(52, "OAuth2-Password"), Map.entry(53, "OAuth2-ClientCredentials"),
			Map.entry(54, "OAuth2-RefreshToken"), Map.entry(55, "OAuth2-JWTBearer"), Map.entry(56, "OAuth2-PKCE"),
			Map.entry(29, "Custom"));

	private AuthMethodCode() {
	}

	/** The code, or null when the value is neither a number nor a known word. */
	static Integer parse(String value) {
		if (value == null || value.isBlank()) {
			return NONE;
		}
		String v = value.trim();
		if (v.matches("[0-9]{1,9}")) {
			return Integer.valueOf(v);
		}
		return WORDS.get(v.replaceAll("[\\s_-]", "").toLowerCase(Locale.ROOT));
	}

	/** {@code 53 (OAuth2-ClientCredentials)}. */
	static String describe(int code) {
		String name = NAMES.get(code);
		return name == null ? Integer.toString(code) : code + " (" + name + ")";
	}

	/** The grant the legacy value 24 stands for, given the options present (same order as the core's AuthMethod). */
	static int grantForLegacy(DsnReader r) {
		if (set(r, Opt.CLAIMS_ISSUER) || set(r, Opt.JWT_CERT_STORE)) {
			return JWT_BEARER;
		}
		if (set(r, Opt.AUTH_URI) || set(r, Opt.OAUTH_CODE) || set(r, Opt.REDIRECT_URI)) {
			return AUTHORIZATION_CODE;
		}
		if (set(r, Opt.USER) || r.dsn().has(Opt.PASSWORD.spelling())) {
			return PASSWORD_GRANT;
		}
		if (r.dsn().has(Opt.REFRESH_TOKEN.spelling())) {
			return REFRESH_TOKEN;
		}
		boolean client = set(r, Opt.CLIENT_ID) || r.dsn().has(Opt.CLIENT_SECRET.spelling()) || set(r, Opt.TOKEN_URI);
		if (r.dsn().has(Opt.ACCESS_TOKEN.spelling()) && !client) {
			return ACCESS_TOKEN;
		}
		return CLIENT_CREDENTIALS;
	}

	private static boolean set(DsnReader r, Opt o) {
		return r.text(o) != null;
	}
}
