package io.restdsn.core.connstr;

import java.util.ArrayList;
import java.util.List;

import io.restdsn.core.connstr.ConnectionStringProblem.Severity;

/**
 * Splits {@code key=value;key=value} into entries, the way ODBC driver managers do, plus what people write by hand.
 * <p>
 * Entries are separated by {@code ;} (empty entries and a trailing {@code ;} are fine); the key ends at the first
 * {@code =}; blanks around keys and unquoted values are dropped. A value starting with <code>{</code> runs to the
 * matching <code>}</code>, with <code>}}</code> standing for one <code>}</code>, and may hold anything. A value
 * starting with a single or double quote runs to the same quote, a doubled quote standing for one (documentation
 * examples write {@code RestSamplePath='https://…'}; CData strings quote this way). Nothing is thrown: what cannot
 * be read is reported with its 1-based character position.
 */
final class Tokenizer {

	/** One {@code key=value} as read, {@code position} being where its key starts (1-based, in the whole input). */
	record Entry(String key, String value, int position) {
	}

	record Result(List<Entry> entries, List<ConnectionStringProblem> problems) {
	}

	private final String s;
	private final int offset;
	private final List<Entry> entries = new ArrayList<>();
	private final List<ConnectionStringProblem> problems = new ArrayList<>();
	private int i;

	private Tokenizer(String s, int offset) {
		this.s = s;
		this.offset = offset;
	}

	/**
	 * @param offset characters before {@code s} in what the user typed (e.g. a JDBC prefix), added to positions
	 */
	static Result tokenize(String s, int offset) {
		Tokenizer t = new Tokenizer(s, offset);
		t.run();
		return new Result(List.copyOf(t.entries), List.copyOf(t.problems));
	}

	/** The white space dropped around keys and unquoted values; {@link Quoting} braces values that have it. */
	static boolean isBlank(char c) {
		return c <= ' ' || Character.isWhitespace(c) || Character.isSpaceChar(c);
	}

	static String trim(String v) {
		int b = 0;
		int e = v.length();
		while (b < e && isBlank(v.charAt(b))) {
			b++;
		}
		while (e > b && isBlank(v.charAt(e - 1))) {
			e--;
		}
		return v.substring(b, e);
	}

	private void run() {
		int n = s.length();
		while (true) {
			while (i < n && (isBlank(s.charAt(i)) || s.charAt(i) == ';')) {
				i++;
			}
			if (i >= n) {
				return;
			}
			int keyStart = i;
			int j = i;
			while (j < n && s.charAt(j) != '=' && s.charAt(j) != ';') {
				j++;
			}
			if (j >= n || s.charAt(j) == ';') {
				problem(keyStart, Severity.ERROR, "this part has no '='; write it as key=value or remove it");
				i = j;
				continue;
			}
			String key = trim(s.substring(i, j));
			i = j + 1;
			skipBlanks();
			String value;
			if (i < n && s.charAt(i) == '{') {
				value = enclosed('}', "brace", key);
			} else if (i < n && (s.charAt(i) == '\'' || s.charAt(i) == '"')) {
				value = enclosed(s.charAt(i), "quote", key);
			} else {
				int end = s.indexOf(';', i);
				end = end < 0 ? n : end;
				value = trim(s.substring(i, end));
				i = end;
			}
			if (value == null) {
				return; // unterminated: the rest of the string is inside it
			}
			if (key.isEmpty()) {
				problem(keyStart, Severity.ERROR, "a value with no option name before '='; add the name or remove it");
				continue;
			}
			entries.add(new Entry(key, value, keyStart + 1 + offset));
		}
	}

	/**
	 * Reads a value enclosed in braces or quotes starting at {@code i}; the closing character doubled stands for
	 * itself. Returns {@code null} when it is never closed.
	 */
	private String enclosed(char close, String what, String key) {
		int open = i;
		int n = s.length();
		StringBuilder v = new StringBuilder();
		i++;
		while (i < n) {
			char c = s.charAt(i);
			if (c == close) {
				if (i + 1 < n && s.charAt(i + 1) == close) {
					v.append(close);
					i += 2;
					continue;
				}
				i++;
				afterClose(key, what);
				return v.toString();
			}
			v.append(c);
			i++;
		}
		problem(open, Severity.ERROR, "the " + what + " opened here for option '" + key + "' is never closed; add '"
				+ close + "' after the value (inside it, write '" + close + close + "' for one '" + close + "')");
		return null;
	}

	private void afterClose(String key, String what) {
		skipBlanks();
		int n = s.length();
		if (i < n && s.charAt(i) != ';') {
			problem(i, Severity.ERROR, "unexpected text after the closing " + what + " of option '" + key
					+ "'; a ';' must follow it (inside the value, double the closing character)");
			int end = s.indexOf(';', i);
			i = end < 0 ? n : end;
		}
	}

	private void skipBlanks() {
		while (i < s.length() && isBlank(s.charAt(i))) {
			i++;
		}
	}

	private void problem(int index, Severity severity, String message) {
		problems.add(new ConnectionStringProblem(index + 1 + offset, severity, message));
	}
}
