package io.restdsn.core.connstr;

/**
 * Writes values so that {@link Tokenizer} reads back exactly the same text, whatever it holds.
 * <p>
 * A value is written bare unless reading it bare would change it: it contains {@code ;} (ends the entry),
 * <code>{</code> <code>}</code> or {@code =} (the connector family's documented rule), starts or ends with white
 * space (trimmed), or starts with a quote (taken as quoting). Such values are enclosed: in braces for ODBC and JDBC
 * (<code>a}b</code> → <code>{a}}b}</code>), in double quotes for CData (ADO.NET style, {@code "} doubled).
 */
final class Quoting {

	private Quoting() {
	}

	static boolean needsEnclosing(String v) {
		if (v.isEmpty()) {
			return false;
		}
		char first = v.charAt(0);
		if (first == '\'' || first == '"' || Tokenizer.isBlank(first) || Tokenizer.isBlank(v.charAt(v.length() - 1))) {
			return true;
		}
		for (int i = 0; i < v.length(); i++) {
			char c = v.charAt(i);
			if (c == ';' || c == '{' || c == '}' || c == '=') {
				return true;
			}
		}
		return false;
	}

	static String braced(String v) {
		return "{" + v.replace("}", "}}") + "}";
	}

	static String bracedIfNeeded(String v) {
		return needsEnclosing(v) ? braced(v) : v;
	}

	static String doubleQuotedIfNeeded(String v) {
		return needsEnclosing(v) ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
	}

	/**
	 * Refuses a key that cannot be read back: the tokenizer ends a key at {@code =} or {@code ;} and trims it.
	 *
	 * @throws IllegalArgumentException naming the option and what to do
	 */
	static void requireWritableKey(String key) {
		if (key.isEmpty()) {
			throw new IllegalArgumentException("an option has an empty name; give it a name");
		}
		if (!Tokenizer.trim(key).equals(key)) {
			throw new IllegalArgumentException("option '" + key.strip()
					+ "': the name starts or ends with white space, which connection strings drop; remove it");
		}
		if (key.indexOf('=') >= 0 || key.indexOf(';') >= 0) {
			throw new IllegalArgumentException("option '" + key
					+ "': a name containing '=' or ';' cannot be written in a connection string; rename it");
		}
	}
}
