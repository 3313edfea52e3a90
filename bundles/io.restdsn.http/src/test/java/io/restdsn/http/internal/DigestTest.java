package io.restdsn.http.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import okhttp3.HttpUrl;

/** The Digest computation against the RFCs' worked examples, and challenge selection. */
class DigestTest {

	private static String response(String authorization) {
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("response=\"([0-9a-f]+)\"").matcher(authorization);
		assertTrue(m.find(), authorization);
		return m.group(1);
	}

	@Test
	void rfc2617WorkedExampleMd5QopAuth() {
		DigestAuth.Challenge c = new DigestAuth.Challenge("testrealm@host.com", "dcd98b7102dd2f0e8b11d0f600bfb0c093",
				"5ccc069c403ebaf9f0171e9517f40e41", null, "auth,auth-int", false, false);
		String h = DigestAuth.authorization("Mufasa", "Circle Of Life", c, "GET", "/dir/index.html", null, 1,
				"0a4f113b");
		assertEquals("6629fae49393a05397450978507c4ef1", response(h));
		assertEquals("Digest username=\"Mufasa\", realm=\"testrealm@host.com\", "
				+ "nonce=\"dcd98b7102dd2f0e8b11d0f600bfb0c093\", uri=\"/dir/index.html\", "
				+ "response=\"6629fae49393a05397450978507c4ef1\", qop=auth, nc=00000001, cnonce=\"0a4f113b\", "
				+ "opaque=\"5ccc069c403ebaf9f0171e9517f40e41\"", h);
	}

	private static final String NONCE_7616 = "7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v";
	private static final String CNONCE_7616 = "f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ";
	private static final String OPAQUE_7616 = "FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS";

	@Test
	void rfc7616Sha256Example() {
		DigestAuth.Challenge c = new DigestAuth.Challenge("http-auth@example.org", NONCE_7616, OPAQUE_7616,
				"SHA-256", "auth, auth-int", false, false);
		String h = DigestAuth.authorization("Mufasa", "Circle of Life", c, "GET", "/dir/index.html", null, 1,
				CNONCE_7616);
		assertEquals("753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1", response(h));
		assertTrue(h.contains("algorithm=SHA-256"), h);
		assertTrue(h.contains("qop=auth, nc=00000001, cnonce=\"" + CNONCE_7616 + "\""), h);
		assertTrue(h.contains("opaque=\"" + OPAQUE_7616 + "\""), h);
	}

	@Test
	void rfc7616Md5Example() {
		DigestAuth.Challenge c = new DigestAuth.Challenge("http-auth@example.org", NONCE_7616, OPAQUE_7616, "MD5",
				"auth, auth-int", false, false);
		assertEquals("8ca523f5e9506fed4657c9700eebdbec", response(DigestAuth.authorization("Mufasa",
				"Circle of Life", c, "GET", "/dir/index.html", null, 1, CNONCE_7616)));
	}

	@Test
	void withoutQopTheRfc2069FormIsUsed() {
		DigestAuth.Challenge c = new DigestAuth.Challenge("testrealm@host.com", "dcd98b7102dd2f0e8b11d0f600bfb0c093",
				null, null, null, false, false);
		String h = DigestAuth.authorization("Mufasa", "Circle Of Life", c, "GET", "/dir/index.html", null, 1, "x");
		// MD5(MD5(A1):nonce:MD5(A2)) computed independently
		String ha1 = md5("Mufasa:testrealm@host.com:Circle Of Life");
		String ha2 = md5("GET:/dir/index.html");
		assertEquals(md5(ha1 + ":dcd98b7102dd2f0e8b11d0f600bfb0c093:" + ha2), response(h));
		assertTrue(!h.contains("nc=") && !h.contains("cnonce") && !h.contains("qop"), h);
	}

	@Test
	void userhashAndNonAsciiUserNames() {
		DigestAuth.Challenge c = new DigestAuth.Challenge("r", "n", null, "SHA-256", "auth", false, true);
		String h = DigestAuth.authorization("Mufasa", "pw", c, "GET", "/", null, 1, "c");
		assertTrue(h.startsWith("Digest username=\"" + sha256("Mufasa:r") + "\""), h);
		assertTrue(h.endsWith("userhash=true"), h);
		DigestAuth.Challenge plain = new DigestAuth.Challenge("r", "n", null, "SHA-256", "auth", false, false);
		assertTrue(DigestAuth.authorization("Jäsön Doe", "pw", plain, "GET", "/", null, 1, "c")
				.startsWith("Digest username*=UTF-8''J%C3%A4s%C3%B6n%20Doe, "));
	}

	@Test
	void authIntHashesTheBody() {
		DigestAuth.Challenge c = new DigestAuth.Challenge("r", "n", null, "MD5-sess", "auth-int", false, false);
		byte[] body = "{\"a\":1}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
		String h = DigestAuth.authorization("u", "p", c, "POST", "/x", body, 2, "cn");
		String ha1 = md5(md5("u:r:p") + ":n:cn");
		String ha2 = md5("POST:/x:" + md5("{\"a\":1}"));
		assertEquals(md5(ha1 + ":n:00000002:cn:auth-int:" + ha2), response(h));
	}

	@Test
	void uriIsPathAndQueryAsSent() {
		assertEquals("/dir/a%20b?x=1&y=%C3%BC", DigestAuth.uri(HttpUrl.get("http://h/dir/a%20b?x=1&y=%C3%BC")));
		assertEquals("/", DigestAuth.uri(HttpUrl.get("http://h")));
	}

	@Test
	void theStrongestSupportedChallengeIsChosen() {
		okhttp3.Challenge md5 = new okhttp3.Challenge("Digest", Map.of("realm", "r", "nonce", "1", "qop", "auth"));
		okhttp3.Challenge sha = new okhttp3.Challenge("Digest",
				Map.of("realm", "r", "nonce", "2", "qop", "auth", "algorithm", "SHA-256"));
		okhttp3.Challenge unknown = new okhttp3.Challenge("Digest",
				Map.of("realm", "r", "nonce", "3", "algorithm", "SHA3-512"));
		okhttp3.Challenge basic = new okhttp3.Challenge("Basic", Map.of("realm", "r"));
		assertEquals("2", DigestAuth.best(List.of(basic, md5, sha)).nonce());
		assertEquals("1", DigestAuth.best(List.of(unknown, md5)).nonce());
		assertNull(DigestAuth.best(List.of(basic, unknown)));
	}

	static String md5(String s) {
		return hex("MD5", s);
	}

	static String sha256(String s) {
		return hex("SHA-256", s);
	}

	private static String hex(String alg, String s) {
		try {
			return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance(alg)
					.digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		} catch (java.security.NoSuchAlgorithmException e) {
			throw new AssertionError(e);
		}
	}
}
