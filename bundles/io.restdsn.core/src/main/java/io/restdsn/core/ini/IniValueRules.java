package io.restdsn.core.ini;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

import io.restdsn.core.dsn.Dsn;

/**
 * What can be written to odbc.ini so that unixODBC reads back exactly the same name, key and value.
 * <p>
 * unixODBC has no quoting and no escapes: it trims blanks around keys and values, ends a value at the line break,
 * treats a line starting with {@code #} or {@code ;} as a comment and one starting with {@code [} as a section, and
 * reads at most {@value #MAX_LINE_BYTES} bytes of a line (the rest becomes another line). Anything that would be
 * changed by that reading is refused here, with a message that names the option and says what to do, rather than
 * written into a file that silently means something else. Messages never quote values: they may be secrets.
 */
public final class IniValueRules {

	/** Longest line (bytes, without the line break) that unixODBC reads whole. */
	public static final int MAX_LINE_BYTES = 999;

	/** The section listing the DSNs; not a DSN itself. */
	public static final String DATA_SOURCES_SECTION = "ODBC Data Sources";

	/** unixODBC's own settings section (tracing, pooling); not a DSN. */
	public static final String ODBC_SECTION = "ODBC";

	private IniValueRules() {
	}

	/** The white space C's {@code isspace} sees, which is what unixODBC trims. */
	static boolean isBlank(char c) {
		return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u000B' || c == '\f';
	}

	static String trim(String s) {
		int b = 0;
		int e = s.length();
		while (b < e && isBlank(s.charAt(b))) {
			b++;
		}
		while (e > b && isBlank(s.charAt(e - 1))) {
			e--;
		}
		return s.substring(b, e);
	}

	/** Whether a section name is one of unixODBC's own sections rather than a DSN. */
	public static boolean isReservedSection(String name) {
		String n = trim(name);
		return n.equalsIgnoreCase(DATA_SOURCES_SECTION) || n.equalsIgnoreCase(ODBC_SECTION);
	}

	/** Why {@code name} cannot be a DSN section name, if it cannot. */
	public static Optional<String> nameProblem(String name) {
		if (name.isEmpty()) {
			return Optional.of("the DSN name is empty; give it a name");
		}
		if (!trim(name).equals(name)) {
			return Optional.of("the DSN name starts or ends with white space, which unixODBC strips; remove it");
		}
		if (name.indexOf(']') >= 0) {
			return Optional.of("the DSN name contains ']', which ends a section header in odbc.ini; "
					+ "choose a name without it");
		}
		if (name.charAt(0) == '[') {
			return Optional.of("the DSN name starts with '[', which makes its [ODBC Data Sources] entry read as a "
					+ "section header; choose another first character");
		}
		if (name.indexOf('=') >= 0) {
			return Optional.of("the DSN name contains '=', which would split its [ODBC Data Sources] entry; "
					+ "choose a name without '='");
		}
		if (name.charAt(0) == '#' || name.charAt(0) == ';') {
			return Optional.of("the DSN name starts with '" + name.charAt(0)
					+ "', which makes its [ODBC Data Sources] entry a comment; choose another first character");
		}
		if (hasControl(name)) {
			return Optional.of("the DSN name contains a line break or control character; remove it");
		}
		if (isReservedSection(name)) {
			return Optional.of("[" + name + "] is unixODBC's own section, not a DSN; choose another name");
		}
		if (utf8Length(name) + 2 > MAX_LINE_BYTES) {
			return Optional.of("the DSN name is too long for one odbc.ini line (" + MAX_LINE_BYTES
					+ " bytes); shorten it");
		}
		return Optional.empty();
	}

	/** Why {@code key} cannot be an option name in odbc.ini, if it cannot. */
	public static Optional<String> keyProblem(String key) {
		if (key.isEmpty()) {
			return Optional.of("an option has an empty name; unixODBC skips such a line; give it a name");
		}
		if (!trim(key).equals(key)) {
			return Optional.of("option '" + printable(key)
					+ "': the name starts or ends with white space, which unixODBC strips; remove it");
		}
		if (key.indexOf('=') >= 0) {
			return Optional.of("option '" + printable(key)
					+ "': the name contains '=', where unixODBC splits name from value; rename the option");
		}
		char c = key.charAt(0);
		if (c == '[' || c == '#' || c == ';') {
			return Optional.of("option '" + printable(key) + "': a name starting with '" + c + "' reads as "
					+ (c == '[' ? "a section header" : "a comment") + " in odbc.ini; rename the option");
		}
		if (hasControl(key)) {
			return Optional.of("option '" + printable(key)
					+ "': the name contains a line break or control character; remove it");
		}
		return Optional.empty();
	}

	/** Why {@code key=value} cannot be written as one odbc.ini line, if it cannot. Never quotes the value. */
	public static Optional<String> entryProblem(String key, String value) {
		Optional<String> k = keyProblem(key);
		if (k.isPresent()) {
			return k;
		}
		if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
			return Optional.of("option '" + key + "': the value contains a line break, which odbc.ini cannot hold; "
					+ "put it on one line (or use a connection string)");
		}
		if (value.indexOf('\0') >= 0) {
			return Optional.of("option '" + key + "': the value contains a NUL character; remove it");
		}
		if (!trim(value).equals(value)) {
			return Optional.of("option '" + key + "': the value starts or ends with white space, which unixODBC "
					+ "strips when reading; remove the blanks (a connection string can keep them in braces)");
		}
		int bytes = utf8Length(key) + 1 + utf8Length(value);
		if (bytes > MAX_LINE_BYTES) {
			return Optional.of("option '" + key + "': the line would be " + bytes + " bytes; unixODBC reads only "
					+ MAX_LINE_BYTES + " bytes of a line and takes the rest as another line; shorten the value "
					+ "(e.g. move it into the Model file)");
		}
		return Optional.empty();
	}

	/**
	 * Refuses a DSN that would not read back unchanged.
	 *
	 * @throws IniValueException naming the first offending option (or the name) and what to do
	 */
	public static void requireWritable(Dsn dsn) {
		nameProblem(dsn.name()).ifPresent(m -> {
			throw new IniValueException(dsn.name(), null, "DSN '" + printable(dsn.name()) + "': " + m);
		});
		for (Dsn.Option o : dsn.options()) {
			entryProblem(o.key(), o.value()).ifPresent(m -> {
				throw new IniValueException(dsn.name(), o.key(), "DSN '" + dsn.name() + "', " + m);
			});
		}
	}

	static int utf8Length(String s) {
		return s.getBytes(StandardCharsets.UTF_8).length;
	}

	/** Case-insensitive identity of a key or section name; the same folding {@link Dsn} uses. */
	static String fold(String key) {
		return key.trim().toLowerCase(Locale.ROOT);
	}

	private static boolean hasControl(String s) {
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c < ' ' && c != '\t' || c == '\u007F') {
				return true;
			}
		}
		return false;
	}

	/** Names may carry control characters; show them escaped so a message stays on one line. */
	private static String printable(String s) {
		StringBuilder b = new StringBuilder();
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c < ' ' || c == '\u007F') {
				b.append(String.format("\\u%04x", (int) c));
			} else {
				b.append(c);
			}
		}
		return b.toString();
	}
}
