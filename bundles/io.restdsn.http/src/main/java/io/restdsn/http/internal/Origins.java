package io.restdsn.http.internal;

import okhttp3.HttpUrl;

/** Whether a hop may carry the credentials meant for an origin. */
final class Origins {

	private Origins() {
	}

	/**
	 * Same scheme, host and port; or the same host upgraded from http on port 80 to https on 443 (a common redirect
	 * that does not hand the credentials to anyone new). A downgrade to http or any other host or port gets nothing.
	 */
	static boolean mayReceive(HttpUrl origin, HttpUrl target) {
		if (!origin.host().equalsIgnoreCase(target.host())) {
			return false;
		}
		if (origin.scheme().equals(target.scheme())) {
			return origin.port() == target.port();
		}
		return "http".equals(origin.scheme()) && "https".equals(target.scheme()) && origin.port() == 80
				&& target.port() == 443;
	}
}
