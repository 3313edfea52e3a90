package io.restdsn.engine.model;

import java.util.Locale;
import java.util.Set;

/**
 * SQL names from JSON names: upper-cased identifiers, clashes resolved with {@code _1}, {@code _2} ….
 * <p>
 * Shared by sampling and by schema building so that a sampled Model, saved and read back, names everything the
 * same way.
 */
public final class Names {

	private Names() {
	}

	/** {@code "first-name"} → {@code FIRST_NAME}; {@code "2fa"} → {@code _2FA}. */
	public static String sql(String jsonName) {
		StringBuilder b = new StringBuilder(jsonName.length() + 1);
		for (int i = 0; i < jsonName.length(); i++) {
			char c = jsonName.charAt(i);
			boolean ok = c < 128 && (Character.isLetterOrDigit(c) || c == '_');
			b.append(ok ? Character.toUpperCase(c) : '_');
		}
		if (b.length() == 0 || Character.isDigit(b.charAt(0))) {
			b.insert(0, '_');
		}
		return b.toString().toUpperCase(Locale.ROOT);
	}

	/** {@code base}, or {@code base_1}, {@code base_2} … whichever is free (ignoring case); records the result. */
	public static String unique(String base, Set<String> used) {
		String name = base;
		for (int i = 1; used.contains(name.toUpperCase(Locale.ROOT)); i++) {
			name = base + "_" + i;
		}
		used.add(name.toUpperCase(Locale.ROOT));
		return name;
	}
}
