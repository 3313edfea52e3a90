package io.restdsn.core.options;

import static io.restdsn.core.options.OptionGroup.AUTHENTICATION;
import static io.restdsn.core.options.OptionGroup.ENGINE;
import static io.restdsn.core.options.OptionGroup.GENERAL;
import static io.restdsn.core.options.OptionGroup.MAPPING;
import static io.restdsn.core.options.OptionGroup.PROXY;
import static io.restdsn.core.options.OptionGroup.TLS;
import static io.restdsn.core.options.OptionGroup.WEB_SERVICE;
import static io.restdsn.core.options.OptionType.BOOLEAN;
import static io.restdsn.core.options.OptionType.ENUM;
import static io.restdsn.core.options.OptionType.HEADER_NAME;
import static io.restdsn.core.options.OptionType.INTEGER;
import static io.restdsn.core.options.OptionType.PATH;
import static io.restdsn.core.options.OptionType.SECRET;
import static io.restdsn.core.options.OptionType.TEXT;
import static io.restdsn.core.options.OptionType.URL;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The connection options the product knows, in editor order: names, aliases, types, defaults, help.
 * <p>
 * Lookups accept the catalog spelling, short names and legacy names, ignoring case, because that is how the connector
 * reads DSNs. Options not in the catalog are not errors: users' drivers have more, and they must survive unchanged.
 */
public final class OptionCatalog {

	private static final OptionCatalog STANDARD = new OptionCatalog(standardDefinitions());

	private final List<OptionDef> all;
	private final Map<String, OptionDef> byKey; // lower-case name or alias -> definition

	/** A catalog of the given definitions; names and aliases must be unique ignoring case. */
	public OptionCatalog(List<OptionDef> definitions) {
		this.all = List.copyOf(definitions);
		Map<String, OptionDef> m = new HashMap<>();
		for (OptionDef d : all) {
			register(m, d.name(), d);
			d.aliases().forEach(a -> register(m, a, d));
		}
		this.byKey = Map.copyOf(m);
	}

	private static void register(Map<String, OptionDef> m, String key, OptionDef d) {
		OptionDef previous = m.put(fold(key), d);
		if (previous != null) {
			throw new IllegalArgumentException("'" + key + "' names both " + previous.name() + " and " + d.name());
		}
	}

	private static String fold(String key) {
		return key.trim().toLowerCase(Locale.ROOT);
	}

	/** The options of connection-options.md. */
	public static OptionCatalog standard() {
		return STANDARD;
	}

	/** Every option, grouped by page in {@link OptionGroup} order and in editor order within a page. */
	public List<OptionDef> all() {
		return all;
	}

	public List<OptionDef> inGroup(OptionGroup group) {
		return all.stream().filter(d -> d.group() == group).toList();
	}

	/** The option a key means: catalog name, short name or legacy name, any case. */
	public Optional<OptionDef> find(String nameOrAlias) {
		return nameOrAlias == null ? Optional.empty() : Optional.ofNullable(byKey.get(fold(nameOrAlias)));
	}

	/** Whether the key (any accepted spelling) names a secret option. Unknown keys are not secret. */
	public boolean isSecret(String key) {
		return find(key).map(OptionDef::isSecret).orElse(false);
	}

	/** The catalog spelling of a key, or the key unchanged when the catalog does not know it. */
	public String canonicalName(String key) {
		return find(key).map(OptionDef::name).orElse(key);
	}

	/** Catalog names of the secret options. */
	public Set<String> secretNames() {
		Set<String> s = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
		all.stream().filter(OptionDef::isSecret).forEach(d -> s.add(d.name()));
		return s;
	}

