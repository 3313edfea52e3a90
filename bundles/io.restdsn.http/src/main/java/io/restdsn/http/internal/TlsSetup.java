package io.restdsn.http.internal;

import java.io.File;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.UnrecoverableKeyException;
import java.util.ArrayList;
import java.util.List;

import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

import io.restdsn.http.ConnectionException;
import okhttp3.ConnectionSpec;
import okhttp3.OkHttpClient;

/**
 * Applies a DSN's TLS options to an OkHttp builder: ValidateServerCertificate, TrustStore (JKS or PKCS12, detected
 * from the file), HostNameInCertificate, CryptoProtocolVersion, and KeyStore for client certificates.
 * <p>
 * A TrustStore <em>replaces</em> the JRE's CA certificates, as {@code javax.net.ssl.trustStore} does for the JDBC
 * driver: a DSN that names a trust store trusts exactly what is in it.
 */
final class TlsSetup {

	private TlsSetup() {
	}

	static void apply(OkHttpClient.Builder b, TransportSettings.Tls tls) throws ConnectionException {
		if (!tls.validate()) {
			// ValidateServerCertificate=0: see TrustEverything for why this is dangerous
			b.sslSocketFactory(context(keyManagers(tls), TrustEverything.INSTANCE).getSocketFactory(),
					TrustEverything.INSTANCE);
			b.hostnameVerifier(TrustEverything.ANY_HOST);
		} else if (tls.trustStore() != null || tls.keyStore() != null) {
			X509TrustManager tm = trustManager(tls);
			b.sslSocketFactory(context(keyManagers(tls), tm).getSocketFactory(), tm);
		}
		if (tls.validate() && tls.hostNameInCertificate() != null) {
			b.hostnameVerifier(CertificateNames.verifierFor(tls.hostNameInCertificate()));
		}
		if (!tls.protocols().isEmpty()) {
			ConnectionSpec spec = new ConnectionSpec.Builder(ConnectionSpec.MODERN_TLS)
					.tlsVersions(tls.protocols().toArray(String[]::new)).build();
			b.connectionSpecs(List.of(spec, ConnectionSpec.CLEARTEXT));
		}
	}

	private static SSLContext context(KeyManager[] keyManagers, X509TrustManager tm) throws ConnectionException {
		try {
			SSLContext ctx = SSLContext.getInstance("TLS");
			ctx.init(keyManagers, new TrustManager[] { tm }, null);
			return ctx;
		} catch (GeneralSecurityException e) {
			throw Problem.config("TLS could not be set up: " + e.getMessage(), Opt.CRYPTO_PROTOCOL_VERSION);
		}
	}

	private static X509TrustManager trustManager(TransportSettings.Tls tls) throws ConnectionException {
		KeyStore store = tls.trustStore() == null ? null
				: load(tls.trustStore(), tls.trustStorePassword(), Opt.TRUST_STORE, Opt.TRUST_STORE_PASSWORD);
		try {
			TrustManagerFactory f = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
			f.init(store);
			for (TrustManager tm : f.getTrustManagers()) {
				if (tm instanceof X509TrustManager x) {
					return x;
				}
			}
			throw Problem.config("The JRE offers no X.509 trust manager.", Opt.TRUST_STORE);
		} catch (GeneralSecurityException e) {
			throw Problem.config("TrustStore '" + tls.trustStore() + "' cannot be used: " + e.getMessage(),
					Opt.TRUST_STORE);
		}
	}

	private static KeyManager[] keyManagers(TransportSettings.Tls tls) throws ConnectionException {
		if (tls.keyStore() == null) {
			return null;
		}
		KeyStore store = load(tls.keyStore(), tls.keyStorePassword(), Opt.KEY_STORE, Opt.KEY_STORE_PASSWORD);
		String keyPassword = tls.keyPassword() != null ? tls.keyPassword() : tls.keyStorePassword();
		try {
			KeyManagerFactory f = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
			f.init(store, keyPassword == null ? new char[0] : keyPassword.toCharArray());
			return f.getKeyManagers();
		} catch (UnrecoverableKeyException e) {
			throw Problem.config("The client key in KeyStore '" + tls.keyStore() + "' cannot be read with the given "
					+ "password: check KeyPassword (or KeyStorePassword when the key has no password of its own).",
					Opt.KEY_PASSWORD, Opt.KEY_STORE_PASSWORD);
		} catch (GeneralSecurityException e) {
			throw Problem.config("KeyStore '" + tls.keyStore() + "' cannot be used: " + e.getMessage(), Opt.KEY_STORE);
		}
	}

	/** JKS or PKCS12, whichever the file is (the JDK probes the type). */
	private static KeyStore load(String path, String password, Opt fileOption, Opt passwordOption)
			throws ConnectionException {
		File file = new File(path);
		if (!file.isFile()) {
			throw Problem.config(fileOption + " '" + path + "' does not exist or is not a file.", fileOption);
		}
		try {
			return KeyStore.getInstance(file, password == null ? null : password.toCharArray());
		} catch (IOException e) {
			if (e.getCause() instanceof UnrecoverableKeyException || String.valueOf(e.getMessage()).contains("password")) {
				throw Problem.config(fileOption + " '" + path + "' cannot be opened with the given password: check "
						+ passwordOption + (password == null ? " (none is set)" : "") + ".", passwordOption, fileOption);
			}
			throw Problem.config(fileOption + " '" + path + "' cannot be read: " + e.getMessage(), fileOption);
		} catch (GeneralSecurityException e) {
			throw Problem.config(fileOption + " '" + path + "' is not a JKS or PKCS12 key store: " + e.getMessage(),
					fileOption);
		}
	}

	/** For messages: what the DSN's TLS options say about trust. */
	static List<String> describe(TransportSettings.Tls tls) {
		List<String> out = new ArrayList<>();
		if (!tls.validate()) {
			out.add("certificate NOT validated (ValidateServerCertificate=0)");
		} else if (tls.trustStore() != null) {
			out.add("trusted issuers: TrustStore " + tls.trustStore());
		}
		if (tls.validate() && tls.hostNameInCertificate() != null) {
			out.add("expected name: HostNameInCertificate=" + tls.hostNameInCertificate());
		}
		return out;
	}
}
