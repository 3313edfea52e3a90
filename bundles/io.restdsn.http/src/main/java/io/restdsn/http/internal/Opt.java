package io.restdsn.http.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The options this bundle reads, with the short names and legacy spellings the connector also accepts.
 * <p>
 * Kept here as strings rather than taken from {@code io.restdsn.core.options} so this bundle builds and works while
 * the option catalog evolves; the spellings are the catalog's (connection-options.md).
 */
public enum Opt {
	AUTHENTICATION_METHOD("AuthenticationMethod", "am"),
	CLIENT_ID("ClientID"),
	CLIENT_SECRET("ClientSecret"),
	TOKEN_URI("TokenURI", "o2tu"),
	SCOPE("Scope"),
	AUTH_HEADER("AuthHeader", "ah"),
	SECURITY_TOKEN("SecurityToken", "st"),
	CLIENT_CREDENTIALS_MODE("ClientCredentialsMode", "clcm"),
	USER("User", "LogonID"),
	PASSWORD("Password"),
	AUTH_PARAM("AuthParam", "ap"),
	ACCESS_TOKEN("AccessToken"),
	REFRESH_TOKEN("RefreshToken"),
	AUTH_URI("AuthURI"),
	OAUTH_CODE("OAuthCode"),
	REDIRECT_URI("RedirectURI"),
	CLAIMS_ISSUER("ClaimsIssuer"),
	JWT_CERT_STORE("JWTCertStore"),
	ACCESS_KEY("AccessKey"),
	SECRET_KEY("SecretKey"),
	REGION("Region"),
	REST_CONFIG_FILE("RestConfigFile", "rcf", "Config"),
	REST_SAMPLE_PATH("RestSamplePath", "rsp", "Sample"),
	HOST_NAME("HostName", "host"),
	PORT_NUMBER("PortNumber", "port"),
	JSON_ROOT("JSONRoot", "jr"),
	HEALTH_URI("HealthURI", "huri"),
	ENCRYPTION_METHOD("EncryptionMethod", "em"),
	VALIDATE_SERVER_CERTIFICATE("ValidateServerCertificate", "vsc"),
	TRUST_STORE("TrustStore"),
	TRUST_STORE_PASSWORD("TrustStorePassword"),
	HOST_NAME_IN_CERTIFICATE("HostNameInCertificate"),
	CRYPTO_PROTOCOL_VERSION("CryptoProtocolVersion"),
	KEY_STORE("KeyStore"),
	KEY_STORE_PASSWORD("KeyStorePassword"),
	KEY_PASSWORD("KeyPassword"),
	PROXY_HOST("ProxyHost"),
	PROXY_PORT("ProxyPort"),
	PROXY_USER("ProxyUser"),
	PROXY_PASSWORD("ProxyPassword"),
	WS_TIMEOUT("WSTimeout"),
	LOGIN_TIMEOUT("LoginTimeout");

	/** Options whose values are secret (connection-options.md), lower case. */
	private static final Set<String> SECRETS = Set.of("clientsecret", "securitytoken", "st", "password", "accesstoken",
			"refreshtoken", "secretkey", "jwtcertpassword", "keystorepassword", "keypassword", "truststorepassword",
			"proxypassword");

	private final String spelling;
	private final List<String> aliases;

	Opt(String spelling, String... aliases) {
		this.spelling = spelling;
		this.aliases = List.of(aliases);
	}

	/** The catalog spelling, used in messages and for the secret lookup. */
	public String spelling() {
		return spelling;
	}

	/** Every name the option may be stored under, the catalog spelling first. */
	List<String> names() {
		List<String> all = new java.util.ArrayList<>();
		all.add(spelling);
		all.addAll(aliases);
		return all;
	}

	@Override
	public String toString() {
		return spelling;
	}

	/**
	 * True when an option of this name holds a secret: the catalog's list, plus anything that calls itself a password
	 * or secret (drivers have more options than the catalog, and over-masking is the safe mistake).
	 */
	static boolean isSecretName(String key) {
		String k = key.trim().toLowerCase(Locale.ROOT);
		return SECRETS.contains(k) || k.contains("password") || k.contains("secret");
	}
}