	private static List<OptionDef> standardDefinitions() {
		List<OptionDef> d = new ArrayList<>();
		general(d);
		authentication(d);
		tls(d);
		proxy(d);
		webService(d);
		d.add(OptionDef.builder(OptionNames.QUALIFY_NORMALIZED_NAMES, ENUM, MAPPING).aliases("qnn").defaultValue("0")
				.choice("0", "Array name").choice("1", "PARENT_CHILD").choice("2", "Full path")
				.help("How columns from nested JSON are named").build());
		engine(d);
		return d;
	}

	private static void general(List<OptionDef> d) {
		d.add(OptionDef.builder(OptionNames.DRIVER, TEXT, GENERAL)
				.help("Driver library path or odbcinst.ini driver name").build());
		d.add(OptionDef.builder(OptionNames.DATA_SOURCE_NAME, TEXT, GENERAL).aliases("dsn")
				.help("Name of the data source").build());
		d.add(OptionDef.builder(OptionNames.DESCRIPTION, TEXT, GENERAL).aliases("desc")
				.help("Free text describing the data source").build());
		d.add(OptionDef.builder(OptionNames.REST_CONFIG_FILE, PATH, GENERAL).aliases("rcf", "Config")
				.help("Model file (*.rest) mapping endpoints to tables").build());
		d.add(OptionDef.builder(OptionNames.REST_SAMPLE_PATH, URL, GENERAL).aliases("rsp", "Sample")
				.help("One endpoint to sample instead of a Model file").build());
		d.add(OptionDef.builder(OptionNames.HOST_NAME, URL, GENERAL).aliases("host")
				.help("Base URL, so paths in the Model file may be relative").build());
		d.add(OptionDef.builder(OptionNames.PORT_NUMBER, INTEGER, GENERAL).aliases("port").range(1, 65535)
				.help("Port of HostName; 80, or 443 with TLS, when empty").build());
		d.add(OptionDef.builder(OptionNames.JSON_ROOT, TEXT, GENERAL).aliases("jr")
				.help("Map only this embedded element of the responses, e.g. /events").build());
		d.add(OptionDef.builder(OptionNames.HEALTH_URI, URL, GENERAL).aliases("huri")
				.help("Endpoint the connection test calls to prove the credentials work").build());
	}

