package io.restdsn.demo;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Form-urlencoded parameters, from a query string or a request body.
 * <p>
 * RFC 6749 §3.1 says a parameter must not appear twice; {@link #single} enforces that for every parameter the
 * service reads, so a client that sends {@code client_id} both in the URL and in the body learns it from the answer.
 */
final class Parameters {

	private final Map<String, List<String>> values;

	private Parameters(Map<String, List<String>> values) {
		this.values = values;
	}

	static Parameters empty() {
		return new Parameters(new LinkedHashMap<>());
	}

	/** Parses {@code a=1&b=x%20y}; {@code null} or empty text gives no parameters. */
	static Parameters parse(String raw) {
		Map<String, List<String>> m = new LinkedHashMap<>();
		if (raw != null && !raw.isEmpty()) {
			for (String pair : raw.split("&")) {
				if (pair.isEmpty()) {
					continue;
				}
				int eq = pair.indexOf('=');
				String name = decode(eq < 0 ? pair : pair.substring(0, eq));
				String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
				m.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
			}
		}
		return new Parameters(m);
	}

	/** Both sets together; a name in both counts as repeated. */
	Parameters and(Parameters other) {
		Map<String, List<String>> m = new LinkedHashMap<>();
		values.forEach((k, v) -> m.put(k, new ArrayList<>(v)));
		other.values.forEach((k, v) -> m.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
		return new Parameters(m);
	}

	boolean has(String name) {
		return values.containsKey(name);
	}

	/** The value, or {@code null} when absent; a repeated parameter is an {@code invalid_request}. */
	String single(String name) {
		List<String> v = values.get(name);
		if (v == null) {
			return null;
		}
		if (v.size() > 1) {
			throw HttpProblem.invalidRequest("parameter '" + name + "' appears " + v.size() + " times");
		}
		return v.get(0);
	}

	/** A whole number in {@code [min, max]}, or {@code dflt} when absent. */
	int integer(String name, int dflt, int min, int max) {
		String v = single(name);
		if (v == null) {
			return dflt;
		}
		try {
			int n = Integer.parseInt(v.trim());
			if (n < min || n > max) {
				throw HttpProblem.invalidRequest("parameter '" + name + "' must be between " + min + " and " + max
						+ ", was " + n);
			}
			return n;
		} catch (NumberFormatException e) {
			throw HttpProblem.invalidRequest("parameter '" + name + "' must be a whole number, was '" + v + "'");
		}
	}

	private static String decode(String s) {
		try {
			return URLDecoder.decode(s, StandardCharsets.UTF_8);
		} catch (IllegalArgumentException e) {
			throw HttpProblem.invalidRequest("malformed percent-encoding in '" + s + "'");
		}
	}
}
