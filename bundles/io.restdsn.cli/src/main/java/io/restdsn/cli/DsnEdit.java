package io.restdsn.cli;

import java.util.List;
import java.util.Optional;

import io.restdsn.core.dsn.Dsn;
import io.restdsn.core.options.OptionCatalog;
import io.restdsn.core.options.OptionDef;

/**
 * Applies {@code restdsn set} assignments to a DSN, writing each option once and in a spelling the connector reads:
 * an option already present under a short or legacy name ({@code o2tu}, {@code Config}) is changed in place under
 * that name, so the file does not end up with both names (which the connector rejects); a new known option gets its
 * catalog spelling; unknown options are kept as typed. Secrets are always named by the catalog, as secure storage
 * keeps them.
 */
final class DsnEdit {

	private final OptionCatalog catalog;

	DsnEdit(OptionCatalog catalog) {
		this.catalog = catalog;
	}

	/**
	 * @param base the DSN without its secrets (as {@code DsnRegistry.load(name, OMIT)} returns it), or an empty one
	 * @return the DSN to save: non-secret options set or removed; secrets present with their new value, an empty
	 *         value asking the registry to remove the stored one
	 */
	Dsn apply(Dsn base, List<Assignment> assignments) {
		Dsn out = base;
		for (Assignment a : assignments) {
			Optional<OptionDef> def = catalog.find(a.key());
			if (a.secret()) {
				out = out.with(def.map(OptionDef::name).orElse(a.key()), a.value());
				continue;
			}
			String key = def.map(d -> spellingIn(base, d).orElse(d.name())).orElse(a.key());
			out = a.removes() ? out.without(key) : out.with(spellingIn(out, key).orElse(key), a.value());
		}
		return out;
	}

	/** The key under which the DSN holds the option, under any of its names. */
	private Optional<String> spellingIn(Dsn dsn, OptionDef def) {
		return dsn.options().stream().map(Dsn.Option::key)
				.filter(k -> catalog.find(k).map(d -> d.name().equals(def.name())).orElse(false)).findFirst();
	}

	/** For unknown keys: the stored spelling of the same key in another letter case, if any. */
	private static Optional<String> spellingIn(Dsn dsn, String key) {
		return dsn.spelling(key);
	}
}
