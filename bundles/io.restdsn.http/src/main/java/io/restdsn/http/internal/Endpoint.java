package io.restdsn.http.internal;

import java.util.List;

import okhttp3.HttpUrl;

/**
 * A host this bundle calls, with the options that name it: messages about DNS, refused connections or certificates
 * point at them.
 *
 * @param role "token endpoint" or "API", for messages
 */
record Endpoint(HttpUrl url, List<Opt> options, String role) {

	static Endpoint token(ClientCredentials cc) {
		return new Endpoint(cc.endpoint().url(), List.of(Opt.TOKEN_URI), "token endpoint");
	}

	static Endpoint data(DataSettings.Target target) {
		return new Endpoint(target.url(), target.options(), "API");
	}

	String hostPort() {
		return url.host() + ":" + url.port();
	}
}
