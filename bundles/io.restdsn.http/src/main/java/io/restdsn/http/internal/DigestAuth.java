package io.restdsn.http.internal;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import io.restdsn.http.ConnectionException;
import io.restdsn.http.ConnectionProblem.Kind;
import io.restdsn.http.Redactor;
import okhttp3.Authenticator;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.Route;
import okio.Buffer;

/**
 * AuthenticationMethod=30: HTTP Digest (RFC 7616, and RFC 2617/2069 servers) with User and Password.
 * <p>
 * Each authorized client gets a {@link Session}: its {@link Authenticator} half answers a 401 that carries a Digest
 * challenge by remembering the challenge for the origin and repeating the request; its network-interceptor half adds
 * {@code Authorization: Digest …} to every hop whose origin has a remembered challenge, computed for that hop's method
 * and request-target, with the next nonce count. So later requests reuse the nonce without a 401 round trip; a
 * {@code stale=true} challenge replaces the nonce; a second non-stale challenge to an answered request means the
 * user name or password is wrong, and the 401 is returned (no loop) for {@link #refused} to explain.
 * <p>
 * Credentials go only to hops on the origin the call was made for ({@link Origins}): a redirect to another host is
 * neither answered nor sent a response computed from the password.
 * <p>
 * Algorithms MD5, SHA-256 and SHA-512-256, each also as {@code -sess}; qop {@code auth} (preferred),
 * {@code auth-int} (the body is hashed; not possible for a one-shot body) or none (RFC 2069); {@code userhash};
 * {@code username*} (RFC 8187) for a user name that a quoted string cannot carry. User name and password are hashed
 * as UTF-8 whatever the challenge's {@code charset} says (RFC 7616 allows only UTF-8 there).
 */
final class DigestAuth implements RequestAuth {

	private static final SecureRandom RANDOM = new SecureRandom();

	/** Supported algorithms, strongest first (RFC 7616 §3.7: the client uses the first it supports). */
	private static final List<String> ALGORITHMS = List.of("SHA-512-256", "SHA-256", "MD5");

	private final String user;
	private final String password;
	private final Supplier<String> cnonces;

	DigestAuth(String user, String password, Supplier<String> cnonces) {
		this.user = user;
		this.password = password;
		this.cnonces = cnonces;
	}

	static DigestAuth read(DsnReader r, int method) throws ConnectionException {
		String user = r.text(Opt.USER);
		if (user == null) {
			throw Problem.config("AuthenticationMethod " + AuthMethodCode.describe(method) + " needs User.",
					Opt.USER);
		}
		String password = r.secret(Opt.PASSWORD);
		if (password == null) {
			throw Problem.config("AuthenticationMethod " + AuthMethodCode.describe(method) + " needs Password, "
					+ "which is set neither in the DSN nor in secure storage.", Opt.PASSWORD);
		}
		return new DigestAuth(user, password, DigestAuth::randomCnonce);
	}

	private static String randomCnonce() {
		byte[] b = new byte[16];
		RANDOM.nextBytes(b);
		return HexFormat.of().formatHex(b);
	}

	@Override
	public void install(OkHttpClient.Builder client) {
		Session s = new Session();
		client.authenticator(s).addNetworkInterceptor(s);
	}

	/** A challenge's parameters (names lower case), as far as Digest uses them. */
	record Challenge(String realm, String nonce, String opaque, String algorithm, String qop, boolean stale,
			boolean userhash) {

		/** From OkHttp's parsed challenge; null when it is no Digest challenge or lacks a nonce. */
		static Challenge of(okhttp3.Challenge c) {
			if (!"digest".equalsIgnoreCase(c.scheme())) {
				return null;
			}
			Map<String, String> p = new java.util.HashMap<>();
			c.authParams().forEach((k, v) -> {
				if (k != null) {
					p.put(k.toLowerCase(Locale.ROOT), v);
				}
			});
			if (p.get("nonce") == null) {
				return null;
			}
			return new Challenge(p.getOrDefault("realm", ""), p.get("nonce"), p.get("opaque"), p.get("algorithm"),
					p.get("qop"), "true".equalsIgnoreCase(p.get("stale")), "true".equalsIgnoreCase(p.get("userhash")));
		}

		/** The algorithm without {@code -sess}, upper case; MD5 when the challenge names none. */
		String baseAlgorithm() {
			String a = algorithm == null ? "MD5" : algorithm.trim().toUpperCase(Locale.ROOT);
			return a.endsWith("-SESS") ? a.substring(0, a.length() - 5) : a;
		}

		boolean sess() {
			return algorithm != null && algorithm.trim().toUpperCase(Locale.ROOT).endsWith("-SESS");
		}

		boolean supported() {
			return ALGORITHMS.contains(baseAlgorithm());
		}

		/** {@code auth} when offered, else {@code auth-int}, else null (no qop: RFC 2069). */
		String chooseQop(boolean bodyReadable) {
			if (qop == null) {
				return null;
			}
			List<String> offered = new ArrayList<>();
			for (String q : qop.split(",")) {
				offered.add(q.trim().toLowerCase(Locale.ROOT));
			}
			if (offered.contains("auth")) {
				return "auth";
			}
			if (offered.contains("auth-int") && bodyReadable) {
				return "auth-int";
			}
			return offered.isEmpty() || offered.equals(List.of("")) ? null : "unsupported";
		}
	}

