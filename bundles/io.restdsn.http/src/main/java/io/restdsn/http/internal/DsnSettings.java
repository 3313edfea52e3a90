package io.restdsn.http.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import io.restdsn.core.dsn.Dsn;
import io.restdsn.http.ConnectionException;
import io.restdsn.http.Redactor;
import io.restdsn.http.SecretLookup;

/**
 * Everything this bundle needs from one DSN, read once: authentication, transport, data locations, a redactor that
 * knows every secret involved, and a fingerprint that changes whenever any option or secret changes (the token cache
 * key: an edited DSN never reuses a token fetched with its old settings).
 */
record DsnSettings(String name, AuthSettings auth, TransportSettings transport, DataSettings data, Redactor redactor,
		String fingerprint) {

	/**
	 * Which part failed is visible from the problem's options; the connection test uses that to blame the right stage.
	 */
	static DsnSettings read(Dsn dsn, SecretLookup secrets) throws ConnectionException {
		DsnReader r = new DsnReader(dsn, secrets);
		AuthSettings auth = AuthSettings.read(r);
		TransportSettings transport = TransportSettings.read(r);
		DataSettings data = DataSettings.read(r);
		Redactor redactor = Redactor.of(r.secretsSeen());
		ClientCredentials cc = auth.clientCredentials();
		if (cc != null) {
			redactor = redactor.withBasicCredential(cc.clientId(), cc.clientSecret());
		}
		for (AuthSettings.Header h : auth.fixedHeaders()) {
			redactor = redactor.withSecretName(h.name());
		}
		if (auth.customHeader() != null) {
			redactor = redactor.withSecretName(auth.customHeader().name());
		}
		for (AuthSettings.Param p : auth.fixedParams()) {
			redactor = redactor.withSecretName(p.name());
		}
		if (transport.proxy() != null && transport.proxy().user() != null) {
			redactor = redactor.withBasicCredential(transport.proxy().user(), transport.proxy().password());
		}
		return new DsnSettings(dsn.name(), auth, transport, data, redactor, fingerprint(dsn, r));
	}

	private static String fingerprint(Dsn dsn, DsnReader r) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			update(sha, dsn.name());
			for (Dsn.Option o : dsn.options()) {
				update(sha, o.key().toLowerCase(java.util.Locale.ROOT));
				update(sha, o.value());
			}
			for (String s : r.secretsSeen()) {
				update(sha, s);
			}
			return HexFormat.of().formatHex(sha.digest());
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every JRE", e);
		}
	}

	private static void update(MessageDigest sha, String s) {
		byte[] b = s.getBytes(StandardCharsets.UTF_8);
		sha.update((byte) (b.length >>> 24));
		sha.update((byte) (b.length >>> 16));
		sha.update((byte) (b.length >>> 8));
		sha.update((byte) b.length);
		sha.update(b);
	}

	@Override
	public String toString() {
		return "DsnSettings[" + name + "]";
	}
}
