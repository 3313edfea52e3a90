package io.restdsn.ui.query.sql;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restdsn.ui.query.sql.SqlScanner.Kind;
import io.restdsn.ui.query.sql.SqlScanner.Token;

/**
 * Where in the user's statement an SQL error is, from the engine's message, so the editor can put the caret there
 * and underline it.
 * <p>
 * The local SQL engine (H2) marks the spot with {@code [*]} inside the quoted statement ({@code Syntax error in SQL
 * statement "SELEC[*] * FROM X"}), and names unknown tables and columns ({@code Column "NOPE" not found}). The
 * quoted statement can be the engine's rewrite of the user's text, so the marker is located by the text around it
 * rather than by its offset alone.
 */
public final class SqlErrorPosition {

	/** An error position: {@code length} characters from {@code offset} in the statement (length may be 0). */
	public record Position(int offset, int length) {
	}

	private static final Pattern QUOTED_STATEMENT = Pattern.compile("\"((?:[^\"]|\"\")*\\[\\*\\](?:[^\"]|\"\")*)\"",
			Pattern.DOTALL);
	private static final Pattern H2_ESCAPE = Pattern.compile("\\\\([0-9a-fA-F]{4})");
	private static final Pattern UNKNOWN_NAME = Pattern.compile(
			"(?:Column|Table|Schema|Function|Sequence|Constant) \"([^\"]+)\" not found", Pattern.CASE_INSENSITIVE);

	private SqlErrorPosition() {
	}

	/** The position of the error in {@code statement}, or {@code null} when the message does not tell. */
	public static Position locate(String message, String statement) {
		if (message == null || statement == null || statement.isEmpty()) {
			return null;
		}
		Matcher unknown = UNKNOWN_NAME.matcher(message);
		if (unknown.find()) {
			Position p = findName(statement, lastPart(unknown.group(1)));
			if (p != null) {
				return p;
			}
		}
		Matcher q = QUOTED_STATEMENT.matcher(message);
		if (q.find()) {
			String quoted = unescape(q.group(1).replace("\"\"", "\""));
			int mark = quoted.indexOf("[*]");
			String before = quoted.substring(0, mark);
			String after = quoted.substring(mark + 3);
			int at = mapMarker(statement, before, after);
			if (at >= 0) {
				return new Position(at, wordLength(statement, at));
			}
		}
		return null;
	}

	/** Where the marker between {@code before} and {@code after} falls in the statement, or -1. */
	private static int mapMarker(String statement, String before, String after) {
		if (statement.startsWith(before)) {
			return before.length();
		}
		String s = statement.toUpperCase(Locale.ROOT);
		String b = before.toUpperCase(Locale.ROOT);
		String a = after.toUpperCase(Locale.ROOT);
		// the text just before and after the marker, as long a piece of it as is found exactly once
		for (int len = Math.min(40, b.length()); len >= 3; len--) {
			String tail = b.substring(b.length() - len);
			int first = s.indexOf(tail);
			if (first >= 0 && s.indexOf(tail, first + 1) < 0) {
				return first + len;
			}
		}
		for (int len = Math.min(40, a.length()); len >= 3; len--) {
			String head = a.substring(0, len);
			int first = s.indexOf(head);
			if (first >= 0 && s.indexOf(head, first + 1) < 0) {
				return first;
			}
		}
		if (b.isEmpty()) {
			return 0;
		}
		return -1;
	}

	/** A message of the local SQL engine as people read it: its {@code \\000a} escapes as line breaks. */
	public static String readable(String message) {
		return message == null ? null : unescape(message);
	}

	/** H2 writes control characters in the quoted statement as {@code \\000a}. */
	private static String unescape(String s) {
		Matcher m = H2_ESCAPE.matcher(s);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
		}
		m.appendTail(out);
		return out.toString();
	}

	private static String lastPart(String name) {
		int dot = name.lastIndexOf('.');
		return dot >= 0 ? name.substring(dot + 1) : name;
	}

	/** The first identifier token spelling {@code name} (case-insensitive, quoted or not). */
	private static Position findName(String statement, String name) {
		List<Token> tokens = SqlScanner.scan(statement);
		for (Token t : tokens) {
			if (t.kind() == Kind.IDENTIFIER || t.kind() == Kind.KEYWORD) {
				if (t.text(statement).equalsIgnoreCase(name)) {
					return new Position(t.start(), t.length());
				}
			} else if (t.kind() == Kind.QUOTED_IDENTIFIER && t.length() >= 2) {
				String inner = statement.substring(t.start() + 1, t.end() - 1);
				if (inner.equalsIgnoreCase(name)) {
					return new Position(t.start(), t.length());
				}
			}
		}
		return null;
	}

	/** Length of the token at {@code at} (at least 1 unless at the end). */
	private static int wordLength(String statement, int at) {
		for (Token t : SqlScanner.scan(statement)) {
			if (t.start() == at && t.kind() != Kind.WHITESPACE) {
				return t.length();
			}
		}
		return at < statement.length() ? 1 : 0;
	}
}
