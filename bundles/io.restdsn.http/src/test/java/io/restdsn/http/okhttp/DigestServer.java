package io.restdsn.http.okhttp;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * A Digest-protected API (RFC 7616 server side, written independently of the client): challenges, checks the
 * response with its own hashing, insists on increasing nonce counts, can declare nonces stale.
 */
final class DigestServer extends Dispatcher {

	static final String REALM = "api@restdsn.test";

	final String user;
	final String password;
	volatile String algorithm = "MD5";
	volatile String qop = "auth";
	volatile String nonce = "nonce-1";
	volatile String redirectTo;
	final Set<String> staleNonces = ConcurrentHashMap.newKeySet();
	final List<RecordedRequest> seen = new CopyOnWriteArrayList<>();
	final List<String> failures = new CopyOnWriteArrayList<>();
	private final Map<String, Long> lastCount = new ConcurrentHashMap<>();

	DigestServer(String user, String password) {
		this.user = user;
		this.password = password;
	}

	@Override
	public MockResponse dispatch(RecordedRequest r) {
		seen.add(r);
		String a = r.getHeaders().get("Authorization");
		if (a == null || !a.startsWith("Digest ")) {
			return challenge(false);
		}
		Map<String, String> p = params(a.substring(7));
		if (staleNonces.contains(p.get("nonce"))) {
			return challenge(true);
		}
		if (!nonce.equals(p.get("nonce")) || !REALM.equals(p.get("realm")) || !r.getTarget().equals(p.get("uri"))
				|| !"opaque-1".equals(p.get("opaque"))) {
			failures.add("parameters " + p + " for " + r.getTarget());
			return challenge(false);
		}
		String alg = algorithm;
		String q = p.get("qop");
		String ha1 = h(alg, p.get("username") + ":" + REALM + ":" + password);
		String a2 = r.getMethod() + ":" + p.get("uri");
		if ("auth-int".equals(q)) {
			a2 += ":" + h(alg, r.getBody() == null ? "" : r.getBody().utf8());
		}
		String expected = h(alg, ha1 + ":" + nonce + ":" + p.get("nc") + ":" + p.get("cnonce") + ":" + q + ":"
				+ h(alg, a2));
		if (!user.equals(p.get("username")) || !expected.equals(p.get("response"))) {
			return challenge(false);
		}
		long nc = Long.parseLong(p.get("nc"), 16);
		Long before = lastCount.put(nonce, nc);
		if (before != null && nc <= before) {
			failures.add("nonce count not increasing: " + nc + " after " + before);
			return challenge(false);
		}
		if (redirectTo != null) {
			return new MockResponse.Builder().code(302).addHeader("Location", redirectTo).build();
		}
		return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
				.body("[{\"id\":1}]").build();
	}

	private MockResponse challenge(boolean stale) {
		return new MockResponse.Builder().code(401)
				.addHeader("WWW-Authenticate", "Digest realm=\"" + REALM + "\", qop=\"" + qop + "\", algorithm="
						+ algorithm + ", nonce=\"" + nonce + "\", opaque=\"opaque-1\"" + (stale ? ", stale=true" : ""))
				.body("unauthorized").build();
	}

	static Map<String, String> params(String s) {
		Map<String, String> m = new HashMap<>();
		Matcher x = Pattern.compile("([A-Za-z*]+)=(?:\"((?:[^\"\\\\]|\\\\.)*)\"|([^,\\s]+))").matcher(s);
		while (x.find()) {
			m.put(x.group(1), x.group(2) != null ? x.group(2) : x.group(3));
		}
		return m;
	}

	static String h(String alg, String s) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance(alg).digest(s.getBytes(StandardCharsets.UTF_8)));
		} catch (java.security.NoSuchAlgorithmException e) {
			throw new AssertionError(e);
		}
	}
}
