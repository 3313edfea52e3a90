package io.restdsn.http.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The client credentials grant of one DSN: where to ask, who asks, for what, and where the credentials go. */
record ClientCredentials(TokenEndpoint endpoint, String clientId, String clientSecret, String scope,
		CredentialsMode mode) {

	/**
	 * True when id or secret change under form-urlencoding (RFC 6749 §2.3.1) – then servers that skip the decoding
	 * see different credentials in a Basic header, which the invalid_client message must explain.
	 */
	boolean encodingMatters() {
		return !form(clientId).equals(clientId) || !form(clientSecret).equals(clientSecret);
	}

	static String form(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

	@Override
	public String toString() {
		return "ClientCredentials[" + endpoint + ", id " + clientId + ", mode " + mode + "]";
	}
}
