package io.restdsn.http.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.restdsn.http.ConnectionException;

/**
 * How a DSN reaches its hosts: timeouts, proxy and TLS options, read and checked.
 * <p>
 * Timeouts follow the connector: WSTimeout (default 120 s, 0 = none) bounds each wait for the server – connecting,
 * sending, each read; LoginTimeout (default 0 = none), when set, bounds connecting and the whole token request,
 * which is the "login" of an OAuth DSN.
 */
record TransportSettings(int wsTimeoutSeconds, int loginTimeoutSeconds, Proxy proxy, Tls tls) {

	/** ProxyHost/Port/User/Password; null proxy means the system's proxy selector decides. */
	record Proxy(String host, int port, String user, String password) {
		@Override
		public String toString() {
			return "Proxy[" + host + ":" + port + (user != null ? ", user " + user : "") + "]";
		}
	}

	/**
	 * TLS options. {@code validate=false} is ValidateServerCertificate=0: any certificate, any host name.
	 * {@code protocols} are JSSE names ({@code TLSv1.2}); empty means OkHttp's defaults.
	 */
	record Tls(boolean validate, String trustStore, String trustStorePassword, String hostNameInCertificate,
			List<String> protocols, String keyStore, String keyStorePassword, String keyPassword) {

		boolean customized() {
			return !validate || trustStore != null || keyStore != null || hostNameInCertificate != null
					|| !protocols.isEmpty();
		}

		@Override
		public String toString() {
			return "Tls[validate=" + validate + ", trustStore=" + trustStore + ", hostNameInCertificate="
					+ hostNameInCertificate + ", protocols=" + protocols + ", keyStore=" + keyStore + "]";
		}
	}

	static final int DEFAULT_WS_TIMEOUT = 120;

	/** Seconds allowed for connecting: LoginTimeout when set, else WSTimeout; 0 = none. */
	int connectTimeoutSeconds() {
		return loginTimeoutSeconds > 0 ? loginTimeoutSeconds : wsTimeoutSeconds;
	}

	/** The option that set the connect timeout, for messages. */
	Opt connectTimeoutOption() {
		return loginTimeoutSeconds > 0 ? Opt.LOGIN_TIMEOUT : Opt.WS_TIMEOUT;
	}

	static TransportSettings read(DsnReader r) throws ConnectionException {
		int ws = r.seconds(Opt.WS_TIMEOUT, DEFAULT_WS_TIMEOUT);
		int login = r.seconds(Opt.LOGIN_TIMEOUT, 0);
		return new TransportSettings(ws, login, proxy(r), tls(r));
	}

	private static Proxy proxy(DsnReader r) throws ConnectionException {
		String host = r.text(Opt.PROXY_HOST);
		if (host == null) {
			return null;
		}
		host = host.replaceFirst("(?i)^https?://", "").replaceFirst("/.*$", "");
		int port = -1;
		int colon = host.lastIndexOf(':');
		if (colon > 0 && host.indexOf(':') == colon && host.substring(colon + 1).matches("[0-9]{1,5}")) {
			port = Integer.parseInt(host.substring(colon + 1));
			host = host.substring(0, colon);
		}
		if (r.text(Opt.PROXY_PORT) != null) {
			port = r.integer(Opt.PROXY_PORT, -1);
		}
		if (port <= 0 || port > 65535) {
			throw Problem.config("ProxyHost is set but ProxyPort is " + (port == -1 ? "not" : "not a valid port ("
					+ port + ")") + ": enter the proxy's port (e.g. 3128 or 8080).", Opt.PROXY_PORT);
		}
		String user = r.text(Opt.PROXY_USER);
		String password = user == null ? null : r.secret(Opt.PROXY_PASSWORD);
		return new Proxy(host, port, user, password == null ? "" : password);
	}

	private static Tls tls(DsnReader r) throws ConnectionException {
		int vsc = r.integer(Opt.VALIDATE_SERVER_CERTIFICATE, 1);
		if (vsc != 0 && vsc != 1) {
			throw Problem.config("ValidateServerCertificate must be 1 (validate, the default) or 0 (trust any "
					+ "certificate), not " + vsc + ".", Opt.VALIDATE_SERVER_CERTIFICATE);
		}
		String trustStore = r.text(Opt.TRUST_STORE);
		String keyStore = r.text(Opt.KEY_STORE);
		return new Tls(vsc == 1, trustStore, trustStore == null ? null : r.secret(Opt.TRUST_STORE_PASSWORD),
				r.text(Opt.HOST_NAME_IN_CERTIFICATE), protocols(r.text(Opt.CRYPTO_PROTOCOL_VERSION)), keyStore,
				keyStore == null ? null : r.secret(Opt.KEY_STORE_PASSWORD),
				keyStore == null ? null : r.secret(Opt.KEY_PASSWORD));
	}

	/** "TLSv1.2,TLSv1.3", also "TLS1.2; 1.3": JSSE names; blank means defaults. */
	static List<String> protocols(String value) throws ConnectionException {
		List<String> out = new ArrayList<>();
		if (value == null) {
			return out;
		}
		for (String part : value.split("[,;\\s]+")) {
			if (part.isEmpty()) {
				continue;
			}
			String v = part.toUpperCase(Locale.ROOT).replaceFirst("^TLSV?", "");
			String name = switch (v) {
			case "1", "1.0" -> "TLSv1";
			case "1.1" -> "TLSv1.1";
			case "1.2" -> "TLSv1.2";
			case "1.3" -> "TLSv1.3";
			default -> null;
			};
			if (name == null) {
				throw Problem.config("CryptoProtocolVersion '" + value + "' names an unknown protocol '" + part
						+ "': use a comma-separated list such as TLSv1.2,TLSv1.3.", Opt.CRYPTO_PROTOCOL_VERSION);
			}
			if (!out.contains(name)) {
				out.add(name);
			}
		}
		return out;
	}
}
