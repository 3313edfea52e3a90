package io.restdsn.ui.results;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * The JSON this UI writes (copy as JSON, JSON export) and the pretty-printer of the value viewer. Small on purpose:
 * the UI bundle does not need a JSON library for strings, numbers, booleans and null.
 */
public final class JsonText {

	private JsonText() {
	}

	/** A value as a JSON literal: numbers and booleans as such, NULL as null, everything else as a string. */
	public static void value(StringBuilder out, Object v) {
		if (v == null) {
			out.append("null");
		} else if (v instanceof Boolean b) {
			out.append(b.booleanValue());
		} else if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte
				|| v instanceof BigInteger) {
			out.append(v);
		} else if (v instanceof BigDecimal d) {
			out.append(d.toPlainString());
		} else if (v instanceof Double || v instanceof Float) {
			double d = ((Number) v).doubleValue();
			if (Double.isNaN(d) || Double.isInfinite(d)) {
				string(out, v.toString());
			} else {
				out.append(CellText.full(v));
			}
		} else {
			string(out, CellText.full(v));
		}
	}

	/** A JSON string literal with the escapes RFC 8259 requires. */
	public static void string(StringBuilder out, String s) {
		out.append('"');
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				case '\b' -> out.append("\\b");
				case '\f' -> out.append("\\f");
				default -> {
					if (c < 0x20 || c == '\u2028' || c == '\u2029') {
						out.append(String.format("\\u%04x", (int) c));
					} else {
						out.append(c);
					}
				}
			}
		}
		out.append('"');
	}

	/**
	 * Re-indents JSON text by two spaces per level without parsing it into objects (so numbers and key order stay
	 * exactly as received). Text that is not JSON comes back unchanged in meaning, just re-spaced around brackets;
	 * the viewer only calls this for text that {@link CellText#looksLikeJson looks like JSON}.
	 */
	public static String pretty(String json) {
		StringBuilder out = new StringBuilder(json.length() + json.length() / 4);
		int depth = 0;
		boolean inString = false;
		for (int i = 0; i < json.length(); i++) {
			char c = json.charAt(i);
			if (inString) {
				out.append(c);
				if (c == '\\' && i + 1 < json.length()) {
					out.append(json.charAt(++i));
				} else if (c == '"') {
					inString = false;
				}
				continue;
			}
			switch (c) {
				case '"' -> {
					inString = true;
					out.append(c);
				}
				case '{', '[' -> {
					int close = nextNonBlank(json, i + 1);
					if (close < json.length() && (json.charAt(close) == '}' || json.charAt(close) == ']')) {
						out.append(c).append(json.charAt(close));
						i = close;
					} else {
						out.append(c);
						newline(out, ++depth);
					}
				}
				case '}', ']' -> {
					newline(out, --depth);
					out.append(c);
				}
				case ',' -> {
					out.append(c);
					newline(out, depth);
				}
				case ':' -> out.append(": ");
				case ' ', '\t', '\n', '\r' -> {
					// re-spaced
				}
				default -> out.append(c);
			}
		}
		return out.toString();
	}

	private static int nextNonBlank(String s, int i) {
		while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
			i++;
		}
		return i;
	}

	private static void newline(StringBuilder out, int depth) {
		out.append('\n');
		for (int i = 0; i < Math.max(0, depth); i++) {
			out.append("  ");
		}
	}
}
