package io.restdsn.http.internal;

/**
 * The OAuth 2.0 grant a token request uses (RFC 6749): client credentials (§4.4, AuthenticationMethod 53), resource
 * owner password (§4.3, 52: the user's name and password go to the token endpoint) or refresh token (§6, 54: a
 * long-lived refresh token the provider issued earlier is exchanged for access tokens).
 */
sealed interface Grant {

	/** The {@code grant_type} value. */
	String type();

	/** The grant's own request parameters, in order: name, value, name, value… */
	String[] parameters();

	/** The AuthenticationMethod that stands for it. */
	int method();

	Grant CLIENT_CREDENTIALS = new ClientCredentialsGrant();

	record ClientCredentialsGrant() implements Grant {
		@Override
		public String type() {
			return "client_credentials";
		}

		@Override
		public String[] parameters() {
			return new String[0];
		}

		@Override
		public int method() {
			return AuthMethodCode.CLIENT_CREDENTIALS;
		}
	}

	record PasswordGrant(String user, String password) implements Grant {
		@Override
		public String type() {
			return "password";
		}

		@Override
		public String[] parameters() {
			return new String[] { "username", user, "password", password };
		}

		@Override
		public int method() {
			return AuthMethodCode.PASSWORD_GRANT;
		}

		@Override
		public String toString() {
			return "PasswordGrant[" + user + "]";
		}
	}

	record RefreshTokenGrant(String refreshToken) implements Grant {
		@Override
		public String type() {
			return "refresh_token";
		}

		@Override
		public String[] parameters() {
			return new String[] { "refresh_token", refreshToken };
		}

		@Override
		public int method() {
			return AuthMethodCode.REFRESH_TOKEN;
		}

		@Override
		public String toString() {
			return "RefreshTokenGrant";
		}
	}
}
