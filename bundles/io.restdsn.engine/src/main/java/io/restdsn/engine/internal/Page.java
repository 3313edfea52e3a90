package io.restdsn.engine.internal;

import java.util.List;
import java.util.Map;

/**
 * One response the engine accepted.
 *
 * @param headers  lower-case name → values
 * @param zeroRows an {@code #http} rule said to treat this response as an empty page
 */
record Page(RequestSpec request, int status, Map<String, List<String>> headers, byte[] body, boolean fromCache,
		boolean zeroRows) {

	String header(String name) {
		List<String> v = headers.get(name.toLowerCase(java.util.Locale.ROOT));
		return v == null || v.isEmpty() ? null : v.get(0);
	}

	List<String> headers(String name) {
		List<String> v = headers.get(name.toLowerCase(java.util.Locale.ROOT));
		return v == null ? List.of() : v;
	}
}
