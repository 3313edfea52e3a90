package io.restdsn.core.ini;

/**
 * One physical line of an odbc.ini file, kept exactly (text and its own line break) and classified the way unixODBC
 * classifies it.
 * <p>
 * Only a line feed ends a line, as for unixODBC's {@code fgets}; a carriage return before it belongs to the break,
 * a lone one stays in the text.
 */
final class IniLine {

	enum Kind {
		/** Empty or white space only. */
		BLANK,
		/** First non-blank character is {@code #} or {@code ;}. */
		COMMENT,
		/** First non-blank character is {@code [}. */
		SECTION,
		/** {@code key=value}, split at the first {@code =}. */
		ENTRY,
		/** Text without {@code =}: unixODBC reads it as a key with an empty value. */
		BARE
	}

	final String text;
	final String eol;
	final Kind kind;
	/** Section name, or the entry's key (trimmed); empty for blank and comment lines. */
	final String name;
	/** The entry's value (trimmed); empty otherwise. */
	final String value;

	IniLine(String text, String eol) {
		this.text = text;
		this.eol = eol;
		String t = IniValueRules.trim(text);
		if (t.isEmpty()) {
			kind = Kind.BLANK;
			name = "";
			value = "";
		} else if (t.charAt(0) == '#' || t.charAt(0) == ';') {
			kind = Kind.COMMENT;
			name = "";
			value = "";
		} else if (t.charAt(0) == '[') {
			kind = Kind.SECTION;
			int close = t.indexOf(']');
			name = IniValueRules.trim(close < 0 ? t.substring(1) : t.substring(1, close));
			value = "";
		} else {
			int eq = t.indexOf('=');
			if (eq < 0) {
				kind = Kind.BARE;
				name = t;
				value = "";
			} else {
				kind = Kind.ENTRY;
				name = IniValueRules.trim(t.substring(0, eq));
				value = IniValueRules.trim(t.substring(eq + 1));
			}
		}
	}

	/** A key unixODBC would read: an entry or bare line with a non-empty name. */
	boolean isOption() {
		return (kind == Kind.ENTRY || kind == Kind.BARE) && !name.isEmpty();
	}

	IniLine withEol(String newEol) {
		return new IniLine(text, newEol);
	}

	/**
	 * This entry with another value, keeping everything up to the value as it was (indentation, key spelling,
	 * blanks around {@code =}) so that a changed value is the only visible change.
	 */
	IniLine withValue(String newValue) {
		String prefix;
		if (kind == Kind.BARE) {
			prefix = rtrim(text) + "=";
		} else {
			int eq = text.indexOf('=');
			int v = eq + 1;
			while (v < text.length() && IniValueRules.isBlank(text.charAt(v))) {
				v++;
			}
			prefix = newValue.isEmpty() ? text.substring(0, eq + 1) : text.substring(0, v);
		}
		return new IniLine(prefix + newValue, eol);
	}

	/** This section header naming another section, keeping brackets, blanks and anything after {@code ]}. */
	IniLine withSectionName(String newName) {
		int open = text.indexOf('[');
		int start = open + 1;
		int close = text.indexOf(']', start);
		int end = close < 0 ? text.length() : close;
		while (start < end && IniValueRules.isBlank(text.charAt(start))) {
			start++;
		}
		while (end > start && IniValueRules.isBlank(text.charAt(end - 1))) {
			end--;
		}
		return new IniLine(text.substring(0, start) + newName + text.substring(end), eol);
	}

	/** This entry under another key, keeping indentation and everything from the blanks before {@code =} on. */
	IniLine withKey(String newKey) {
		int start = 0;
		while (start < text.length() && IniValueRules.isBlank(text.charAt(start))) {
			start++;
		}
		int eq = text.indexOf('=');
		int end = eq < 0 ? text.length() : eq;
		while (end > start && IniValueRules.isBlank(text.charAt(end - 1))) {
			end--;
		}
		return new IniLine(text.substring(0, start) + newKey + text.substring(end), eol);
	}

	private static String rtrim(String s) {
		int e = s.length();
		while (e > 0 && IniValueRules.isBlank(s.charAt(e - 1))) {
			e--;
		}
		return s.substring(0, e);
	}
}
