package io.restdsn.demo;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * The little JSON writing the demo needs: strings, money and timestamps.
 * <p>
 * The bundle may not depend on a JSON library (it must run wherever the core runs, with nothing else installed),
 * and every document it sends has a fixed shape, so appending text is simpler than building trees.
 */
final class Json {

	private Json() {
	}

	/** Appends {@code s} as a JSON string; {@code null} becomes {@code null}. */
	static StringBuilder string(StringBuilder b, String s) {
		if (s == null) {
			return b.append("null");
		}
		b.append('"');
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
				case '"' -> b.append("\\\"");
				case '\\' -> b.append("\\\\");
				case '\n' -> b.append("\\n");
				case '\r' -> b.append("\\r");
				case '\t' -> b.append("\\t");
				default -> {
					if (c < 0x20) {
						b.append(String.format("\\u%04x", (int) c));
					} else {
						b.append(c);
					}
				}
			}
		}
		return b.append('"');
	}

	static String quote(String s) {
		return string(new StringBuilder(), s).toString();
	}

	/** Cents as a decimal number with two places, exact (money never goes through a double). */
	static StringBuilder money(StringBuilder b, long cents) {
		if (cents < 0) {
			b.append('-');
			cents = -cents;
		}
		long frac = cents % 100;
		return b.append(cents / 100).append('.').append(frac < 10 ? "0" : "").append(frac);
	}

	/** ISO-8601 in UTC with a {@code Z}, the form the Model's {@code Timestamp} columns read without a pattern. */
	static StringBuilder timestamp(StringBuilder b, long epochSecond) {
		return b.append('"').append(DateTimeFormatter.ISO_INSTANT.format(Instant.ofEpochSecond(epochSecond)))
				.append('"');
	}

	/** {@code {"error":…,"error_description":…}}, the RFC 6749 §5.2 shape, used for every error of the service. */
	static String error(String error, String description) {
		StringBuilder b = new StringBuilder("{\"error\":");
		string(b, error);
		if (description != null) {
			b.append(",\"error_description\":");
			string(b, description);
		}
		return b.append('}').toString();
	}
}
