package io.restdsn.http.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The OAuth 2.0 token request of one DSN: where to ask, who asks (the client; its secret may be absent for a public
 * client with the password or refresh token grant), for what, which grant, and where the client credentials go.
 */
record ClientCredentials(TokenEndpoint endpoint, String clientId, String clientSecret, String scope,
		CredentialsMode mode, Grant grant) {

	/** The client credentials grant (AuthenticationMethod 53). */
	ClientCredentials(TokenEndpoint endpoint, String clientId, String clientSecret, String scope, CredentialsMode mode) {
		this(endpoint, clientId, clientSecret, scope, mode, Grant.CLIENT_CREDENTIALS);
	}

	/** Whether the client authenticates (has a secret); a public client only names itself with client_id. */
	boolean confidential() {
		return clientSecret != null;
	}

	ClientCredentials withGrant(Grant g) {
		return new ClientCredentials(endpoint, clientId, clientSecret, scope, mode, g);
	}

	/**
	 * True when id or secret change under form-urlencoding (RFC 6749 §2.3.1) – then servers that skip the decoding
	 * see different credentials in a Basic header, which the invalid_client message must explain.
	 */
	boolean encodingMatters() {
		return !form(clientId).equals(clientId) || clientSecret != null && !form(clientSecret).equals(clientSecret);
	}

	static String form(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

	@Override
	public String toString() {
		return "ClientCredentials[" + endpoint + ", id " + clientId + ", mode " + mode + ", " + grant + "]";
	}
}