	/**
	 * The {@code Authorization} value for one request: RFC 7616 §3.4.
	 *
	 * @param uri  the request-target as sent (path and query)
	 * @param body the request body for {@code auth-int}, or null for none
	 * @param nc   the nonce count (1 for the first request with this nonce)
	 */
	static String authorization(String user, String password, Challenge c, String method, String uri, byte[] body,
			long nc, String cnonce) {
		String alg = c.baseAlgorithm();
		String qop = c.chooseQop(true);
		String ha1 = hash(alg, user + ":" + c.realm() + ":" + password);
		if (c.sess()) {
			ha1 = hash(alg, ha1 + ":" + c.nonce() + ":" + cnonce);
		}
		String a2 = method + ":" + uri;
		if ("auth-int".equals(qop)) {
			a2 += ":" + hash(alg, body == null ? new byte[0] : body);
		}
		String ha2 = hash(alg, a2);
		String ncHex = String.format("%08x", nc);
		String response = qop == null ? hash(alg, ha1 + ":" + c.nonce() + ":" + ha2)
				: hash(alg, ha1 + ":" + c.nonce() + ":" + ncHex + ":" + cnonce + ":" + qop + ":" + ha2);

		StringBuilder h = new StringBuilder("Digest ");
		if (c.userhash()) {
			h.append("username=").append(quote(hash(alg, user + ":" + c.realm())));
		} else if (quotable(user)) {
			h.append("username=").append(quote(user));
		} else {
			h.append("username*=UTF-8''").append(rfc8187(user));
		}
		h.append(", realm=").append(quote(c.realm()));
		h.append(", nonce=").append(quote(c.nonce()));
		h.append(", uri=").append(quote(uri));
		if (c.algorithm() != null) {
			h.append(", algorithm=").append(c.algorithm().trim());
		}
		h.append(", response=").append(quote(response));
		if (qop != null) {
			h.append(", qop=").append(qop).append(", nc=").append(ncHex).append(", cnonce=").append(quote(cnonce));
		}
		if (c.opaque() != null) {
			h.append(", opaque=").append(quote(c.opaque()));
		}
		if (c.userhash()) {
			h.append(", userhash=true");
		}
		return h.toString();
	}

	/** The request-target a hop sends in its request line: path and query, as encoded on the wire. */
	static String uri(HttpUrl url) {
		String q = url.encodedQuery();
		return url.encodedPath() + (q == null ? "" : "?" + q);
	}

	/** Among a 401's challenges, the Digest one with the strongest supported algorithm; else null. */
	static Challenge best(List<okhttp3.Challenge> challenges) {
		Challenge best = null;
		for (okhttp3.Challenge oc : challenges) {
			Challenge c = Challenge.of(oc);
			if (c != null && c.supported() && !"unsupported".equals(c.chooseQop(true)) && (best == null
					|| ALGORITHMS.indexOf(c.baseAlgorithm()) < ALGORITHMS.indexOf(best.baseAlgorithm()))) {
				best = c;
			}
		}
		return best;
	}

	/** The client's Digest state: the challenge last received from each origin and its nonce count. */
	final class Session implements Authenticator, Interceptor {

		/** A remembered challenge, the cnonce used with it and how often its nonce was used. */
		private final class Nonce {
			final Challenge challenge;
			final String cnonce = cnonces.get();
			final AtomicLong count = new AtomicLong();

			Nonce(Challenge challenge) {
				this.challenge = challenge;
			}
		}

		/** Origin (scheme://host:port) → the challenge it sent last. */
		private final Map<String, Nonce> nonces = new ConcurrentHashMap<>();

		@Override
		public Response intercept(Chain chain) throws IOException {
			Request request = chain.request();
			Nonce n = mayAnswer(request) ? nonces.get(key(request.url())) : null;
			if (n == null) {
				return chain.proceed(request);
			}
			RequestBody body = request.body();
			byte[] bytes = null;
			String qop = n.challenge.chooseQop(true);
			if ("auth-int".equals(qop) && body != null) {
				if (body.isOneShot() || body.isDuplex()) {
					return chain.proceed(request); // cannot hash it; the 401 will say so
				}
				Buffer buffer = new Buffer();
				body.writeTo(buffer);
				bytes = buffer.readByteArray();
			}
			String value = authorization(user, password, n.challenge, request.method(), uri(request.url()), bytes,
					n.count.incrementAndGet(), n.cnonce);
			return chain.proceed(request.newBuilder().header("Authorization", value).build());
		}

