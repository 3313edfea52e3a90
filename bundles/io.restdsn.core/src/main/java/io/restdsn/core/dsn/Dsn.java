package io.restdsn.core.dsn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One data source: a name and its options, in the order they were read or added.
 * <p>
 * Immutable. Option keys compare case-insensitively (as ODBC does) but keep the spelling they were stored with;
 * {@code with} on an existing key keeps its position and takes the new spelling. Unknown options are ordinary entries:
 * nothing is ever dropped. Secret options may be present in memory (e.g. while editing or importing); persisting
 * them is the registry's job, which moves them to secure storage.
 */
public final class Dsn {

	/** One option as stored: key spelling and value. */
	public record Option(String key, String value) {
		public Option {
			Objects.requireNonNull(key, "key");
			Objects.requireNonNull(value, "value");
		}
	}

	private final String name;
	private final List<Option> options;
	private final Map<String, Integer> index; // lower-case key -> position

	private Dsn(String name, List<Option> options) {
		this.name = Objects.requireNonNull(name, "name");
		this.options = List.copyOf(options);
		Map<String, Integer> idx = new LinkedHashMap<>();
		for (int i = 0; i < this.options.size(); i++) {
			String k = fold(this.options.get(i).key());
			if (idx.putIfAbsent(k, i) != null) {
				throw new IllegalArgumentException("option '" + this.options.get(i).key() + "' appears twice in DSN '"
						+ name + "'");
			}
		}
		this.index = Collections.unmodifiableMap(idx);
	}

	public static Dsn empty(String name) {
		return new Dsn(name, List.of());
	}

	/** A DSN with the given options in iteration order; duplicate keys (ignoring case) are an error. */
	public static Dsn of(String name, Map<String, String> options) {
		List<Option> list = new ArrayList<>();
		options.forEach((k, v) -> list.add(new Option(k, v)));
		return new Dsn(name, list);
	}

	public static Dsn of(String name, List<Option> options) {
		return new Dsn(name, options);
	}

	static String fold(String key) {
		return key.trim().toLowerCase(Locale.ROOT);
	}

	public String name() {
		return name;
	}

	public Dsn withName(String newName) {
		return new Dsn(newName, options);
	}

	/** Options in order. */
	public List<Option> options() {
		return options;
	}

	public boolean has(String key) {
		return index.containsKey(fold(key));
	}

	public Optional<String> get(String key) {
		Integer i = index.get(fold(key));
		return i == null ? Optional.empty() : Optional.of(options.get(i).value());
	}

	/** The value, or {@code null} when absent. */
	public String value(String key) {
		return get(key).orElse(null);
	}

	/** The stored spelling of a key, if present. */
	public Optional<String> spelling(String key) {
		Integer i = index.get(fold(key));
		return i == null ? Optional.empty() : Optional.of(options.get(i).key());
	}

	/** Sets an option: replaces in place (taking {@code key}'s spelling) or appends. */
	public Dsn with(String key, String value) {
		List<Option> list = new ArrayList<>(options);
		Integer i = index.get(fold(key));
		if (i == null) {
			list.add(new Option(key, value));
		} else {
			list.set(i, new Option(key, value));
		}
		return new Dsn(name, list);
	}

	public Dsn without(String key) {
		Integer i = index.get(fold(key));
		if (i == null) {
			return this;
		}
		List<Option> list = new ArrayList<>(options);
		list.remove((int) i);
		return new Dsn(name, list);
	}

	/** Options as an ordered map (stored spellings). */
	public Map<String, String> asMap() {
		Map<String, String> m = new LinkedHashMap<>();
		options.forEach(o -> m.put(o.key(), o.value()));
		return Collections.unmodifiableMap(m);
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof Dsn d && d.name.equals(name) && d.options.equals(options);
	}

	@Override
	public int hashCode() {
		return Objects.hash(name, options);
	}

	/** Never prints values: a DSN may hold secrets. */
	@Override
	public String toString() {
		return "Dsn[" + name + ", " + options.size() + " options]";
	}
}
