package io.restdsn.http.internal;

import java.util.List;

import okhttp3.HttpUrl;

/**
 * The credentials chosen for one call and the origin they belong to. The application interceptor attaches them as a
 * request tag; the network interceptor applies them to each hop whose origin matches. Tags survive redirects, headers
 * added at network level do not – which is exactly what keeps credentials off other hosts.
 *
 * @param token the cached token these came from (so a 401 can invalidate exactly it), or null
 */
record RequestCredentials(HttpUrl origin, List<AuthSettings.Header> headers, List<AuthSettings.Param> params,
		Token token) {

	@Override
	public String toString() {
		return "RequestCredentials[" + origin.host() + ", " + headers.size() + " headers, " + params.size()
				+ " params]";
	}
}
