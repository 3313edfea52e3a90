package io.restdsn.ui.importexport;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import io.restdsn.core.dsn.Dsn;
import io.restdsn.core.dsn.DsnNormalizer;
import io.restdsn.core.dsn.Normalization;
import io.restdsn.core.ini.IniValueRules;
import io.restdsn.core.ini.OdbcIniDocument;
import io.restdsn.core.options.OptionCatalog;
import io.restdsn.core.options.OptionNames;

/**
 * One DSN offered for import and what the user decided for it: whether to import it, and when a DSN of that name
 * exists already, whether to import it under another name, replace the existing one, or skip it.
 * <p>
 * Plain Java (no SWT); the import dialog shows and edits a list of these. Mutable, UI thread only.
 */
public final class ImportCandidate {

	/** What to do when the name is taken. */
	public enum Resolution {
		RENAME, REPLACE, SKIP
	}

	/** What an import of this candidate will do. */
	public enum Action {
		CREATE, REPLACE, NOT_IMPORTED
	}

	private final Dsn source;
	private final String originalName;
	private final boolean conflict;
	private final boolean driverAdded;
	private final List<String> notes;
	private boolean checked = true;
	private Resolution resolution = Resolution.RENAME;
	private String name;

	/**
	 * @param source   as read (secrets included), its name possibly empty (a connection string without DSN=)
	 * @param fallback the name to start from when {@code source} has none
	 * @param existing names of the DSNs in the target odbc.ini
	 */
	public ImportCandidate(Dsn source, String fallback, Collection<String> existing) {
		// the form the product writes: catalog spellings (DRIVER, o2tu, Sample... become Driver, TokenURI,
		// RestSamplePath), method words as numbers; what changed is said in the notes
		Normalization normal = DsnNormalizer.standard().normalize(source);
		List<String> n = new ArrayList<>(normal.notes());
		normal.duplicates().forEach(d -> n.add(d.message()));
		this.notes = List.copyOf(n);
		Dsn dsn = normal.dsn();
		boolean noDriver = !dsn.has(OptionNames.DRIVER);
		// JDBC and CData strings have no ODBC driver; without one the DSN could not be used from odbc.ini
		this.source = noDriver ? withDriverFirst(dsn) : dsn;
		this.driverAdded = noDriver;
		this.originalName = source.name().isBlank() ? fallback : source.name().strip();
		Set<String> taken = folded(existing);
		this.conflict = taken.contains(fold(originalName));
		this.name = conflict ? freeName(originalName, taken) : originalName;
	}

	private static Dsn withDriverFirst(Dsn dsn) {
		List<Dsn.Option> options = new ArrayList<>();
		options.add(new Dsn.Option(OptionNames.DRIVER, OdbcIniDocument.DEFAULT_DRIVER_DESCRIPTION));
		options.addAll(dsn.options());
		return Dsn.of(dsn.name(), options);
	}

	private static Set<String> folded(Collection<String> names) {
		Set<String> s = new TreeSet<>();
		names.forEach(n -> s.add(fold(n)));
		return s;
	}

	private static String fold(String name) {
		return name.strip().toLowerCase(Locale.ROOT);
	}

	/** "Name 2", "Name 3", … : the first not taken. */
	static String freeName(String base, Set<String> takenFolded) {
		for (int i = 2;; i++) {
			String candidate = base + " " + i;
			if (!takenFolded.contains(fold(candidate))) {
				return candidate;
			}
		}
	}

	public String originalName() {
		return originalName;
	}

	/** Whether a DSN of the original name exists in the target file. */
	public boolean conflict() {
		return conflict;
	}

	/** Whether the import adds a Driver (JDBC and CData strings name none). */
	public boolean driverAdded() {
		return driverAdded;
	}

	/** What normalizing the input changed (spellings, duplicates), for the preview. Never a secret's value. */
	public List<String> notes() {
		return notes;
	}

	public boolean checked() {
		return checked;
	}

	public void setChecked(boolean checked) {
		this.checked = checked;
	}

	public Resolution resolution() {
		return resolution;
	}

	public void setResolution(Resolution resolution) {
		this.resolution = resolution;
	}

	/** The name a new DSN gets (the original one, or the one chosen to avoid a conflict). */
	public String name() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public Action action() {
		if (!checked || conflict && resolution == Resolution.SKIP) {
			return Action.NOT_IMPORTED;
		}
		return conflict && resolution == Resolution.REPLACE ? Action.REPLACE : Action.CREATE;
	}

	/** The name written to odbc.ini. */
	public String targetName() {
		return action() == Action.REPLACE ? originalName : name.strip();
	}

	/** The DSN to save, secrets included (the store keeps them out of odbc.ini). */
	public Dsn dsn() {
		return source.withName(targetName());
	}

	/** Secret options it carries (catalog names), which go to secret storage rather than odbc.ini. */
	public List<String> secrets() {
		OptionCatalog catalog = OptionCatalog.standard();
		return source.options().stream().filter(o -> catalog.isSecret(o.key()) && !o.value().isEmpty())
				.map(o -> catalog.canonicalName(o.key())).toList();
	}

	/**
	 * Why this candidate cannot be imported as chosen, or empty.
	 *
	 * @param existing  names in the target file
	 * @param otherNew  target names of the other candidates that create a DSN
	 */
	public Optional<String> problem(Collection<String> existing, Collection<String> otherNew) {
		if (action() != Action.CREATE) {
			return Optional.empty();
		}
		String n = name.strip();
		if (n.isEmpty()) {
			return Optional.of(Messages.bind(Messages.Import_nameMissing, originalName));
		}
		Optional<String> bad = IniValueRules.nameProblem(n);
		if (bad.isPresent()) {
			return Optional.of(n + ": " + bad.get());
		}
		if (folded(existing).contains(fold(n))) {
			return Optional.of(Messages.bind(Messages.Import_nameTaken, n));
		}
		if (folded(otherNew).contains(fold(n))) {
			return Optional.of(Messages.bind(Messages.Import_nameTwice, n));
		}
		return Optional.empty();
	}
}
