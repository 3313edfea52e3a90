package io.restdsn.http.internal;

import java.security.cert.X509Certificate;

import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.X509TrustManager;

/**
 * <b>DANGER: accepts every certificate and every host name.</b> This is what ValidateServerCertificate=0 asks for,
 * and it means the connection is encrypted but <em>not authenticated</em>: anyone who can intercept the traffic
 * (a hostile Wi-Fi, a compromised proxy) can pose as the token endpoint and receive the client secret, or as the API
 * and receive the access token. It exists because the connector offers the option for test servers with
 * self-signed certificates; the editor warns, the connection test says so in its TLS stage. Prefer a TrustStore
 * holding the server's certificate, and HostNameInCertificate for a name mismatch. Never the default.
 */
final class TrustEverything implements X509TrustManager {

	static final TrustEverything INSTANCE = new TrustEverything();

	/** The host name half of ValidateServerCertificate=0: see the class comment. */
	static final HostnameVerifier ANY_HOST = (host, session) -> true;

	private TrustEverything() {
	}

	@Override
	public void checkClientTrusted(X509Certificate[] chain, String authType) {
		// not a server
	}

	@Override
	public void checkServerTrusted(X509Certificate[] chain, String authType) {
		// deliberately accepts anything: ValidateServerCertificate=0
	}

	@Override
	public X509Certificate[] getAcceptedIssuers() {
		return new X509Certificate[0];
	}
}
