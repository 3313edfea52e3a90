package io.restdsn.ui.query.sql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.restdsn.engine.ColumnInfo;
import io.restdsn.engine.SchemaInfo;
import io.restdsn.engine.TableInfo;
import io.restdsn.ui.query.sql.SqlScanner.Kind;
import io.restdsn.ui.query.sql.SqlScanner.Token;

/**
 * Table and column names for Ctrl+Space, from the engine's schema and the statement around the caret.
 * <p>
 * After {@code FROM} or {@code JOIN}: tables. After {@code alias.}: that table's columns. Anywhere else: the
 * columns of the tables the statement reads (all tables' columns when it names none yet), then tables, then
 * keywords. Matching is by case-insensitive prefix; the proposal replaces the partial word before the caret.
 */
public final class SqlCompletion {

	/** What a proposal names. */
	public enum Category {
		TABLE, COLUMN, KEYWORD
	}

	/**
	 * One proposal.
	 *
	 * @param replacement the text that replaces the partial word before the caret
	 * @param label       what the list shows
	 * @param detail      type and table, or the table's endpoint
	 */
	public record Proposal(String replacement, String label, String detail, Category kind) {
	}

	/** The partial word before the caret, its start, and the qualifier before a dot ({@code null} if none). */
	public record WordAtCaret(int start, String prefix, String qualifier) {
	}

	private static final Pattern PLAIN_NAME = Pattern.compile("[A-Z_][A-Z0-9_$]*");
	private static final Set<String> TABLE_CONTEXT = Set.of("FROM", "JOIN");

	private final SchemaInfo schema;

	public SqlCompletion(SchemaInfo schema) {
		this.schema = schema;
	}

	/** Proposals for the caret position of {@code script}. */
	public List<Proposal> propose(String script, int caret) {
		caret = Math.max(0, Math.min(caret, script.length()));
		WordAtCaret word = wordAt(script, caret);
		SqlStatements.Statement st = SqlStatements.at(script, caret);
		String stmt = st == null ? "" : st.sql();
		Map<String, TableInfo> refs = referencedTables(stmt);
		List<Proposal> out = new ArrayList<>();
		if (word.qualifier() != null) {
			TableInfo t = refs.get(word.qualifier().toUpperCase(Locale.ROOT));
			if (t == null) {
				t = schema.table(unquote(word.qualifier()));
			}
			if (t != null) {
				addColumns(out, t, word.prefix(), false);
			}
			return out;
		}
		int from = st == null ? 0 : Math.min(st.start(), word.start());
		String context = keywordBefore(script, word.start(), from);
		if (context != null && TABLE_CONTEXT.contains(context)) {
			if (!afterName(script, word.start(), from)) {
				addTables(out, word.prefix());
				return out;
			}
			// "FROM t |": an alias or the next clause, not another table
			addKeywords(out, word.prefix());
			return out;
		}
		Set<TableInfo> tables = new LinkedHashSet<>(refs.values());
		if (tables.isEmpty()) {
			tables.addAll(schema.tables());
		}
		Set<String> seen = new LinkedHashSet<>();
		for (TableInfo t : tables) {
			for (ColumnInfo c : t.columns()) {
				if (matches(c.name(), word.prefix()) && seen.add(c.name().toUpperCase(Locale.ROOT))) {
					out.add(new Proposal(quote(c.name()), c.name(), c.modelType() + " — " + t.name(), Category.COLUMN));
				}
			}
		}
		addTables(out, word.prefix());
		if (!word.prefix().isEmpty()) {
			addKeywords(out, word.prefix());
		}
		return out;
	}

	private static void addKeywords(List<Proposal> out, String prefix) {
		SqlScanner.KEYWORDS.stream().filter(k -> matches(k, prefix)).sorted()
				.forEach(k -> out.add(new Proposal(k, k, "keyword", Category.KEYWORD)));
	}

	/** Whether the last token before {@code offset} (after {@code from}) is a name, e.g. a table just given. */
	private static boolean afterName(String script, int offset, int from) {
		String head = script.substring(from, offset);
		List<Token> tokens = SqlScanner.scan(head);
		for (int i = tokens.size() - 1; i >= 0; i--) {
			Token t = tokens.get(i);
			if (t.kind() == Kind.WHITESPACE || t.kind() == Kind.COMMENT) {
				continue;
			}
			return t.kind() == Kind.IDENTIFIER || t.kind() == Kind.QUOTED_IDENTIFIER;
		}
		return false;
	}

	private void addTables(List<Proposal> out, String prefix) {
		for (TableInfo t : schema.tables()) {
			if (matches(t.name(), prefix)) {
				String detail = t.parent() != null ? "child of " + t.parent() : t.endpoint();
				out.add(new Proposal(quote(t.name()), t.name(), detail, Category.TABLE));
			}
		}
	}

	private static void addColumns(List<Proposal> out, TableInfo t, String prefix, boolean withTable) {
		for (ColumnInfo c : t.columns()) {
			if (matches(c.name(), prefix)) {
				out.add(new Proposal(quote(c.name()), c.name(), c.modelType() + (c.key() ? ", key" : "")
						+ (withTable ? " — " + t.name() : ""), Category.COLUMN));
			}
		}
	}

