package io.restdsn.core.connstr;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import io.restdsn.core.connstr.ConnectionStringProblem.Severity;
import io.restdsn.core.dsn.Dsn;

/**
 * JDBC URLs of the same connector family: {@code jdbc:datadirect:autorest:key=value;key=value;…}.
 * <p>
 * Property syntax is the ODBC one (the connector documents braces for values with blanks or braces). Reading also
 * accepts the documented forms {@code jdbc:datadirect:autorest://server;…} and
 * {@code jdbc:datadirect:autorest:https://host/;…} (the part before the first {@code ;} becomes {@code HostName}),
 * and the JDBC names {@code Config} and {@code Sample}, read as {@code RestConfigFile} and {@code RestSamplePath}.
 * A URL has no DSN name: parsed DSNs have an empty name and {@link #format} ignores it.
 */
public final class JdbcUrl {

	public static final String PREFIX = "jdbc:datadirect:autorest:";

	private static final Map<String, String> JDBC_NAMES = Map.of(
			"config", "RestConfigFile",
			"sample", "RestSamplePath");

	private static final Pattern URL_SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://.*");

	private JdbcUrl() {
	}

	/** Whether the text looks like one of these URLs (so an importer can pick the parser). */
	public static boolean isJdbcUrl(String text) {
		return Tokenizer.trim(text).regionMatches(true, 0, PREFIX, 0, PREFIX.length());
	}

	public static ParsedConnectionString parse(String url) {
		String t = Tokenizer.trim(url);
		int lead = url.indexOf(t);
		if (!isJdbcUrl(t)) {
			return new ParsedConnectionString(Dsn.empty(""), List.of(new ConnectionStringProblem(1, Severity.ERROR,
					"not a JDBC URL of this connector: it must start with '" + PREFIX + "'")));
		}
		String body = t.substring(PREFIX.length());
		int offset = lead + PREFIX.length();
		List<ConnectionStringProblem> problems = new ArrayList<>();
		DsnCollector c = new DsnCollector(problems);
		int semi = body.indexOf(';');
		String first = semi < 0 ? body : body.substring(0, semi);
		if (isServer(first)) {
			String host = Tokenizer.trim(first);
			if (host.startsWith("//") && !host.startsWith("///")) {
				host = host.substring(2);
			}
			c.add("HostName", host, offset + 1);
			int skip = semi < 0 ? body.length() : semi;
			body = body.substring(skip);
			offset += skip;
		}
		Tokenizer.Result r = Tokenizer.tokenize(body, offset);
		problems.addAll(r.problems());
		for (Tokenizer.Entry e : r.entries()) {
			String key = JDBC_NAMES.getOrDefault(e.key().toLowerCase(Locale.ROOT), e.key());
			c.add(key, e.value(), e.position());
		}
		problems.sort((a, b) -> Integer.compare(a.position(), b.position()));
		return new ParsedConnectionString(c.toDsn(""), problems);
	}

	/**
	 * {@link #PREFIX} followed by the options as ODBC-style properties; the DSN's name is not part of a URL.
	 *
	 * @throws IllegalArgumentException when an option name cannot be written (empty, blanks at either end,
	 *                                  {@code =} or {@code ;} in it)
	 */
	public static String format(Dsn dsn) {
		StringBuilder b = new StringBuilder(PREFIX);
		boolean first = true;
		for (Dsn.Option o : dsn.options()) {
			Quoting.requireWritableKey(o.key());
			if (!first) {
				b.append(';');
			}
			first = false;
			b.append(o.key()).append('=').append(Quoting.bracedIfNeeded(o.value()));
		}
		return b.toString();
	}

	/** A leading {@code //server} or {@code https://host/} part, which has no {@code key=} of its own. */
	private static boolean isServer(String first) {
		String f = Tokenizer.trim(first);
		return f.startsWith("//") && f.indexOf('=') < 0 || URL_SCHEME.matcher(f).matches();
	}
}
