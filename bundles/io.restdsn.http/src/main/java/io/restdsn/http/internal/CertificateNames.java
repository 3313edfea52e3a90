package io.restdsn.http.internal;

import java.security.cert.Certificate;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.SSLPeerUnverifiedException;

/**
 * Checks a certificate against a fixed name (HostNameInCertificate) instead of the URL's host, with the rules OkHttp
 * applies to URL hosts: subjectAltName entries only (no CN fallback), a wildcard covering exactly one left-most label.
 */
final class CertificateNames {

	private CertificateNames() {
	}

	/** A verifier that accepts a certificate naming {@code expected}, whatever host the URL named. */
	static HostnameVerifier verifierFor(String expected) {
		return (host, session) -> {
			try {
				Certificate[] chain = session.getPeerCertificates();
				return chain.length > 0 && chain[0] instanceof X509Certificate x && matches(expected, x);
			} catch (SSLPeerUnverifiedException e) {
				return false;
			}
		};
	}

	static boolean matches(String expected, X509Certificate cert) {
		String want = expected.trim().toLowerCase(Locale.ROOT).replaceFirst("\\.$", "");
		for (String name : names(cert)) {
			String n = name.toLowerCase(Locale.ROOT).replaceFirst("\\.$", "");
			if (n.equals(want)) {
				return true;
			}
			if (n.startsWith("*.") && n.indexOf('*', 1) < 0) {
				String suffix = n.substring(1); // ".example.com"
				if (want.endsWith(suffix) && want.length() > suffix.length()
						&& want.lastIndexOf('.', want.length() - suffix.length() - 1) < 0) {
					return true;
				}
			}
		}
		return false;
	}

	/** DNS and IP subjectAltNames. */
	static List<String> names(X509Certificate cert) {
		List<String> out = new ArrayList<>();
		try {
			Collection<List<?>> sans = cert.getSubjectAlternativeNames();
			if (sans != null) {
				for (List<?> san : sans) {
					if (san.size() >= 2 && (Integer.valueOf(2).equals(san.get(0)) || Integer.valueOf(7).equals(san.get(0)))
							&& san.get(1) instanceof String s) {
						out.add(s);
					}
				}
			}
		} catch (CertificateParsingException e) {
			// a certificate without readable names matches nothing
		}
		return out;
	}
}