	private static boolean matches(String name, String prefix) {
		return prefix.isEmpty() || name.regionMatches(true, 0, unquote(prefix), 0, unquote(prefix).length());
	}

	/** A name as SQL needs it: bare when it is a plain upper-case identifier, else double-quoted. */
	public static String quote(String name) {
		if (PLAIN_NAME.matcher(name).matches() && !SqlScanner.KEYWORDS.contains(name)) {
			return name;
		}
		return '"' + name.replace("\"", "\"\"") + '"';
	}

	private static String unquote(String s) {
		if (s.length() >= 1 && (s.charAt(0) == '"' || s.charAt(0) == '`')) {
			String inner = s.substring(1);
			if (!inner.isEmpty() && inner.charAt(inner.length() - 1) == s.charAt(0)) {
				inner = inner.substring(0, inner.length() - 1);
			}
			return inner;
		}
		return s;
	}

	/** The identifier (or opening-quoted identifier) that ends at the caret, and a {@code qualifier.} before it. */
	public static WordAtCaret wordAt(String script, int caret) {
		int start = caret;
		while (start > 0 && SqlScanner.isIdentifierPart(script.charAt(start - 1))) {
			start--;
		}
		if (start > 0 && script.charAt(start - 1) == '"') {
			start--;
		}
		String prefix = script.substring(start, caret);
		String qualifier = null;
		if (start > 0 && script.charAt(start - 1) == '.') {
			int q = start - 1;
			int qs = q;
			if (qs > 0 && script.charAt(qs - 1) == '"') {
				int open = script.lastIndexOf('"', qs - 2);
				qs = open >= 0 ? open : qs;
			} else {
				while (qs > 0 && SqlScanner.isIdentifierPart(script.charAt(qs - 1))) {
					qs--;
				}
			}
			if (qs < q) {
				qualifier = script.substring(qs, q);
			}
		}
		return new WordAtCaret(start, prefix, qualifier);
	}

	/** The last keyword before {@code offset} within the statement that starts at {@code from}, upper case. */
	private static String keywordBefore(String script, int offset, int from) {
		String head = script.substring(Math.min(from, offset), offset);
		List<Token> tokens = SqlScanner.scan(head);
		// "FROM a, b" and "FROM a x, " also mean tables: a comma right after a table reference keeps the context
		for (int i = tokens.size() - 1; i >= 0; i--) {
			Token t = tokens.get(i);
			if (t.kind() == Kind.KEYWORD) {
				String k = t.text(head).toUpperCase(Locale.ROOT);
				if (k.equals("AS")) {
					continue;
				}
				return k;
			}
		}
		return null;
	}

	/**
	 * Tables the statement reads, by alias and by name (upper case): {@code FROM a [AS] x, b JOIN c y ON …}. Names
	 * the schema does not know are left out.
	 */
	public Map<String, TableInfo> referencedTables(String stmt) {
		Map<String, TableInfo> refs = new LinkedHashMap<>();
		List<Token> tokens = new ArrayList<>();
		for (Token t : SqlScanner.scan(stmt)) {
			if (t.kind() != Kind.WHITESPACE && t.kind() != Kind.COMMENT) {
				tokens.add(t);
			}
		}
		for (int i = 0; i < tokens.size(); i++) {
			Token t = tokens.get(i);
			if (t.kind() != Kind.KEYWORD || !TABLE_CONTEXT.contains(t.text(stmt).toUpperCase(Locale.ROOT))) {
				continue;
			}
			int j = i + 1;
			while (j < tokens.size()) {
				// [schema.]table
				if (!isName(tokens.get(j))) {
					break;
				}
				String name = unquote(tokens.get(j).text(stmt));
				j++;
				while (j + 1 < tokens.size() && tokens.get(j).text(stmt).equals(".") && isName(tokens.get(j + 1))) {
					name = unquote(tokens.get(j + 1).text(stmt));
					j += 2;
				}
				TableInfo table = schema.table(name);
				if (j < tokens.size() && tokens.get(j).kind() == Kind.KEYWORD
						&& tokens.get(j).text(stmt).equalsIgnoreCase("AS")) {
					j++;
				}
				String alias = null;
				if (j < tokens.size() && isName(tokens.get(j))) {
					alias = unquote(tokens.get(j).text(stmt));
					j++;
				}
				if (table != null) {
					refs.putIfAbsent(table.name().toUpperCase(Locale.ROOT), table);
					if (alias != null) {
						refs.put(alias.toUpperCase(Locale.ROOT), table);
					}
				}
				if (j < tokens.size() && tokens.get(j).text(stmt).equals(",")) {
					j++;
					continue;
				}
				break;
			}
		}
		return refs;
	}

	private static boolean isName(Token t) {
		return t.kind() == Kind.IDENTIFIER || t.kind() == Kind.QUOTED_IDENTIFIER;
	}
}
