package io.restdsn.core.dsn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.restdsn.core.options.AuthMethod;
import io.restdsn.core.options.OptionCatalog;
import io.restdsn.core.options.OptionDef;
import io.restdsn.core.options.OptionNames;

/**
 * Brings an imported DSN to the form the product writes: catalog spellings for every known key (short names such as
 * {@code o2tu} and legacy names such as {@code Config}, {@code Sample}, {@code LogonID} become their long names) and
 * AuthenticationMethod words as numbers.
 * <p>
 * Nothing is merged silently: when one option arrives under two spellings, the first is kept and the other reported
 * as a {@link Duplicate}. Unknown options and all values other than AuthenticationMethod are kept exactly, in order.
 */
public final class DsnNormalizer {

	private final OptionCatalog catalog;

	public DsnNormalizer(OptionCatalog catalog) {
		this.catalog = catalog;
	}

	/** A normalizer over {@link OptionCatalog#standard()}. */
	public static DsnNormalizer standard() {
		return new DsnNormalizer(OptionCatalog.standard());
	}

	public Normalization normalize(Dsn dsn) {
		List<Dsn.Option> out = new ArrayList<>();
		List<String> notes = new ArrayList<>();
		List<Duplicate> duplicates = new ArrayList<>();
		Map<String, Dsn.Option> firstByOption = new LinkedHashMap<>(); // catalog name -> original first occurrence
		for (Dsn.Option o : dsn.options()) {
			Optional<OptionDef> def = catalog.find(o.key());
			if (def.isEmpty()) {
				out.add(o);
				continue;
			}
			String name = def.get().name();
			Dsn.Option first = firstByOption.get(name);
			if (first != null) {
				duplicates.add(new Duplicate(name, first.key(), o.key(), first.value().equals(o.value())));
				continue;
			}
			firstByOption.put(name, o);
			if (!o.key().equals(name)) {
				notes.add(renameNote(o.key(), name));
			}
			out.add(new Dsn.Option(name, value(name, o.value(), notes)));
		}
		return new Normalization(Dsn.of(dsn.name(), out), notes, duplicates);
	}

	private static String renameNote(String key, String name) {
		return key.trim().equalsIgnoreCase(name) ? "Respelled '" + key + "' as '" + name + "'."
				: "Renamed '" + key + "' to '" + name + "'.";
	}

	/** Only AuthenticationMethod has values to rewrite; unrecognised words are left for the validator to report. */
	private static String value(String name, String value, List<String> notes) {
		if (!name.equals(OptionNames.AUTHENTICATION_METHOD)) {
			return value;
		}
		Optional<AuthMethod> m = AuthMethod.fromValue(value);
		if (m.isEmpty() || m.get().value().equals(value)) {
			return value;
		}
		notes.add("Changed " + name + " '" + value + "' to " + m.get().value() + " (" + m.get().label() + ").");
		return m.get().value();
	}
}
