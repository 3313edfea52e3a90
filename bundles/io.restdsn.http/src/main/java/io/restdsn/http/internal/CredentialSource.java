package io.restdsn.http.internal;

import java.io.IOException;

import io.restdsn.http.Progress;
import okhttp3.HttpUrl;

/** Where a DSN's request credentials come from: fixed values, or the token cache. */
interface CredentialSource {

	/** Credentials for a request to {@code origin}; may fetch a token (watching {@code progress} to give up). */
	RequestCredentials current(HttpUrl origin, Progress progress) throws IOException;

	/** Whether a 401 may be cured by new credentials (true for tokens). */
	boolean renewable();

	/** The server rejected these credentials: forget them so {@link #current} gets new ones. */
	void rejected(RequestCredentials credentials);

	/** No credentials at all (AuthenticationMethod=15). */
	CredentialSource NONE = fixed(java.util.List.of(), java.util.List.of());

	/** The same headers and query parameters for every request (None, Basic, BearerToken, HTTPHeader…). */
	static CredentialSource fixed(java.util.List<AuthSettings.Header> headers, java.util.List<AuthSettings.Param> params) {
		return new CredentialSource() {
			@Override
			public RequestCredentials current(HttpUrl origin, Progress progress) {
				return new RequestCredentials(origin, headers, params, null);
			}

			@Override
			public boolean renewable() {
				return false;
			}

			@Override
			public void rejected(RequestCredentials credentials) {
				// nothing to renew
			}
		};
	}
}
