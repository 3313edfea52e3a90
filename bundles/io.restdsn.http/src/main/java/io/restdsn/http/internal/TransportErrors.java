package io.restdsn.http.internal;

import java.io.EOFException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.ProtocolException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.UnknownServiceException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;

import io.restdsn.http.ConnectionException;
import io.restdsn.http.ConnectionProblem.Kind;
import io.restdsn.http.Redactor;

/**
 * Turns a transport failure (the request never got an HTTP answer) into a message that names the option to change:
 * DNS and refused connections point at the URL's option (or the proxy's), timeouts at WSTimeout/LoginTimeout,
 * certificate failures at ValidateServerCertificate/TrustStore or HostNameInCertificate, protocol mismatches at
 * CryptoProtocolVersion.
 */
final class TransportErrors {

	private static final Pattern DN = Pattern.compile("DN: (.+)");
	private static final Pattern SANS = Pattern.compile("subjectAltNames: \\[(.*)]");

	private final TransportSettings transport;
	private final Redactor redactor;

	TransportErrors(TransportSettings transport, Redactor redactor) {
		this.transport = transport;
		this.redactor = redactor;
	}

	ConnectionException map(IOException e, Endpoint target, String transcript) {
		if (e instanceof ConnectionException ce) {
			return ce;
		}
		return problem(e, target).transcript(transcript).exception(e);
	}

	private Problem problem(IOException e, Endpoint target) {
		TransportSettings.Proxy proxy = transport.proxy();
		String host = target.url().host();
		String msg = String.valueOf(e.getMessage());
		if (e instanceof UnknownHostException) {
			if (proxy != null && msg.contains(proxy.host())) {
				return Problem.of(redactor, Kind.UNKNOWN_HOST, "The proxy host '" + proxy.host()
						+ "' cannot be resolved (DNS): check ProxyHost.").options(Opt.PROXY_HOST);
			}
			return Problem.of(redactor, Kind.UNKNOWN_HOST, "The host '" + host + "' of the " + target.role()
					+ " cannot be resolved (DNS): check the host name in " + names(target.options())
					+ ", and that this computer can reach the network (and its DNS)" + (proxy == null
							? "; a proxy may be needed (ProxyHost)." : "."))
					.options(target.options()).options(proxy == null ? List.of(Opt.PROXY_HOST) : List.of());
		}
		if (e instanceof ConnectException || e instanceof NoRouteToHostException) {
			if (proxy != null) {
				return Problem.of(redactor, Kind.CONNECTION_REFUSED, "The proxy " + proxy.host() + ":" + proxy.port()
						+ " refused the connection or cannot be reached: check ProxyHost and ProxyPort.")
						.options(Opt.PROXY_HOST, Opt.PROXY_PORT);
			}
			return Problem.of(redactor, Kind.CONNECTION_REFUSED, "Nothing accepts connections at " + target.hostPort()
					+ " (the " + target.role() + "): " + (e instanceof NoRouteToHostException ? "no route to the host"
							: "connection refused")
					+ ". Check the host and port in " + names(target.options())
					+ ", and that the service is running.").options(target.options());
		}
		if (e instanceof SocketTimeoutException && msg.toLowerCase(Locale.ROOT).contains("connect")) {
			Opt opt = transport.connectTimeoutOption();
			return Problem.of(redactor, Kind.TIMEOUT, "No connection to " + target.hostPort() + " (the "
					+ target.role() + ") within " + transport.connectTimeoutSeconds() + " s (" + opt + "): the host "
					+ "does not answer – check " + names(target.options()) + ", a firewall, or whether a proxy is "
					+ "needed (ProxyHost).").options(opt).options(target.options());
		}
		if (e instanceof SocketTimeoutException) {
			return Problem.of(redactor, Kind.TIMEOUT, "The " + target.role() + " at " + target.hostPort()
					+ " did not answer within " + transport.wsTimeoutSeconds() + " s (WSTimeout): it is slow or stuck. "
					+ "Raise WSTimeout (0 = no limit) or check " + names(target.options()) + ".")
					.options(Opt.WS_TIMEOUT).options(target.options());
		}
		if (e instanceof InterruptedIOException && msg.toLowerCase(Locale.ROOT).contains("timeout")) {
			return Problem.of(redactor, Kind.TIMEOUT, "The token request to " + target.hostPort() + " took longer "
					+ "than " + transport.loginTimeoutSeconds() + " s (LoginTimeout): raise LoginTimeout (0 = no "
					+ "limit) or check " + names(target.options()) + ".").options(Opt.LOGIN_TIMEOUT)
					.options(target.options());
		}
		if (e instanceof SSLPeerUnverifiedException) {
			return hostnameMismatch(msg, target);
		}
		if (e instanceof SSLException || e instanceof UnknownServiceException) {
			return tls(e, target);
		}
		if (msg.contains("authenticate with proxy") || msg.contains("CONNECT")) {
			return Problem.of(redactor, Kind.PROXY, "The proxy refused the tunnel to " + target.hostPort() + " ("
					+ msg + "): check ProxyUser and ProxyPassword, and that the proxy allows this host.")
					.options(Opt.PROXY_USER, Opt.PROXY_PASSWORD, Opt.PROXY_HOST);
		}
		if (e instanceof EOFException || msg.contains("unexpected end of stream") || e instanceof ProtocolException) {
			return Problem.of(redactor, Kind.NETWORK, "The " + target.role() + " at " + target.hostPort()
					+ " closed the connection without a valid HTTP answer (" + msg + ")"
					+ (target.url().isHttps() ? "." : ": if it expects TLS, use https:// in " + names(target.options())
							+ ".")).options(target.options());
		}
		return Problem.of(redactor, Kind.NETWORK, "The request to the " + target.role() + " at " + target.hostPort()
				+ " failed: " + e.getClass().getSimpleName() + ": " + msg).options(target.options());
	}

