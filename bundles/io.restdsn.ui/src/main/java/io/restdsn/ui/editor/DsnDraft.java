package io.restdsn.ui.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.databinding.observable.Realm;
import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.core.databinding.observable.value.WritableValue;

import io.restdsn.core.dsn.Dsn;
import io.restdsn.core.dsn.DsnNormalizer;
import io.restdsn.core.dsn.Duplicate;
import io.restdsn.core.dsn.Normalization;
import io.restdsn.core.options.OptionCatalog;

/**
 * The DSN being edited, secrets included, in memory only: the editor dialog and the wizard bind their widgets to it
 * and nothing is written anywhere until the user saves. Cancel simply drops the draft (and with it every secret that
 * was typed).
 * <p>
 * The loaded DSN is normalized first (short and legacy names become catalog names, AuthenticationMethod words become
 * numbers), so each widget binds to one key; what the normalizer changed is kept in {@link #notes()} to tell the user.
 * An empty field removes its option rather than writing {@code Key=}.
 */
public final class DsnDraft {

	private final WritableValue<Dsn> dsn;
	private final String originalName;
	private final List<String> notes;
	private final OptionCatalog catalog;
	private final Map<String, DsnLens<String>> options = new HashMap<>();
	private final DsnLens<String> name;

	private DsnDraft(Realm realm, Dsn start, String originalName, List<String> notes, OptionCatalog catalog) {
		this.dsn = new WritableValue<>(realm, start, Dsn.class);
		this.originalName = originalName;
		this.notes = List.copyOf(notes);
		this.catalog = catalog;
		this.name = new DsnLens<>(dsn, Dsn::name, Dsn::withName, String.class);
	}

	/** A draft of a stored DSN. */
	public static DsnDraft edit(Realm realm, Dsn loaded) {
		Normalization n = DsnNormalizer.standard().normalize(loaded);
		List<String> notes = new ArrayList<>(n.notes());
		n.duplicates().stream().map(Duplicate::message).forEach(notes::add);
		return new DsnDraft(realm, n.dsn(), loaded.name(), notes, OptionCatalog.standard());
	}

	/** A draft of a DSN that does not exist yet. */
	public static DsnDraft create(Realm realm, Dsn start) {
		return new DsnDraft(realm, DsnNormalizer.standard().normalize(start).dsn(), null, List.of(),
				OptionCatalog.standard());
	}

	/** The whole DSN, observable: every edit replaces it. */
	public IObservableValue<Dsn> dsn() {
		return dsn;
	}

	public Dsn current() {
		return dsn.getValue();
	}

	/** The name the DSN had when loaded; {@code null} for a new one. */
	public String originalName() {
		return originalName;
	}

	public boolean isNew() {
		return originalName == null;
	}

	/** What normalizing the loaded DSN changed, one line each; never a secret value. */
	public List<String> notes() {
		return notes;
	}

	public IObservableValue<String> name() {
		return name;
	}

	/**
	 * One option's value; setting an empty string removes the option, reading an absent one gives an empty string.
	 * Lenses are shared per option, so two widgets for one option stay in step.
	 */
	public IObservableValue<String> option(String key) {
		String canonical = catalog.canonicalName(key);
		return options.computeIfAbsent(canonical.toLowerCase(Locale.ROOT), k -> new DsnLens<>(dsn,
				d -> d.get(canonical).orElse(""), (d, v) -> v == null || v.isEmpty() ? d.without(canonical)
						: d.with(d.spelling(canonical).orElse(canonical), v),
				String.class));
	}

	public String value(String key) {
		return current().get(key).orElse("");
	}

	/** Sets an option, keeping an empty value (the Advanced grid writes {@code Key=} when asked to). */
	public void put(String key, String value) {
		dsn.setValue(current().with(current().spelling(key).orElse(key), value));
	}

	public void remove(String key) {
		dsn.setValue(current().without(key));
	}

	/** Renames an option key, keeping its value and position. */
	public void renameKey(String oldKey, String newKey) {
		Dsn d = current();
		List<Dsn.Option> out = new ArrayList<>();
		for (Dsn.Option o : d.options()) {
			out.add(o.key().equalsIgnoreCase(oldKey) ? new Dsn.Option(newKey, o.value()) : o);
		}
		dsn.setValue(Dsn.of(d.name(), out));
	}

	public void dispose() {
		options.values().forEach(DsnLens::dispose);
		name.dispose();
		dsn.dispose();
	}
}
