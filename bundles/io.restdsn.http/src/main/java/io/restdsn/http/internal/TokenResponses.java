package io.restdsn.http.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.restdsn.http.ConnectionException;
import io.restdsn.http.ConnectionProblem.Kind;
import io.restdsn.http.Redactor;
import io.restdsn.http.TokenInfo;

/**
 * Reads a token endpoint's answer: tolerant in what it accepts (JSON or form-encoded, {@code expires_in} as number or
 * string, {@code token_type} in any case or missing – each deviation noted for the user), strict in what it demands:
 * without an {@code access_token} there is no token, and the error shows what came back instead.
 */
final class TokenResponses {

	/**
	 * expires_in above this (about 11 days) and a multiple of 1000 is probably milliseconds (3600000 for an hour);
	 * noted, still read as seconds, since a 401 renews the token anyway.
	 */
	private static final long SUSPICIOUS_SECONDS = 1_000_000L;

	private final ClientCredentials cc;
	private final Redactor redactor;
	private final ObjectMapper mapper;

	TokenResponses(ClientCredentials cc, Redactor redactor, ObjectMapper mapper) {
		this.cc = cc;
		this.redactor = redactor;
		this.mapper = mapper;
	}

	/** The {@code refresh_token} of a successful response, or {@code null}. */
	String refreshToken(BufferedResponse r) {
		return ResponseBodyShape.of(r.text(), r.contentType(), mapper).field("refresh_token");
	}

	Token read(BufferedResponse r, Instant issuedAt, String transcript) throws ConnectionException {
		ResponseBodyShape body = ResponseBodyShape.of(r.text(), r.contentType(), mapper);
		String accessToken = body.field("access_token");
		if (r.successful() && accessToken != null && !accessToken.isBlank() && body.field("error") == null) {
			return token(body, accessToken.strip(), issuedAt, transcript, r);
		}
		throw new TokenErrors(cc, redactor).map(r, body, transcript);
	}

	private Token token(ResponseBodyShape body, String accessToken, Instant issuedAt, String transcript,
			BufferedResponse r) throws ConnectionException {
		if (!AuthSettings.isHeaderSafe(accessToken)) {
			throw Problem.of(redactor.withSecret(accessToken), Kind.MALFORMED_RESPONSE,
					"The token endpoint returned an access_token with characters an HTTP header cannot carry (line "
							+ "breaks or non-ASCII); it cannot be sent as a Bearer token.")
					.options(Opt.TOKEN_URI).status(r.code()).transcript(transcript).exception();
		}
		List<String> notes = new ArrayList<>();
		if (body.format() == ResponseBodyShape.Format.FORM) {
			notes.add("The token response was form-encoded, not JSON (RFC 6749 §5.1 asks for JSON); accepted.");
		}
		String type = body.field("token_type");
		if (type == null || type.isBlank()) {
			notes.add("The response has no token_type (required by RFC 6749 §5.1); the token is sent as Bearer.");
			type = "Bearer";
		} else if (!type.equalsIgnoreCase("bearer")) {
			notes.add("token_type is '" + type + "', not Bearer; the token is sent as 'Authorization: Bearer' anyway.");
		} else if (!type.equals("Bearer")) {
			type = "Bearer";
		}
		Instant expiresAt = expiry(body, issuedAt, notes);
		String scope = body.field("scope");
		boolean scopeFromServer = scope != null;
		if (scope == null) {
			scope = cc.scope();
		} else if (cc.scope() != null && !sameScopes(scope, cc.scope())) {
			notes.add("The server granted scope '" + scope + "', which differs from the requested '" + cc.scope()
					+ "'.");
		}
		Redactor withToken = redactor.withSecret(accessToken);
		List<String> safeNotes = notes.stream().map(withToken::redact).toList();
		TokenInfo info = new TokenInfo(type, issuedAt, expiresAt, scope, scopeFromServer, Redactor.mask(accessToken),
				safeNotes, withToken.redact(transcript));
		return new Token(accessToken, expiresAt, info);
	}

	private static Instant expiry(ResponseBodyShape body, Instant issuedAt, List<String> notes) {
		String raw = body.field("expires_in");
		if (raw != null) {
			Long seconds = wholeNumber(raw);
			if (seconds == null) {
				notes.add("expires_in '" + raw + "' is not a number; the token is used until the API rejects it.");
				return null;
			}
			if (body.stringFields().contains("expires_in")) {
				notes.add("expires_in was sent as a string; read as " + seconds + " seconds.");
			}
			if (seconds <= 0) {
				notes.add("expires_in is " + seconds + "; the token is used until the API rejects it.");
				return null;
			}
			if (seconds > SUSPICIOUS_SECONDS && seconds % 1000 == 0) {
				notes.add("expires_in " + seconds + " is over 11 days: it may be milliseconds. Read as seconds; the "
						+ "token is renewed anyway when the API rejects it (401).");
			}
			return issuedAt.plus(Duration.ofSeconds(seconds));
		}
		String on = body.field("expires_on") != null ? body.field("expires_on") : body.field("expires_at");
		Long epoch = on == null ? null : wholeNumber(on);
		if (epoch != null && epoch > 1_000_000_000L) {
			notes.add("No expires_in; the expiry was taken from expires_on/expires_at.");
			return Instant.ofEpochSecond(epoch);
		}
		notes.add("No expires_in: the token is reused until the API rejects it (401), then renewed.");
		return null;
	}

	private static Long wholeNumber(String s) {
		try {
			BigDecimal d = new BigDecimal(s.strip());
			return d.setScale(0, java.math.RoundingMode.DOWN).longValueExact();
		} catch (NumberFormatException | ArithmeticException e) {
			return null;
		}
	}

	private static boolean sameScopes(String a, String b) {
		return normalize(a).equals(normalize(b));
	}

	private static List<String> normalize(String scopes) {
		return java.util.Arrays.stream(scopes.toLowerCase(Locale.ROOT).split("[\\s,]+")).filter(s -> !s.isEmpty())
				.sorted().toList();
	}
}
