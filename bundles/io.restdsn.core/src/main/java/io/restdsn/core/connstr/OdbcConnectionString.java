package io.restdsn.core.connstr;

import java.util.ArrayList;
import java.util.List;

import io.restdsn.core.dsn.Dsn;

/**
 * ODBC connection strings ({@code SQLDriverConnect}): {@code DSN=name;DRIVER={…};key=value;…}.
 * <p>
 * {@code DSN=} is the DSN's name, not an option. Reading accepts what people paste: any key case, blanks around
 * keys and values, braces, single- or double-quoted values, a trailing {@code ;}; duplicates and unreadable parts are
 * reported with positions. Writing emits each value bare when that reads back the same and in braces otherwise, and
 * {@code DRIVER} always in braces (its usual form), so {@code parse(format(d)).dsn()} equals {@code d} for any values.
 */
public final class OdbcConnectionString {

	/** The key that carries the DSN's name. */
	public static final String DSN_KEY = "DSN";

	private OdbcConnectionString() {
	}

	public static ParsedConnectionString parse(String text) {
		Tokenizer.Result t = Tokenizer.tokenize(text, 0);
		List<ConnectionStringProblem> problems = new ArrayList<>(t.problems());
		DsnCollector c = new DsnCollector(problems);
		String name = "";
		for (Tokenizer.Entry e : t.entries()) {
			if (e.key().equalsIgnoreCase(DSN_KEY)) {
				if (c.claim(e.key(), e.position())) {
					name = e.value();
				}
			} else {
				c.add(e.key(), e.value(), e.position());
			}
		}
		problems.sort((a, b) -> Integer.compare(a.position(), b.position()));
		return new ParsedConnectionString(c.toDsn(name), problems);
	}

	/**
	 * One line, {@code DSN=} first when the DSN has a name, then the options in order, without a trailing {@code ;}.
	 *
	 * @throws IllegalArgumentException when an option name cannot be written (empty, blanks at either end,
	 *                                  {@code =} or {@code ;} in it) or is {@code DSN} (the name's key)
	 */
	public static String format(Dsn dsn) {
		StringBuilder b = new StringBuilder();
		if (!dsn.name().isEmpty()) {
			b.append(DSN_KEY).append('=').append(Quoting.bracedIfNeeded(dsn.name()));
		}
		for (Dsn.Option o : dsn.options()) {
			Quoting.requireWritableKey(o.key());
			if (o.key().equalsIgnoreCase(DSN_KEY)) {
				throw new IllegalArgumentException("option 'DSN' holds the data source name in a connection string; "
						+ "set the DSN's name instead of a DSN option");
			}
			if (b.length() > 0) {
				b.append(';');
			}
			String v = o.key().equalsIgnoreCase("DRIVER") ? Quoting.braced(o.value()) : Quoting.bracedIfNeeded(o.value());
			b.append(o.key()).append('=').append(v);
		}
		return b.toString();
	}
}
