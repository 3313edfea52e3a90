package io.restdsn.core.options;

/**
 * Catalog spellings of the options the code refers to by name, so a typo is a compile error rather than an option
 * that silently never matches. Lookups are case-insensitive anyway; these are the spellings written back.
 */
public final class OptionNames {

	// General
	public static final String DRIVER = "Driver";
	public static final String DATA_SOURCE_NAME = "DataSourceName";
	public static final String DESCRIPTION = "Description";
	public static final String HOST_NAME = "HostName";
	public static final String PORT_NUMBER = "PortNumber";
	public static final String JSON_ROOT = "JSONRoot";
	public static final String HEALTH_URI = "HealthURI";
	public static final String REST_CONFIG_FILE = "RestConfigFile";
	public static final String REST_SAMPLE_PATH = "RestSamplePath";

	// Authentication
	public static final String AUTHENTICATION_METHOD = "AuthenticationMethod";
	public static final String CLIENT_ID = "ClientID";
	public static final String CLIENT_SECRET = "ClientSecret";
	public static final String TOKEN_URI = "TokenURI";
	public static final String SCOPE = "Scope";
	public static final String AUTH_HEADER = "AuthHeader";
	public static final String SECURITY_TOKEN = "SecurityToken";
	public static final String CLIENT_CREDENTIALS_MODE = "ClientCredentialsMode";
	public static final String USER = "User";
	public static final String PASSWORD = "Password";
	public static final String AUTH_PARAM = "AuthParam";
	public static final String ACCESS_KEY = "AccessKey";
	public static final String SECRET_KEY = "SecretKey";
	public static final String REGION = "Region";
	public static final String ACCESS_TOKEN = "AccessToken";
	public static final String AUTH_URI = "AuthURI";
	public static final String REDIRECT_URI = "RedirectURI";
	public static final String OAUTH_CODE = "OAuthCode";
	public static final String REFRESH_TOKEN = "RefreshToken";
	public static final String CLAIMS_ISSUER = "ClaimsIssuer";
	public static final String CLAIMS_SUBJECT = "ClaimsSubject";
	public static final String JWT_CERT_STORE = "JWTCertStore";
	public static final String JWT_CERT_PASSWORD = "JWTCertPassword";
	public static final String JWT_CERT_ALIAS = "JWTCertAlias";

	// TLS
	public static final String ENCRYPTION_METHOD = "EncryptionMethod";
	public static final String VALIDATE_SERVER_CERTIFICATE = "ValidateServerCertificate";
	public static final String TRUST_STORE = "TrustStore";
	public static final String TRUST_STORE_PASSWORD = "TrustStorePassword";
	public static final String HOST_NAME_IN_CERTIFICATE = "HostNameInCertificate";
	public static final String CRYPTO_PROTOCOL_VERSION = "CryptoProtocolVersion";
	public static final String KEY_STORE = "KeyStore";
	public static final String KEY_STORE_PASSWORD = "KeyStorePassword";
	public static final String KEY_PASSWORD = "KeyPassword";

	// Proxy
	public static final String PROXY_HOST = "ProxyHost";
	public static final String PROXY_PORT = "ProxyPort";
	public static final String PROXY_USER = "ProxyUser";
	public static final String PROXY_PASSWORD = "ProxyPassword";

	// Web service
	public static final String WS_TIMEOUT = "WSTimeout";
	public static final String WS_RETRY_COUNT = "WSRetryCount";
	public static final String WS_FETCH_SIZE = "WSFetchSize";
	public static final String STMT_CALL_LIMIT = "StmtCallLimit";
	public static final String LOGIN_TIMEOUT = "LoginTimeout";

	// Mapping
	public static final String QUALIFY_NORMALIZED_NAMES = "QualifyNormalizedNames";

	// Engine
	public static final String SQL_ENGINE_MODE = "SQLEngineMode";
	public static final String JVM_ARGS = "JVMArgs";
	public static final String JVM_CLASSPATH = "JVMClasspath";

	private OptionNames() {
	}
}
