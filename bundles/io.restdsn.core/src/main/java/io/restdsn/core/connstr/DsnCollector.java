package io.restdsn.core.connstr;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.restdsn.core.connstr.ConnectionStringProblem.Severity;
import io.restdsn.core.dsn.Dsn;

/**
 * Gathers entries into a {@link Dsn}, keeping the first of two equal keys and reporting the second.
 * <p>
 * Driver managers disagree on duplicates (Microsoft's keeps the first, unixODBC's the last), so a string with a
 * duplicate means different things to different programs: the user has to be told, not guessed for.
 */
final class DsnCollector {

	private final List<Dsn.Option> options = new ArrayList<>();
	private final Map<String, Integer> firstAt = new HashMap<>();
	private final List<ConnectionStringProblem> problems;

	DsnCollector(List<ConnectionStringProblem> problems) {
		this.problems = problems;
	}

	/** Claims a key (case-insensitive) at a position; false, with a warning, when it was already claimed. */
	boolean claim(String key, int position) {
		Integer first = firstAt.putIfAbsent(fold(key), position);
		if (first == null) {
			return true;
		}
		problems.add(new ConnectionStringProblem(position, Severity.WARNING, "option '" + key + "' appears again "
				+ "(first at character " + first + "); Microsoft's driver manager uses the first value and unixODBC's "
				+ "the last; the first is kept here; remove one of them"));
		return false;
	}

	void add(String key, String value, int position) {
		if (claim(key, position)) {
			options.add(new Dsn.Option(key, value));
		}
	}

	Dsn toDsn(String name) {
		return Dsn.of(name, options);
	}

	static String fold(String key) {
		return key.trim().toLowerCase(Locale.ROOT);
	}
}
