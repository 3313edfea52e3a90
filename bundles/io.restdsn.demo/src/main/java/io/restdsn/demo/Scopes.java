package io.restdsn.demo;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The scopes the demo grants and what each one opens.
 * <p>
 * {@code read} opens everything; {@code read:orders} and {@code read:customers} open one resource each, so a DSN's
 * Scope option has a visible effect (a narrower scope gets a 403 on the other tables) rather than being decoration.
 */
final class Scopes {

	static final String READ = "read";
	static final String ORDERS = "read:orders";
	static final String CUSTOMERS = "read:customers";

	/** In the order they are listed to users. */
	static final List<String> ALLOWED = List.of(READ, ORDERS, CUSTOMERS);

	private Scopes() {
	}

	/**
	 * The scopes a token request asks for: space-separated (RFC 6749 §3.3), duplicates dropped; none means
	 * {@code read}. An unknown scope is {@code invalid_scope}, naming it and the ones that exist.
	 */
	static List<String> requested(String scopeParameter) {
		if (scopeParameter == null || scopeParameter.isBlank()) {
			return List.of(READ);
		}
		Set<String> out = new LinkedHashSet<>();
		List<String> unknown = new ArrayList<>();
		for (String s : scopeParameter.trim().split("\\s+")) {
			if (ALLOWED.contains(s)) {
				out.add(s);
			} else {
				unknown.add(s);
			}
		}
		if (!unknown.isEmpty()) {
			throw HttpProblem.badRequest("invalid_scope", (unknown.size() == 1 ? "unknown scope '" + unknown.get(0)
					+ "'" : "unknown scopes " + unknown) + "; this service grants " + String.join(", ", ALLOWED));
		}
		return List.copyOf(out);
	}

	/** Whether {@code granted} opens a resource that needs {@code needed} ({@code null}: any valid token). */
	static boolean allows(Set<String> granted, String needed) {
		return needed == null || granted.contains(READ) || granted.contains(needed);
	}
}
