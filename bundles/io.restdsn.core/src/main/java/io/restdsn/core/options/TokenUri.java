package io.restdsn.core.options;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Objects;

/**
 * A parsed TokenURI value: the HTTP method and the token endpoint.
 * <p>
 * The connector accepts an optional method prefix ({@code POST https://host/token}) and uses GET without one. Only
 * GET and POST are meaningful for a token request, so any other prefix is rejected here rather than sent. Error
 * messages never repeat the URL: a URL may carry credentials in its query.
 *
 * @param method         GET or POST
 * @param uri            absolute http(s) URL without fragment or user info
 * @param explicitMethod whether the value named the method (the editor shows the method either way)
 */
public record TokenUri(Method method, URI uri, boolean explicitMethod) {

	/** The HTTP methods a token request may use. */
	public enum Method {
		GET, POST
	}

	public TokenUri {
		Objects.requireNonNull(method, "method");
		Objects.requireNonNull(uri, "uri");
	}

	/**
	 * Parses an option value.
	 *
	 * @throws IllegalArgumentException with a message that names TokenURI and says how to fix the value
	 */
	public static TokenUri parse(String value) {
		String v = value == null ? "" : value.trim();
		if (v.isEmpty()) {
			throw bad("is empty: enter the token endpoint, e.g. POST https://login.example.com/oauth/token");
		}
		Method method = Method.GET;
		boolean explicit = false;
		String url = v;
		int blank = firstBlank(v);
		if (blank < 0 && v.matches("(?i)GET|POST")) {
			throw bad("names the method " + v.toUpperCase(Locale.ROOT) + " but no URL: write it followed by a space "
					+ "and the URL");
		}
		if (blank >= 0) {
			String head = v.substring(0, blank);
			if (!head.matches("[A-Za-z]+")) {
				throw bad("contains a space inside the URL: only 'GET ' or 'POST ' may come before the URL; encode "
						+ "other spaces as %20");
			}
			method = method(head);
			explicit = true;
			url = v.substring(blank).trim();
			if (firstBlank(url) >= 0) {
				throw bad("contains a space inside the URL: encode it as %20");
			}
		}
		return new TokenUri(method, check(url), explicit);
	}

	private static Method method(String word) {
		String w = word.toUpperCase(Locale.ROOT);
		if (w.equals("GET") || w.equals("POST")) {
			return Method.valueOf(w);
		}
		if (w.equals("HTTP") || w.equals("HTTPS")) {
			throw bad("must start with " + word.toLowerCase(Locale.ROOT) + ":// (the ':' and '//' are missing)");
		}
		throw bad("starts with '" + word + "', which is not a method a token request can use: write 'POST ' "
				+ "(recommended) or 'GET ' before the URL, or the URL alone for GET");
	}

	private static URI check(String url) {
		URI uri;
		try {
			uri = new URI(url);
		} catch (URISyntaxException e) {
			throw bad("is not a valid URL (" + e.getReason() + " at character " + (e.getIndex() + 1)
					+ "): percent-encode spaces and special characters");
		}
		if (!uri.isAbsolute()) {
			throw bad("must be an absolute URL starting with https:// (or http://)");
		}
		String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
		if (!scheme.equals("https") && !scheme.equals("http")) {
			throw bad("must use https:// (or http://), not " + uri.getScheme() + ":");
		}
		if (uri.getHost() == null) {
			throw bad("has no valid host name after " + scheme + "://");
		}
		if (uri.getRawUserInfo() != null) {
			throw bad("must not contain a user name or password before the host: put them in ClientID and "
					+ "ClientSecret");
		}
		if (uri.getRawFragment() != null) {
			throw bad("must not contain a fragment ('#...'): RFC 6749 §3.2 forbids it; remove it");
		}
		return uri;
	}

	private static int firstBlank(String s) {
		for (int i = 0; i < s.length(); i++) {
			if (Character.isWhitespace(s.charAt(i))) {
				return i;
			}
		}
		return -1;
	}

	private static IllegalArgumentException bad(String what) {
		return new IllegalArgumentException(OptionNames.TOKEN_URI + " " + what + ".");
	}

	/** The value as the connector reads it back; the method is written when it was explicit or is POST. */
	public String format() {
		return explicitMethod || method != Method.GET ? method + " " + uri : uri.toString();
	}

	public boolean isHttps() {
		return uri.getScheme().equalsIgnoreCase("https");
	}

	/** Whether the endpoint is on this machine, judged from the name alone (no DNS: the core has no network). */
	public boolean isLoopback() {
		return isLoopbackHost(uri.getHost());
	}

	/** {@code localhost}, {@code *.localhost} (RFC 6761), 127.0.0.0/8 and {@code ::1}. */
	public static boolean isLoopbackHost(String host) {
		if (host == null) {
			return false;
		}
		String h = host.toLowerCase(Locale.ROOT);
		if (h.equals("localhost") || h.endsWith(".localhost")) {
			return true;
		}
		if (h.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}")) {
			return true;
		}
		if (h.startsWith("[") && h.endsWith("]")) {
			try {
				// an IPv6 literal: parsed locally, never looked up
				return InetAddress.getByName(h.substring(1, h.length() - 1)).isLoopbackAddress();
			} catch (UnknownHostException e) {
				return false;
			}
		}
		return false;
	}

	/** Never includes the query, which may hold credentials (ClientCredentialsMode 2 adds them there). */
	@Override
	public String toString() {
		return "TokenUri[" + method + " " + uri.getScheme() + "://" + uri.getRawAuthority() + uri.getRawPath() + "]";
	}
}
