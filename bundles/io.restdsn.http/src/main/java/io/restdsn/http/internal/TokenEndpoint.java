package io.restdsn.http.internal;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restdsn.http.ConnectionException;
import okhttp3.HttpUrl;

/**
 * TokenURI read: an optional method prefix ({@code POST https://host/token}; GET when there is none, as the connector
 * does) and an absolute http(s) URL.
 */
record TokenEndpoint(String method, HttpUrl url) {

	private static final Pattern PREFIX = Pattern.compile("(?i)^(GET|POST)\\s+(\\S.*)$");

	boolean post() {
		return "POST".equals(method);
	}

	static TokenEndpoint parse(String value) throws ConnectionException {
		if (value == null || value.isBlank()) {
			throw Problem.config("TokenURI is not set: enter the provider's token endpoint, e.g. "
					+ "'POST https://login.example.com/oauth2/token'.", Opt.TOKEN_URI);
		}
		String v = value.trim();
		String method = "GET";
		Matcher m = PREFIX.matcher(v);
		if (m.matches()) {
			method = m.group(1).toUpperCase(Locale.ROOT);
			v = m.group(2).trim();
		}
		HttpUrl url = HttpUrl.parse(v);
		if (url == null) {
			if (!v.contains("://")) {
				throw Problem.config("TokenURI must be an absolute URL starting with https:// (optionally preceded by "
						+ "'POST '), not '" + v + "'.", Opt.TOKEN_URI);
			}
			throw Problem.config("TokenURI '" + v + "' is not a valid http or https URL"
					+ (v.contains(" ") ? " (only 'GET ' or 'POST ' may precede it)" : "") + ".", Opt.TOKEN_URI);
		}
		return new TokenEndpoint(method, url);
	}

	@Override
	public String toString() {
		return method + " " + url;
	}
}