	private Problem hostnameMismatch(String msg, Endpoint target) {
		Matcher sans = SANS.matcher(msg);
		Matcher dn = DN.matcher(msg);
		String names = sans.find() && !sans.group(1).isBlank() ? sans.group(1) : dn.find() ? dn.group(1) : null;
		String expected = transport.tls().hostNameInCertificate();
		String m = "The certificate of " + target.hostPort() + " (the " + target.role() + ") is valid but issued for "
				+ (names != null ? "[" + names + "]" : "other names") + ", not for '"
				+ (expected != null ? expected + "' (HostNameInCertificate)" : target.url().host() + "'") + ". ";
		m += expected != null ? "Correct HostNameInCertificate to a name the certificate lists."
				: "If you trust this server, set HostNameInCertificate to a name the certificate lists, or use that "
						+ "name in " + names(target.options()) + ".";
		return Problem.of(redactor, Kind.TLS_HOSTNAME, m).options(Opt.HOST_NAME_IN_CERTIFICATE)
				.options(target.options());
	}

	private Problem tls(IOException e, Endpoint target) {
		String msg = String.valueOf(e.getMessage());
		if (has(e, CertificateExpiredException.class) || has(e, CertificateNotYetValidException.class)) {
			return Problem.of(redactor, Kind.TLS_UNTRUSTED, "The certificate of " + target.hostPort() + " (the "
					+ target.role() + ") has expired or is not yet valid: the server must renew it (or check this "
					+ "computer's clock). For a test server only, ValidateServerCertificate=0 skips the check.")
					.options(Opt.VALIDATE_SERVER_CERTIFICATE);
		}
		if (has(e, CertPathBuilderException.class) || has(e, CertPathValidatorException.class)
				|| msg.contains("PKIX") || msg.contains("certification path")) {
			String m = "The certificate of " + target.hostPort() + " (the " + target.role() + ") is not trusted"
					+ (transport.tls().trustStore() != null ? " by TrustStore '" + transport.tls().trustStore() + "'"
							: " by this Java runtime")
					+ " (self-signed, or issued by an unknown CA, or an incomplete chain). Add the issuing CA "
					+ "certificate to a TrustStore (JKS or PKCS12, with TrustStorePassword) or, for a test server "
					+ "only, set ValidateServerCertificate=0 (accepts any certificate: insecure).";
			return Problem.of(redactor, Kind.TLS_UNTRUSTED, m).options(Opt.TRUST_STORE,
					Opt.VALIDATE_SERVER_CERTIFICATE);
		}
		if (msg.contains("Unsupported or unrecognized SSL message") || msg.contains("plaintext")) {
			return Problem.of(redactor, Kind.TLS_OTHER, "The server at " + target.hostPort() + " does not speak TLS "
					+ "on that port: use http:// or the server's TLS port in " + names(target.options()) + ".")
					.options(target.options());
		}
		if (msg.contains("terminated the handshake")) {
			return Problem.of(redactor, Kind.TLS_OTHER, "The server at " + target.hostPort() + " closed the connection "
					+ "during the TLS handshake: it may not speak TLS on that port (then use http:// or the TLS port in "
					+ names(target.options()) + "), or it refuses this client's TLS versions (CryptoProtocolVersion).")
					.options(target.options()).options(Opt.CRYPTO_PROTOCOL_VERSION);
		}
		if (e instanceof UnknownServiceException || msg.contains("protocol_version") || msg.contains("No appropriate protocol")
				|| msg.contains("handshake_failure") || msg.contains("protocol is disabled")) {
			List<String> wanted = transport.tls().protocols();
			return Problem.of(redactor, Kind.TLS_PROTOCOL, "This client and " + target.hostPort() + " share no TLS "
					+ "protocol version or cipher" + (wanted.isEmpty() ? "" : " (CryptoProtocolVersion allows "
							+ String.join(", ", wanted) + ")")
					+ ": set CryptoProtocolVersion to what the server supports, e.g. TLSv1.2,TLSv1.3.")
					.options(Opt.CRYPTO_PROTOCOL_VERSION);
		}
		if (e instanceof SSLHandshakeException && (msg.contains("bad_certificate") || msg.contains("certificate_required"))) {
			return Problem.of(redactor, Kind.TLS_OTHER, "The server at " + target.hostPort() + " wants a client "
					+ "certificate: set KeyStore (and KeyStorePassword).").options(Opt.KEY_STORE, Opt.KEY_STORE_PASSWORD);
		}
		return Problem.of(redactor, Kind.TLS_OTHER, "The TLS handshake with " + target.hostPort() + " failed: " + msg)
				.options(Opt.CRYPTO_PROTOCOL_VERSION, Opt.VALIDATE_SERVER_CERTIFICATE);
	}

	private static boolean has(Throwable t, Class<? extends Throwable> type) {
		for (Throwable c = t; c != null; c = c.getCause()) {
			if (type.isInstance(c)) {
				return true;
			}
		}
		return false;
	}

	private static String names(List<Opt> options) {
		List<String> n = new ArrayList<>();
		options.forEach(o -> n.add(o.spelling()));
		return n.isEmpty() ? "the URL" : String.join(" / ", n);
	}
}
