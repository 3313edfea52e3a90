package io.restdsn.ui.query.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits SQL text into tokens for colouring, statement boundaries and completion. Plain Java (no SWT) so that it is
 * tested without a display.
 * <p>
 * Deliberately forgiving: unterminated strings and comments run to the end of the text (as they do while the user is
 * typing), and anything it does not recognise is {@link Kind#OTHER}. It never throws.
 */
public final class SqlScanner {

	/** What a token is. */
	public enum Kind {
		KEYWORD, IDENTIFIER, QUOTED_IDENTIFIER, STRING, NUMBER, COMMENT, OPERATOR, SEMICOLON, WHITESPACE, OTHER
	}

	/** A token: {@code length} characters from {@code start}. */
	public record Token(Kind kind, int start, int length) {

		public int end() {
			return start + length;
		}

		public String text(CharSequence sql) {
			return sql.subSequence(start, end()).toString();
		}
	}

	/** Reserved and common words of the SQL H2 runs, upper case. */
	public static final Set<String> KEYWORDS = Set.of("ALL", "AND", "ANY", "ARRAY", "AS", "ASC", "BETWEEN", "BY",
			"CASE", "CAST", "COALESCE", "COUNT", "CROSS", "CURRENT_DATE", "CURRENT_TIME", "CURRENT_TIMESTAMP", "DESC",
			"DISTINCT", "ELSE", "END", "EXCEPT", "EXISTS", "FALSE", "FETCH", "FIRST", "FROM", "FULL", "GROUP",
			"HAVING", "ILIKE", "IN", "INNER", "INTERSECT", "INTERVAL", "IS", "JOIN", "LAST", "LEFT", "LIKE", "LIMIT",
			"MAX", "MIN", "MINUS", "NATURAL", "NEXT", "NOT", "NULL", "NULLS", "OFFSET", "ON", "ONLY", "OR", "ORDER",
			"OUTER", "OVER", "PARTITION", "RIGHT", "ROW", "ROWS", "SELECT", "SUM", "AVG", "THEN", "TOP", "TRUE",
			"UNION", "UNKNOWN", "USING", "VALUES", "WHEN", "WHERE", "WINDOW", "WITH", "ESCAPE", "UPPER", "LOWER",
			"LENGTH", "SUBSTRING", "TRIM", "EXTRACT", "YEAR", "MONTH", "DAY", "HOUR", "MINUTE", "SECOND", "DATE",
			"TIME", "TIMESTAMP", "INTEGER", "BIGINT", "DECIMAL", "VARCHAR", "BOOLEAN", "DOUBLE", "CHAR", "INSERT",
			"UPDATE", "DELETE", "CREATE", "DROP", "ALTER", "TABLE", "INTO", "SET", "SCHEMA", "INFORMATION_SCHEMA");

	private SqlScanner() {
	}

	/** All tokens of the text, whitespace included, in order and without gaps. */
	public static List<Token> scan(CharSequence sql) {
		List<Token> tokens = new ArrayList<>();
		int n = sql.length();
		int i = 0;
		while (i < n) {
			char c = sql.charAt(i);
			int start = i;
			Kind kind;
			if (Character.isWhitespace(c)) {
				while (i < n && Character.isWhitespace(sql.charAt(i))) {
					i++;
				}
				kind = Kind.WHITESPACE;
			} else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
				while (i < n && sql.charAt(i) != '\n' && sql.charAt(i) != '\r') {
					i++;
				}
				kind = Kind.COMMENT;
			} else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
				int close = indexOf(sql, "*/", i + 2);
				i = close < 0 ? n : close + 2;
				kind = Kind.COMMENT;
			} else if (c == '\'') {
				i = quoted(sql, i, '\'');
				kind = Kind.STRING;
			} else if (c == '"' || c == '`') {
				i = quoted(sql, i, c);
				kind = Kind.QUOTED_IDENTIFIER;
			} else if (c == '[') {
				int close = indexOf(sql, "]", i + 1);
				i = close < 0 ? n : close + 1;
				kind = Kind.QUOTED_IDENTIFIER;
			} else if (Character.isDigit(c) || c == '.' && i + 1 < n && Character.isDigit(sql.charAt(i + 1))) {
				i = number(sql, i);
				kind = Kind.NUMBER;
			} else if (isIdentifierStart(c)) {
				while (i < n && isIdentifierPart(sql.charAt(i))) {
					i++;
				}
				kind = KEYWORDS.contains(sql.subSequence(start, i).toString().toUpperCase(Locale.ROOT)) ? Kind.KEYWORD
						: Kind.IDENTIFIER;
			} else if (c == ';') {
				i++;
				kind = Kind.SEMICOLON;
			} else if ("=<>!+-*/%|(),.".indexOf(c) >= 0) {
				i++;
				kind = Kind.OPERATOR;
			} else {
				i++;
				kind = Kind.OTHER;
			}
			tokens.add(new Token(kind, start, i - start));
		}
		return tokens;
	}

	public static boolean isIdentifierStart(char c) {
		return Character.isLetter(c) || c == '_' || c == '$';
	}

	public static boolean isIdentifierPart(char c) {
		return Character.isLetterOrDigit(c) || c == '_' || c == '$';
	}

	/** End of a quoted run starting at {@code i} (quote doubled to escape), or the end of the text. */
	private static int quoted(CharSequence sql, int i, char quote) {
		int n = sql.length();
		i++;
		while (i < n) {
			if (sql.charAt(i) == quote) {
				if (i + 1 < n && sql.charAt(i + 1) == quote) {
					i += 2;
					continue;
				}
				return i + 1;
			}
			i++;
		}
		return n;
	}

	private static int number(CharSequence sql, int i) {
		int n = sql.length();
		while (i < n && (Character.isDigit(sql.charAt(i)) || sql.charAt(i) == '.')) {
			i++;
		}
		if (i < n && (sql.charAt(i) == 'e' || sql.charAt(i) == 'E')) {
			int j = i + 1;
			if (j < n && (sql.charAt(j) == '+' || sql.charAt(j) == '-')) {
				j++;
			}
			if (j < n && Character.isDigit(sql.charAt(j))) {
				i = j;
				while (i < n && Character.isDigit(sql.charAt(i))) {
					i++;
				}
			}
		}
		return i;
	}

	private static int indexOf(CharSequence s, String what, int from) {
		for (int i = from; i + what.length() <= s.length(); i++) {
			boolean match = true;
			for (int k = 0; k < what.length(); k++) {
				if (s.charAt(i + k) != what.charAt(k)) {
					match = false;
					break;
				}
			}
			if (match) {
				return i;
			}
		}
		return -1;
	}
}
