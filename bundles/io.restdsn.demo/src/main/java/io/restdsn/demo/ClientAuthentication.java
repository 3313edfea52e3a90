package io.restdsn.demo;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Locale;

/**
 * Finds the client's credentials in a token request and checks them against the demo's fixed pair.
 * <p>
 * Three places are accepted because the connector uses all three (ClientCredentialsMode): an HTTP Basic header
 * (modes 0 and 1), {@code client_id}/{@code client_secret} parameters in the URL (mode 2, and the GET default) and
 * the same names in a POST body (mode 3). Using two at once is an error (RFC 6749 §2.3).
 * <p>
 * Basic credentials are accepted both form-urlencoded before Base64, as RFC 6749 §2.3.1 requires, and raw, as many
 * servers and clients do; the demo secret contains {@code +} and {@code /} so that the two spellings really differ.
 */
final class ClientAuthentication {

	private final String clientId;
	private final String clientSecret;

	ClientAuthentication(String clientId, String clientSecret) {
		this.clientId = clientId;
		this.clientSecret = clientSecret;
	}

	/**
	 * Checks the request's credentials; returns normally when they are the demo's, else throws {@code invalid_client}
	 * (401) or, for credentials in two places, {@code invalid_request}.
	 *
	 * @param authorization the Authorization header, or {@code null}
	 * @param params        query and body parameters together
	 */
	void authenticate(String authorization, Parameters params) {
		boolean inParams = params.has("client_secret");
		if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
			if (inParams) {
				throw HttpProblem.invalidRequest(
						"client credentials sent both in the Authorization header and as parameters; use one");
			}
			String[] basic = decodeBasic(authorization.substring(6).trim());
			String paramId = params.single("client_id");
			if (paramId != null && !paramId.equals(basic[0]) && !paramId.equals(formDecode(basic[0]))) {
				throw HttpProblem.invalidRequest("client_id parameter differs from the id in the Authorization header");
			}
			boolean raw = matches(basic[0], basic[1]);
			boolean encoded = matches(formDecode(basic[0]), formDecode(basic[1]));
			if (!raw && !encoded) {
				throw HttpProblem.invalidClient(failure(basic[0], formDecode(basic[0]), basic[1]));
			}
			return;
		}
		if (authorization != null && !authorization.isBlank()) {
			throw HttpProblem.invalidClient("unsupported Authorization scheme" + scheme(authorization)
					+ "; use Basic or client_id/client_secret parameters");
		}
		String id = params.single("client_id");
		String secret = params.single("client_secret");
		if (id == null || secret == null) {
			throw HttpProblem.invalidClient(id == null && secret == null
					? "no client credentials: send an HTTP Basic header or client_id and client_secret"
					: "client_id and client_secret must be sent together");
		}
		if (!matches(id, secret)) {
			throw HttpProblem.invalidClient(failure(id, id, secret));
		}
	}

	private boolean matches(String id, String secret) {
		return id != null && secret != null && constantTimeEquals(id, clientId) && constantTimeEquals(secret,
				clientSecret);
	}

	/** Says which half was wrong (this is a demo: helping the user matters more than hiding the id), never the secret. */
	private String failure(String rawId, String decodedId, String secret) {
		if (!clientId.equals(rawId) && !clientId.equals(decodedId)) {
			return "unknown client_id '" + shorten(rawId) + "'";
		}
		if (secret != null && secret.equals(clientSecret.replace('+', ' '))) {
			return "wrong client secret: a '+' in it arrived as a space; form-urlencode the secret (RFC 6749 §2.3.1)";
		}
		return "wrong client secret for client '" + clientId + "'";
	}

	private static String[] decodeBasic(String token) {
		String text;
		try {
			text = new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8);
		} catch (IllegalArgumentException e) {
			throw HttpProblem.invalidClient("the Basic credentials are not valid Base64");
		}
		int colon = text.indexOf(':');
		if (colon < 0) {
			throw HttpProblem.invalidClient("the Basic credentials have no ':' between id and secret");
		}
		return new String[] { text.substring(0, colon), text.substring(colon + 1) };
	}

	/** Form-decoding, or {@code null} when the text is not valid form encoding (then only the raw spelling can match). */
	private static String formDecode(String s) {
		try {
			return URLDecoder.decode(s, StandardCharsets.UTF_8);
		} catch (IllegalArgumentException e) {
			return null;
		}
	}

	private static boolean constantTimeEquals(String a, String b) {
		return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
	}

	/** The scheme word, quoted, when there is one; a header without a space may be a bare credential: not echoed. */
	private static String scheme(String authorization) {
		int sp = authorization.trim().indexOf(' ');
		return sp < 0 ? "" : " '" + shorten(authorization.trim().substring(0, sp).toLowerCase(Locale.ROOT)) + "'";
	}

	private static String shorten(String s) {
		return s.length() <= 64 ? s : s.substring(0, 64) + "…";
	}
}
