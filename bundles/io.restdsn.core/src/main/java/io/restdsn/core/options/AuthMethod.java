package io.restdsn.core.options;

import static io.restdsn.core.options.OptionNames.ACCESS_KEY;
import static io.restdsn.core.options.OptionNames.ACCESS_TOKEN;
import static io.restdsn.core.options.OptionNames.AUTH_HEADER;
import static io.restdsn.core.options.OptionNames.AUTH_PARAM;
import static io.restdsn.core.options.OptionNames.AUTH_URI;
import static io.restdsn.core.options.OptionNames.CLAIMS_ISSUER;
import static io.restdsn.core.options.OptionNames.CLAIMS_SUBJECT;
import static io.restdsn.core.options.OptionNames.CLIENT_CREDENTIALS_MODE;
import static io.restdsn.core.options.OptionNames.CLIENT_ID;
import static io.restdsn.core.options.OptionNames.CLIENT_SECRET;
import static io.restdsn.core.options.OptionNames.JWT_CERT_ALIAS;
import static io.restdsn.core.options.OptionNames.JWT_CERT_PASSWORD;
import static io.restdsn.core.options.OptionNames.JWT_CERT_STORE;
import static io.restdsn.core.options.OptionNames.OAUTH_CODE;
import static io.restdsn.core.options.OptionNames.PASSWORD;
import static io.restdsn.core.options.OptionNames.REDIRECT_URI;
import static io.restdsn.core.options.OptionNames.REFRESH_TOKEN;
import static io.restdsn.core.options.OptionNames.REGION;
import static io.restdsn.core.options.OptionNames.REST_CONFIG_FILE;
import static io.restdsn.core.options.OptionNames.SCOPE;
import static io.restdsn.core.options.OptionNames.SECRET_KEY;
import static io.restdsn.core.options.OptionNames.SECURITY_TOKEN;
import static io.restdsn.core.options.OptionNames.TOKEN_URI;
import static io.restdsn.core.options.OptionNames.USER;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Every value of the AuthenticationMethod option: its code (what the connector reads), its JDBC name (what older
 * DSNs wrote), the label the editor shows, the authentication options it uses and the ones it cannot work without.
 * <p>
 * {@link #uses()} lists authentication options only (it drives which fields the editor shows for a method);
 * {@link #requires()} may name any option (Custom needs a Model file).
 */
public enum AuthMethod {

	NONE(15, "None", "None", List.of(), List.of()),
	BASIC(0, "Basic", "Basic: user name and password", List.of(USER, PASSWORD, AUTH_HEADER), List.of(USER, PASSWORD)),
	DIGEST(30, "Digest", "Digest: user name and password", List.of(USER, PASSWORD), List.of(USER, PASSWORD)),
	BEARER_TOKEN(34, "BearerToken", "Bearer token", List.of(SECURITY_TOKEN), List.of(SECURITY_TOKEN)),
	/** AuthHeader defaults to {@code Authorization}, so only the token is strictly required. */
	HTTP_HEADER(25, "HTTPHeader", "HTTP header: token in a header", List.of(AUTH_HEADER, SECURITY_TOKEN),
			List.of(SECURITY_TOKEN)),
	URL_PARAMETER(14, "URLParameter", "URL parameter: token in the query string", List.of(AUTH_PARAM, SECURITY_TOKEN),
			List.of(AUTH_PARAM, SECURITY_TOKEN)),
	AWS(43, "AWS", "AWS signature: access key, secret key, region", List.of(ACCESS_KEY, SECRET_KEY, REGION),
			List.of(ACCESS_KEY, SECRET_KEY, REGION)),
	/**
	 * The value older DSNs use for every OAuth 2.0 grant; {@link #grantFor(Predicate)} decides which one from the
	 * options present. Its own requirements are those of that grant.
	 */
	OAUTH2(24, "OAuth2", "OAuth 2.0, legacy alias: grant chosen from the options",
			List.of(CLIENT_ID, CLIENT_SECRET, TOKEN_URI, SCOPE, CLIENT_CREDENTIALS_MODE, AUTH_HEADER, SECURITY_TOKEN,
					ACCESS_TOKEN, AUTH_URI, REDIRECT_URI, OAUTH_CODE, REFRESH_TOKEN, USER, PASSWORD, CLAIMS_ISSUER,
					CLAIMS_SUBJECT, JWT_CERT_STORE, JWT_CERT_PASSWORD, JWT_CERT_ALIAS),
			List.of()),
	OAUTH2_ACCESS_TOKEN(50, "OAuth2-AccessToken", "OAuth 2.0 access token",
			List.of(ACCESS_TOKEN, AUTH_HEADER, SECURITY_TOKEN), List.of(ACCESS_TOKEN)),
	OAUTH2_AUTHORIZATION_CODE(51, "OAuth2-AuthorizationCode", "OAuth 2.0 authorization code",
			List.of(CLIENT_ID, CLIENT_SECRET, AUTH_URI, TOKEN_URI, REDIRECT_URI, SCOPE, OAUTH_CODE, REFRESH_TOKEN,
					AUTH_HEADER, SECURITY_TOKEN),
			List.of(CLIENT_ID, AUTH_URI, TOKEN_URI, REDIRECT_URI)),
	OAUTH2_PASSWORD(52, "OAuth2-Password", "OAuth 2.0 password",
			List.of(USER, PASSWORD, TOKEN_URI, CLIENT_ID, CLIENT_SECRET, SCOPE, AUTH_HEADER, SECURITY_TOKEN),
			List.of(USER, PASSWORD, TOKEN_URI, CLIENT_ID)),
	OAUTH2_CLIENT_CREDENTIALS(53, "OAuth2-ClientCredentials", "OAuth 2.0 client credentials",
			List.of(CLIENT_ID, CLIENT_SECRET, TOKEN_URI, SCOPE, CLIENT_CREDENTIALS_MODE, AUTH_HEADER, SECURITY_TOKEN),
			List.of(CLIENT_ID, CLIENT_SECRET, TOKEN_URI)),
	OAUTH2_REFRESH_TOKEN(54, "OAuth2-RefreshToken", "OAuth 2.0 refresh token",
			List.of(CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN, TOKEN_URI, AUTH_HEADER, SECURITY_TOKEN),
			List.of(CLIENT_ID, REFRESH_TOKEN, TOKEN_URI)),
	OAUTH2_JWT_BEARER(55, "OAuth2-JWTBearer", "OAuth 2.0 JWT bearer",
			List.of(CLAIMS_ISSUER, CLAIMS_SUBJECT, JWT_CERT_STORE, JWT_CERT_PASSWORD, JWT_CERT_ALIAS, TOKEN_URI,
					AUTH_HEADER, SECURITY_TOKEN),
			List.of(CLAIMS_ISSUER, JWT_CERT_STORE, TOKEN_URI)),
	OAUTH2_PKCE(56, "OAuth2-PKCE", "OAuth 2.0 authorization code with PKCE",
			List.of(CLIENT_ID, AUTH_URI, TOKEN_URI, REDIRECT_URI, SCOPE, AUTH_HEADER, SECURITY_TOKEN),
			List.of(CLIENT_ID, AUTH_URI, TOKEN_URI, REDIRECT_URI)),
	CUSTOM(29, "Custom", "Custom: steps in the Model file", List.of(), List.of(REST_CONFIG_FILE));

	/** What the connector assumes when AuthenticationMethod is absent. */
	public static final AuthMethod DEFAULT = NONE;

	private final int code;
	private final String jdbcName;
	private final String label;
	private final List<String> uses;
	private final List<String> requires;

	AuthMethod(int code, String jdbcName, String label, List<String> uses, List<String> requires) {
		this.code = code;
		this.jdbcName = jdbcName;
		this.label = label;
		this.uses = uses;
		this.requires = requires;
	}

	/** The number written as the option value. */
	public int code() {
		return code;
	}

	/** The value as written to the option, e.g. {@code "53"}. */
	public String value() {
		return Integer.toString(code);
	}

	/** The word the JDBC driver and older DSNs use, e.g. {@code OAuth2-ClientCredentials}. */
	public String jdbcName() {
		return jdbcName;
	}

	/** What the editor shows. */
	public String label() {
		return label;
	}

	/** Authentication options this method reads (the editor shows these), in editor order. */
	public List<String> uses() {
		return uses;
	}

	/** Options that must be set for the method to work at all (for {@link #OAUTH2}: see {@link #grantFor}). */
	public List<String> requires() {
		return requires;
	}

	/** True for the methods that exchange something for a token at TokenURI. */
	public boolean usesTokenEndpoint() {
		return uses.contains(TOKEN_URI);
	}

	/** Editor order: the product's main flow first, the rest as the connector documents them. */
	public static List<AuthMethod> displayOrder() {
		List<AuthMethod> order = new ArrayList<>();
		order.add(OAUTH2_CLIENT_CREDENTIALS);
		Arrays.stream(values()).filter(m -> m != OAUTH2_CLIENT_CREDENTIALS).forEach(order::add);
		return List.copyOf(order);
	}

	public static Optional<AuthMethod> fromCode(int code) {
		return Arrays.stream(values()).filter(m -> m.code == code).findFirst();
	}

	/**
	 * Reads an option value as the connector does: a number, or (older DSNs) a word such as {@code OAuth2},
	 * {@code Basic}, {@code HttpHeader}, {@code UrlParameter}, {@code None} or a JDBC name like
	 * {@code OAuth2-ClientCredentials}. Case, blanks, {@code -} and {@code _} in words do not matter.
	 */
	public static Optional<AuthMethod> fromValue(String value) {
		if (value == null) {
			return Optional.empty();
		}
		String v = value.trim();
		if (v.matches("[0-9]{1,9}")) {
			return fromCode(Integer.parseInt(v));
		}
		String word = squash(v);
		if (word.isEmpty()) {
			return Optional.empty();
		}
		return Arrays.stream(values()).filter(m -> squash(m.jdbcName).equals(word)).findFirst();
	}

	private static String squash(String word) {
		return word.replaceAll("[\\s_-]", "").toLowerCase(Locale.ROOT);
	}

	/**
	 * The grant this method stands for, given which options are set. Every method but {@link #OAUTH2} is itself; the
	 * legacy value is read the way the connector reads it: the most specific grant whose own options are present, and
	 * client credentials when nothing more specific is there (the common case for old DSNs).
	 *
	 * @param isSet whether an option (catalog name) has a value
	 */
	public AuthMethod grantFor(Predicate<String> isSet) {
		if (this != OAUTH2) {
			return this;
		}
		if (isSet.test(CLAIMS_ISSUER) || isSet.test(JWT_CERT_STORE)) {
			return OAUTH2_JWT_BEARER;
		}
		if (isSet.test(AUTH_URI) || isSet.test(OAUTH_CODE) || isSet.test(REDIRECT_URI)) {
			return OAUTH2_AUTHORIZATION_CODE;
		}
		if (isSet.test(USER) || isSet.test(PASSWORD)) {
			return OAUTH2_PASSWORD;
		}
		if (isSet.test(REFRESH_TOKEN)) {
			return OAUTH2_REFRESH_TOKEN;
		}
		boolean clientOptions = isSet.test(CLIENT_ID) || isSet.test(CLIENT_SECRET) || isSet.test(TOKEN_URI);
		if (isSet.test(ACCESS_TOKEN) && !clientOptions) {
			return OAUTH2_ACCESS_TOKEN;
		}
		return OAUTH2_CLIENT_CREDENTIALS;
	}

	/** {@code "53 (OAuth 2.0 client credentials)"}: how messages name a method. */
	public String describe() {
		return code + " (" + label + ")";
	}
}
