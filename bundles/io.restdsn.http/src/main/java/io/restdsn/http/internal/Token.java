package io.restdsn.http.internal;

import java.time.Instant;

import io.restdsn.http.TokenInfo;

/**
 * An access token as cached: the secret value (never printed: see {@link #toString()}), its expiry, and the
 * shareable description.
 *
 * @param expiresAt null when the server gave no lifetime: then the token is used until a 401
 */
record Token(String accessToken, Instant expiresAt, TokenInfo info) {

	@Override
	public String toString() {
		return "Token[" + info + "]";
	}
}