	private static void authentication(List<OptionDef> d) {
		OptionDef.Builder am = OptionDef.builder(OptionNames.AUTHENTICATION_METHOD, ENUM, AUTHENTICATION).aliases("am")
				.defaultValue(AuthMethod.DEFAULT.value()).help("How the connector authenticates to the REST API");
		AuthMethod.displayOrder().forEach(m -> am.choice(m.value(), m.label()));
		d.add(am.build());
		auth(d, OptionDef.builder(OptionNames.CLIENT_ID, TEXT, AUTHENTICATION).help("OAuth client identifier"));
		auth(d, OptionDef.builder(OptionNames.CLIENT_SECRET, SECRET, AUTHENTICATION)
				.help("OAuth client secret; kept in secure storage"));
		auth(d, OptionDef.builder(OptionNames.TOKEN_URI, URL, AUTHENTICATION).aliases("o2tu")
				.help("Token endpoint, optionally prefixed by the method: POST https://host/token (GET if none)"));
		auth(d, OptionDef.builder(OptionNames.SCOPE, TEXT, AUTHENTICATION)
				.help("Space-separated scopes limiting the token's permissions"));
		OptionDef.Builder clcm = OptionDef.builder(OptionNames.CLIENT_CREDENTIALS_MODE, ENUM, AUTHENTICATION)
				.aliases("clcm").defaultValue(ClientCredentialsMode.DEFAULT.value())
				.help("How client id and secret reach the token endpoint");
		for (ClientCredentialsMode m : ClientCredentialsMode.values()) {
			clcm.choice(m.value(), m.explanation());
		}
		auth(d, clcm);
		auth(d, OptionDef.builder(OptionNames.AUTH_HEADER, HEADER_NAME, AUTHENTICATION).aliases("ah")
				.help("Header name: carries the token for header auth (Authorization if empty); an extra header with OAuth"));
		auth(d, OptionDef.builder(OptionNames.SECURITY_TOKEN, SECRET, AUTHENTICATION).aliases("st")
				.help("Token or key sent in the AuthHeader header or AuthParam parameter; kept in secure storage"));
		auth(d, OptionDef.builder(OptionNames.USER, TEXT, AUTHENTICATION).aliases("LogonID", "UID")
				.help("User name"));
		auth(d, OptionDef.builder(OptionNames.PASSWORD, SECRET, AUTHENTICATION).aliases("PWD")
				.help("Password; kept in secure storage"));
		auth(d, OptionDef.builder(OptionNames.AUTH_PARAM, TEXT, AUTHENTICATION).aliases("ap")
				.help("Name of the URL query parameter that carries SecurityToken"));
		auth(d, OptionDef.builder(OptionNames.ACCESS_KEY, TEXT, AUTHENTICATION).help("AWS access key id"));
		auth(d, OptionDef.builder(OptionNames.SECRET_KEY, SECRET, AUTHENTICATION)
				.help("AWS secret access key; kept in secure storage"));
		auth(d, OptionDef.builder(OptionNames.REGION, TEXT, AUTHENTICATION).help("AWS region, e.g. us-east-1"));
		auth(d, OptionDef.builder(OptionNames.ACCESS_TOKEN, SECRET, AUTHENTICATION)
				.help("OAuth access token used as is; kept in secure storage"));
		auth(d, OptionDef.builder(OptionNames.AUTH_URI, URL, AUTHENTICATION)
				.help("Authorization endpoint the browser is sent to"));
		auth(d, OptionDef.builder(OptionNames.REDIRECT_URI, URL, AUTHENTICATION)
				.help("Where the authorization server sends the browser back (with a port for PKCE)"));
		auth(d, OptionDef.builder(OptionNames.OAUTH_CODE, TEXT, AUTHENTICATION)
				.help("Authorization code received after the user signed in"));
		auth(d, OptionDef.builder(OptionNames.REFRESH_TOKEN, SECRET, AUTHENTICATION)
				.help("OAuth refresh token; kept in secure storage"));
		auth(d, OptionDef.builder(OptionNames.CLAIMS_ISSUER, TEXT, AUTHENTICATION)
				.help("JWT iss claim (usually the client id)"));
		auth(d, OptionDef.builder(OptionNames.CLAIMS_SUBJECT, TEXT, AUTHENTICATION)
				.help("JWT sub claim (the user or service account)"));
		auth(d, OptionDef.builder(OptionNames.JWT_CERT_STORE, PATH, AUTHENTICATION)
				.help("Keystore holding the key that signs the JWT"));
		auth(d, OptionDef.builder(OptionNames.JWT_CERT_PASSWORD, SECRET, AUTHENTICATION)
				.help("Password of JWTCertStore; kept in secure storage"));
		auth(d, OptionDef.builder(OptionNames.JWT_CERT_ALIAS, TEXT, AUTHENTICATION)
				.help("Alias of the signing key in JWTCertStore"));
	}

	/** Adds an authentication option, deriving which methods use it from {@link AuthMethod#uses()}. */
	private static void auth(List<OptionDef> d, OptionDef.Builder b) {
		Set<Integer> codes = new TreeSet<>();
		for (AuthMethod m : AuthMethod.values()) {
			if (m.uses().contains(b.name())) {
				codes.add(m.code());
			}
		}
		d.add(b.methods(codes).build());
	}

