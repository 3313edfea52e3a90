package io.restdsn.ui.query.sql;

import java.util.ArrayList;
import java.util.List;

import io.restdsn.ui.query.sql.SqlScanner.Kind;
import io.restdsn.ui.query.sql.SqlScanner.Token;

/**
 * Finds "the statement at the caret" in a script, the way SQL worksheets do: statements end at a {@code ;} or at an
 * empty line (outside strings and comments), so a user can keep several queries in one editor and run any of them
 * with Ctrl+Enter without selecting it first.
 */
public final class SqlStatements {

	/** A statement: {@code sql} is the text of {@code [start, end)} of the script, trimmed. */
	public record Statement(int start, int end, String sql) {
	}

	private SqlStatements() {
	}

	/** Every non-empty statement of the script, in order. */
	public static List<Statement> split(String script) {
		List<Statement> out = new ArrayList<>();
		int start = 0;
		for (Token t : SqlScanner.scan(script)) {
			if (t.kind() == Kind.SEMICOLON) {
				add(out, script, start, t.start());
				start = t.end();
			} else if (t.kind() == Kind.WHITESPACE) {
				int blank = blankLine(script, t);
				if (blank >= 0) {
					add(out, script, start, t.start());
					start = t.end();
				}
			}
		}
		add(out, script, start, script.length());
		return out;
	}

	/**
	 * The statement the caret is in or right after (a caret after the last statement's {@code ;} or on the empty line
	 * below it still means that statement); {@code null} when the script has no statement at all.
	 */
	public static Statement at(String script, int caret) {
		List<Statement> all = split(script);
		if (all.isEmpty()) {
			return null;
		}
		Statement before = null;
		for (Statement s : all) {
			if (caret >= s.start() && caret <= s.end()) {
				return s;
			}
			if (s.end() <= caret) {
				before = s;
			}
		}
		return before != null ? before : all.get(0);
	}

	/** Index of the second line break in a whitespace token (an empty line), or -1. */
	private static int blankLine(String script, Token t) {
		int breaks = 0;
		for (int i = t.start(); i < t.end(); i++) {
			char c = script.charAt(i);
			if (c == '\n') {
				if (++breaks == 2) {
					return i;
				}
			}
		}
		return -1;
	}

	/** Adds the trimmed statement of {@code [from, to)} unless it holds only whitespace and comments. */
	private static void add(List<Statement> out, String script, int from, int to) {
		int s = from;
		int e = to;
		while (s < e && Character.isWhitespace(script.charAt(s))) {
			s++;
		}
		while (e > s && Character.isWhitespace(script.charAt(e - 1))) {
			e--;
		}
		if (s >= e) {
			return;
		}
		String text = script.substring(s, e);
		boolean code = SqlScanner.scan(text).stream()
				.anyMatch(t -> t.kind() != Kind.WHITESPACE && t.kind() != Kind.COMMENT);
		if (code) {
			out.add(new Statement(s, e, text));
		}
	}
}
