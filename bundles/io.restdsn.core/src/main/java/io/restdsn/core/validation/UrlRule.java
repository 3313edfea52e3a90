package io.restdsn.core.validation;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;

import io.restdsn.core.options.AuthMethod;
import io.restdsn.core.options.OptionNames;

/**
 * URL options other than TokenURI (which has its own rule): they parse, use http(s) where the connector sends HTTP
 * requests, and are relative only where HostName can complete them. Messages do not repeat URLs: a query may hold a
 * key.
 */
final class UrlRule implements Rule {

	@Override
	public void check(Subject s, List<Problem> out) {
		checkHttp(s, OptionNames.AUTH_URI, false, out);
		checkHttp(s, OptionNames.REST_SAMPLE_PATH, true, out);
		checkHttp(s, OptionNames.HEALTH_URI, true, out);
		checkHostName(s, out);
		checkRedirect(s, out);
	}

	/** An http(s) URL; relative ones only when {@code relativeToHost} and HostName is set. */
	private static void checkHttp(Subject s, String name, boolean relativeToHost, List<Problem> out) {
		URI uri = parse(s, name, out);
		if (uri == null) {
			return;
		}
		if (!uri.isAbsolute()) {
			if (!relativeToHost) {
				out.add(Problem.error(name, name + " must be an absolute URL starting with https:// (or http://)."));
			} else if (!s.isSet(OptionNames.HOST_NAME)) {
				out.add(Problem.error(name, name + " is a relative path but HostName is empty: enter a full URL "
						+ "(https://...), or set HostName to the API's base URL."));
			}
			return;
		}
		checkHttpScheme(name, uri, out);
	}

	private static void checkHostName(Subject s, List<Problem> out) {
		String v = s.value(OptionNames.HOST_NAME);
		if (v == null || !v.contains("://")) {
			return; // a bare host name is fine
		}
		URI uri = parse(s, OptionNames.HOST_NAME, out);
		if (uri != null) {
			checkHttpScheme(OptionNames.HOST_NAME, uri, out);
		}
	}

	private static void checkHttpScheme(String name, URI uri, List<Problem> out) {
		String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
		if (!scheme.equals("https") && !scheme.equals("http")) {
			out.add(Problem.error(name, name + " must use https:// (or http://), not " + uri.getScheme() + ":."));
		} else if (uri.getHost() == null) {
			out.add(Problem.error(name, name + " has no valid host name after " + scheme + "://."));
		}
	}

	/**
	 * RedirectURI may use an app's own scheme (RFC 8252), but must be absolute; PKCE in this product receives the
	 * browser's return on a loopback port, which therefore has to be written out.
	 */
	private static void checkRedirect(Subject s, List<Problem> out) {
		String name = OptionNames.REDIRECT_URI;
		URI uri = parse(s, name, out);
		if (uri == null) {
			return;
		}
		if (!uri.isAbsolute()) {
			out.add(Problem.error(name, name + " must be an absolute URL, e.g. http://localhost:8765/callback."));
		} else if (s.grant == AuthMethod.OAUTH2_PKCE && uri.getPort() < 0) {
			out.add(Problem.error(name, name + " needs an explicit port for PKCE (e.g. http://localhost:8765/callback): "
					+ "the browser returns to that port. Add ':' and a port after the host."));
		}
	}

	/** The option's URI when it is set, used by the method and well-formed; otherwise {@code null}. */
	private static URI parse(Subject s, String name, List<Problem> out) {
		String v = s.value(name);
		if (v == null || !s.used(name)) {
			return null;
		}
		try {
			return new URI(v);
		} catch (URISyntaxException e) {
			out.add(Problem.error(name, name + " is not a valid URL (" + e.getReason() + " at character "
					+ (e.getIndex() + 1) + "): percent-encode spaces and special characters."));
			return null;
		}
	}
}