	private static void tls(List<OptionDef> d) {
		d.add(OptionDef.builder(OptionNames.ENCRYPTION_METHOD, ENUM, TLS).aliases("em").defaultValue("0")
				.choice("0", "None").choice("1", "TLS")
				.help("Encrypt the connection; always on for https URLs").build());
		d.add(OptionDef.builder(OptionNames.VALIDATE_SERVER_CERTIFICATE, BOOLEAN, TLS).aliases("vsc").defaultValue("1")
				.choice("1", "Validate").choice("0", "Trust all (insecure)")
				.help("Check the server certificate against the trust store").build());
		d.add(OptionDef.builder(OptionNames.TRUST_STORE, PATH, TLS)
				.help("Trust store with the CAs to accept; the JVM's when empty").build());
		d.add(OptionDef.builder(OptionNames.TRUST_STORE_PASSWORD, SECRET, TLS)
				.help("Password of TrustStore; kept in secure storage").build());
		d.add(OptionDef.builder(OptionNames.HOST_NAME_IN_CERTIFICATE, TEXT, TLS)
				.help("Host name the certificate must name, if not the URL's host").build());
		d.add(OptionDef.builder(OptionNames.CRYPTO_PROTOCOL_VERSION, TEXT, TLS)
				.help("Allowed protocols, e.g. TLSv1.2,TLSv1.3").build());
		d.add(OptionDef.builder(OptionNames.KEY_STORE, PATH, TLS)
				.help("Key store with the client certificate, for mutual TLS").build());
		d.add(OptionDef.builder(OptionNames.KEY_STORE_PASSWORD, SECRET, TLS)
				.help("Password of KeyStore; kept in secure storage").build());
		d.add(OptionDef.builder(OptionNames.KEY_PASSWORD, SECRET, TLS)
				.help("Password of the client key, if not KeyStorePassword; kept in secure storage").build());
	}

	private static void proxy(List<OptionDef> d) {
		d.add(OptionDef.builder(OptionNames.PROXY_HOST, TEXT, PROXY).help("HTTP proxy host name or address").build());
		d.add(OptionDef.builder(OptionNames.PROXY_PORT, INTEGER, PROXY).range(1, 65535).help("HTTP proxy port").build());
		d.add(OptionDef.builder(OptionNames.PROXY_USER, TEXT, PROXY).help("User name for the proxy").build());
		d.add(OptionDef.builder(OptionNames.PROXY_PASSWORD, SECRET, PROXY)
				.help("Password for the proxy; kept in secure storage").build());
	}

	private static void webService(List<OptionDef> d) {
		d.add(OptionDef.builder(OptionNames.WS_TIMEOUT, INTEGER, WEB_SERVICE).defaultValue("120").range(0, null)
				.help("Seconds to wait for a response; 0 waits forever").build());
		d.add(OptionDef.builder(OptionNames.WS_RETRY_COUNT, INTEGER, WEB_SERVICE).defaultValue("0").range(0, null)
				.help("Times a timed-out request is retried").build());
		d.add(OptionDef.builder(OptionNames.WS_FETCH_SIZE, INTEGER, WEB_SERVICE).defaultValue("0").range(0, null)
				.help("Rows per page; 0 uses the Model's page size").build());
		d.add(OptionDef.builder(OptionNames.STMT_CALL_LIMIT, INTEGER, WEB_SERVICE).defaultValue("0").range(0, null)
				.help("Most HTTP calls one statement may make; 0 means no limit").build());
		d.add(OptionDef.builder(OptionNames.LOGIN_TIMEOUT, INTEGER, WEB_SERVICE).defaultValue("0").range(0, null)
				.help("Seconds to wait for the connection to be made; 0 waits forever").build());
	}

	private static void engine(List<OptionDef> d) {
		d.add(OptionDef.builder(OptionNames.SQL_ENGINE_MODE, ENUM, ENGINE).defaultValue("0")
				.choice("0", "Auto").choice("1", "Server").choice("2", "Direct")
				.help("Where the SQL engine runs").build());
		d.add(OptionDef.builder(OptionNames.JVM_ARGS, TEXT, ENGINE).help("Extra JVM arguments for the SQL engine")
				.build());
		d.add(OptionDef.builder(OptionNames.JVM_CLASSPATH, TEXT, ENGINE).help("Extra class path for the SQL engine")
				.build());
	}
}