		@Override
		public Request authenticate(Route route, Response response) {
			Request request = response.request();
			if (response.code() != 401 || !mayAnswer(request) || priorUnauthorized(response) >= 3) {
				return null;
			}
			Challenge c = best(response.challenges());
			if (c == null) {
				return null; // no Digest challenge we can answer: the 401 is explained by refused()
			}
			String key = key(request.url());
			Response sentResponse = response.networkResponse();
			String sent = sentResponse == null ? null : sentResponse.request().header("Authorization");
			boolean answered = sent != null && sent.regionMatches(true, 0, "Digest ", 0, 7);
			// An answered request refused with a fresh (not stale) nonce: wrong credentials - unless the answer used a
			// nonce remembered from an earlier call, which the server may have forgotten without saying stale=true.
			if (answered && !c.stale() && priorUnauthorized(response) > 0) {
				nonces.remove(key);
				return null;
			}
			nonces.put(key, new Nonce(c));
			return request; // the network half adds the answer, computed for the hop
		}

		private boolean mayAnswer(Request request) {
			RequestCredentials c = request.tag(RequestCredentials.class);
			return c != null && Origins.mayReceive(c.origin(), request.url());
		}
	}

	private static int priorUnauthorized(Response response) {
		int n = 0;
		for (Response r = response.priorResponse(); r != null; r = r.priorResponse()) {
			if (r.code() == 401) {
				n++;
			}
		}
		return n;
	}

	private static String key(HttpUrl url) {
		return url.scheme() + "://" + url.host() + ":" + url.port();
	}

	@Override
	public Problem refused(BufferedResponse r, HttpUrl requested, String where, Redactor redactor) {
		if (r.code() != 401) {
			return null;
		}
		Problem elsewhere = RequestAuth.fromOtherOrigin(r, requested, where, redactor);
		if (elsewhere != null) {
			return elsewhere;
		}
		List<okhttp3.Challenge> challenges = challenges(r);
		List<String> schemes = new ArrayList<>();
		List<String> digestAlgorithms = new ArrayList<>();
		for (okhttp3.Challenge oc : challenges) {
			schemes.add(oc.scheme());
			Challenge c = Challenge.of(oc);
			if (c != null) {
				digestAlgorithms.add(c.algorithm() == null ? "MD5" : c.algorithm());
			}
		}
		String m;
		if (best(challenges) != null) {
			return Problem.of(redactor, Kind.UNAUTHORIZED, where + " answered 401 Unauthorized to the Digest "
					+ "response and challenged again (the nonce was not stale): the server refused the user name or "
					+ "password. Check User and Password.").options(Opt.USER, Opt.PASSWORD);
		} else if (!digestAlgorithms.isEmpty()) {
			m = where + " answered 401 with a Digest challenge this client cannot answer (algorithm "
					+ String.join(", ", digestAlgorithms) + "; supported: MD5, SHA-256, SHA-512-256, each also -sess; "
					+ "qop auth or auth-int).";
		} else if (schemes.stream().anyMatch(s -> s.equalsIgnoreCase("Basic"))) {
			m = where + " answered 401 and asks for Basic authentication (WWW-Authenticate: Basic), not Digest: set "
					+ "AuthenticationMethod=0 (Basic) to send User and Password that way.";
		} else if (!schemes.isEmpty()) {
			m = where + " answered 401 and asks for " + String.join(", ", schemes) + " authentication, not Digest: "
					+ "choose the AuthenticationMethod the API documents.";
		} else {
			m = where + " answered 401 Unauthorized without a Digest challenge (no WWW-Authenticate: Digest "
					+ "header): this endpoint does not use Digest authentication; check AuthenticationMethod.";
		}
		return Problem.of(redactor, Kind.UNAUTHORIZED, m).options(Opt.AUTHENTICATION_METHOD);
	}

	/** OkHttp's parse of a buffered 401's {@code WWW-Authenticate} headers. */
	private static List<okhttp3.Challenge> challenges(BufferedResponse r) {
		return new Response.Builder().request(new Request.Builder().url(r.url()).build()).protocol(Protocol.HTTP_1_1)
				.code(r.code()).message(r.message()).headers(r.headers()).build().challenges();
	}

	private static String hash(String algorithm, String text) {
		return hash(algorithm, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	private static String hash(String algorithm, byte[] bytes) {
		String jdk = switch (algorithm) {
		case "SHA-512-256" -> "SHA-512/256";
		default -> algorithm;
		};
		try {
			return HexFormat.of().formatHex(java.security.MessageDigest.getInstance(jdk).digest(bytes));
		} catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException(jdk + " is part of every JRE", e);
		}
	}

	private static boolean quotable(String s) {
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c < 0x20 || c > 0x7e || c == '"' || c == '\\') {
				return false;
			}
		}
		return true;
	}

	private static String quote(String s) {
		return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
	}

	/** RFC 8187 value characters: attr-char kept, everything else percent-encoded from UTF-8. */
	private static String rfc8187(String s) {
		StringBuilder b = new StringBuilder();
		for (byte x : s.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
			int c = x & 0xff;
			if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
					|| "!#$&+-.^_`|~".indexOf(c) >= 0) {
				b.append((char) c);
			} else {
				b.append('%').append(String.format("%02X", c));
			}
		}
		return b.toString();
	}

	@Override
	public String toString() {
		return "DigestAuth[" + user + "]";
	}
}
