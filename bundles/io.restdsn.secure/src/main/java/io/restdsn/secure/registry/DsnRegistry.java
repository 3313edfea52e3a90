package io.restdsn.secure.registry;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import io.restdsn.core.dsn.Dsn;
import io.restdsn.core.ini.IniValueException;
import io.restdsn.core.ini.OdbcIniDocument;
import io.restdsn.core.ini.OdbcIniFile;
import io.restdsn.core.options.OptionCatalog;
import io.restdsn.core.options.OptionDef;
import io.restdsn.secure.SecretStore;
import io.restdsn.secure.SecretStoreException;
import io.restdsn.secure.SecureStorage;

/**
 * The DSNs of one odbc.ini file, with their secrets in secure storage: the one place the GUI and the command line
 * read and change DSNs through.
 * <p>
 * Non-secret options live in the odbc.ini (edited losslessly, saved atomically with a backup, see
 * {@link OdbcIniFile}); secret options (as the {@link OptionCatalog} defines them) live only in the
 * {@link SecretStore}, under their catalog names. The rules that keep the two in step:
 * <ul>
 * <li>Secrets are written (and flushed) before the odbc.ini, and the master password is obtained and checked before
 * anything is written. So a locked storage, a wrong password or a damaged storage file fails the operation with
 * nothing changed, and a secret is never removed from the odbc.ini before secure storage holds it.</li>
 * <li>A secret found in clear in the odbc.ini (hand-edited, written by another tool) is moved to secure storage by
 * the next save of that DSN. While it is there it wins over a stored one, since it is what the driver reads.</li>
 * <li>Renaming moves the secrets (copy, rename the DSN, then drop the old copy); deleting deletes them; a new DSN
 * never inherits secrets left behind under its name by a DSN deleted elsewhere. Such leftovers are
 * {@link #orphans() listed} and {@link #removeOrphans() removable}.</li>
 * </ul>
 * Every method reads the file afresh, so edits made by other programs are seen; saving refuses to overwrite a change
 * made between the read and the write ({@link io.restdsn.core.ini.IniChangedOnDiskException}). Methods are
 * synchronized; like {@link SecretStore}, call them off the UI thread.
 */
public final class DsnRegistry {

	private final Path odbcIni;
	private final SecretStore secrets;
	private final OptionCatalog catalog;

	/** @param secrets the secrets of this odbc.ini's DSNs ({@link SecureStorage#secretsFor(Path)}) */
	public DsnRegistry(Path odbcIni, SecretStore secrets) {
		this(odbcIni, secrets, OptionCatalog.standard());
	}

	public DsnRegistry(Path odbcIni, SecretStore secrets, OptionCatalog catalog) {
		this.odbcIni = Objects.requireNonNull(odbcIni, "odbcIni");
		this.secrets = Objects.requireNonNull(secrets, "secrets");
		this.catalog = Objects.requireNonNull(catalog, "catalog");
	}

	/** The registry of an odbc.ini with its secrets in the given storage. */
	public static DsnRegistry open(Path odbcIni, SecureStorage storage) {
		return new DsnRegistry(odbcIni, storage.secretsFor(odbcIni));
	}

	public Path odbcIni() {
		return odbcIni;
	}

	public SecretStore secrets() {
		return secrets;
	}

	/** The DSN names in file order. */
	public synchronized List<String> names() throws IOException {
		return document().dsnNames();
	}

	public synchronized boolean exists(String name) throws IOException {
		return document().contains(name);
	}

	/** The DSN as stored, decrypting nothing (needs no master password). */
	public synchronized Optional<DsnEntry> entry(String name) throws IOException, SecretStoreException {
		Optional<Dsn> dsn = document().dsn(name);
		if (dsn.isEmpty()) {
			return Optional.empty();
		}
		List<String> inIni = new ArrayList<>();
		for (Dsn.Option o : dsn.get().options()) {
			if (catalog.isSecret(o.key())) {
				inIni.add(o.key());
			}
		}
		return Optional.of(new DsnEntry(dsn.get(), inCatalogOrder(secrets.options(dsn.get().name())), inIni));
	}

	/**
	 * The DSN with its odbc.ini options in file order, and, with {@link SecretMode#INCLUDE}, its secrets from secure
	 * storage appended (catalog names, catalog order). With {@link SecretMode#OMIT} no secret option is returned at
	 * all, not even one found in clear in the odbc.ini, and no password is needed.
	 *
	 * @return empty when the odbc.ini has no such DSN
	 */
	public synchronized Optional<Dsn> load(String name, SecretMode mode) throws IOException, SecretStoreException {
		Optional<Dsn> found = document().dsn(name);
		if (found.isEmpty()) {
			return found;
		}
		Dsn dsn = found.get();
		if (mode == SecretMode.OMIT) {
			return Optional.of(withoutSecrets(dsn));
		}
		for (String key : inCatalogOrder(secrets.options(dsn.name()))) {
			if (find(dsn, key).isEmpty()) { // a clear value in the odbc.ini is what the driver uses
				Optional<String> value = secrets.get(dsn.name(), key);
				if (value.isPresent()) {
					dsn = dsn.with(key, value.get());
				}
			}
		}
		return Optional.of(dsn);
	}

	/**
	 * Creates or updates a DSN. The odbc.ini gets exactly {@code dsn}'s non-secret options (in its order; lines of
	 * unchanged options keep their bytes). Each secret option of {@code dsn} is stored in secure storage, an empty
	 * value removing it; stored secrets that {@code dsn} does not mention are kept, so a DSN loaded with
	 * {@link SecretMode#OMIT} can be edited and saved without the master password and without losing its secrets.
	 *
	 * @throws IniValueException    when a name or value cannot be written to odbc.ini as is (names the option);
	 *                              nothing is changed
	 * @throws SecretStoreException when secure storage is locked, the password is wrong, or the storage fails;
	 *                              nothing is changed unless the message says otherwise
	 */
	public synchronized SaveResult save(Dsn dsn) throws IOException, SecretStoreException {
		return write(dsn, false);
	}

	/** As {@link #save}, but stored secrets that {@code dsn} does not mention are removed: the DSN becomes exactly {@code dsn}. */
	public synchronized SaveResult replace(Dsn dsn) throws IOException, SecretStoreException {
		return write(dsn, true);
	}

	/**
	 * Imports a DSN (from a connection string or another odbc.ini): its secrets go to secure storage, the rest to the
	 * odbc.ini, as {@link #replace}.
	 */
	public synchronized ImportResult importDsn(Dsn dsn, OnConflict onConflict) throws IOException, SecretStoreException {
		OdbcIniDocument doc = document();
		if (!doc.contains(dsn.name())) {
			return new ImportResult(dsn.name(), Optional.of(write(dsn, true)));
		}
		return switch (onConflict) {
		case SKIP -> new ImportResult(dsn.name(), Optional.empty());
		case REPLACE -> new ImportResult(dsn.name(), Optional.of(write(dsn, true)));
		case RENAME -> new ImportResult(dsn.name(), Optional.of(write(dsn.withName(freeName(doc, dsn.name())), true)));
		};
	}

	/**
	 * Renames a DSN and moves its secrets.
	 *
	 * @return how many secrets moved
	 * @throws NoSuchElementException   when there is no such DSN
	 * @throws IllegalArgumentException when another DSN has the new name
	 * @throws IniValueException        when the new name cannot be a DSN name
	 */
	public synchronized int rename(String oldName, String newName) throws IOException, SecretStoreException {
		OdbcIniFile file = OdbcIniFile.load(odbcIni);
		OdbcIniDocument doc = file.document();
		Optional<Dsn> old = doc.dsn(oldName);
		if (old.isEmpty()) {
			throw new NoSuchElementException("no DSN named '" + oldName + "' in " + odbcIni);
		}
		OdbcIniDocument renamed = doc.rename(oldName, newName);
		String from = old.get().name();
		boolean sameDsn = fold(from).equals(fold(newName)); // only the letter case changes
		Map<String, String> values = new LinkedHashMap<>();
		Set<String> keys = secrets.options(from);
		if (!keys.isEmpty()) {
			try {
				secrets.unlock();
				for (String k : keys) {
					secrets.get(from, k).ifPresent(v -> values.put(k, v));
				}
			} catch (SecretStoreException e) {
				throw nothingChanged(e);
			}
		}
		if (sameDsn) {
			secrets.deleteAll(from);
		} else {
			secrets.deleteAll(newName); // left behind by a DSN deleted elsewhere: not this DSN's
		}
		for (Map.Entry<String, String> e : values.entrySet()) {
			secrets.put(newName, e.getKey(), e.getValue());
		}
		secrets.flush();
		try {
			file.save(renamed);
		} catch (IOException e) {
			secrets.deleteAll(newName);
			if (sameDsn) {
				for (Map.Entry<String, String> v : values.entrySet()) {
					secrets.put(from, v.getKey(), v.getValue());
				}
			}
			secrets.flush();
			throw e;
		}
		if (!sameDsn && !values.isEmpty()) {
			secrets.deleteAll(from);
			secrets.flush();
		}
		return values.size();
	}

	/**
	 * Deletes a DSN from the odbc.ini and its secrets from secure storage (needs no master password). A name the
	 * odbc.ini does not have still has its orphaned secrets removed.
	 */
	public synchronized DeleteResult delete(String name) throws IOException, SecretStoreException {
		OdbcIniFile file = OdbcIniFile.load(odbcIni);
		boolean had = file.document().contains(name);
		if (had) {
			file.save(file.document().delete(name));
		}
		int removed = secrets.deleteAll(name);
		if (removed > 0) {
			secrets.flush();
		}
		return new DeleteResult(had, removed);
	}

	/** Secrets stored for DSNs that the odbc.ini does not have (needs no master password). */
	public synchronized List<OrphanedSecrets> orphans() throws IOException, SecretStoreException {
		Set<String> present = new HashSet<>();
		document().dsnNames().forEach(n -> present.add(fold(n)));
		List<OrphanedSecrets> out = new ArrayList<>();
		for (String n : secrets.dsnNames()) {
			if (!present.contains(fold(n))) {
				out.add(new OrphanedSecrets(n, inCatalogOrder(secrets.options(n))));
			}
		}
		return out;
	}

	/** Removes every orphan and returns what was removed. */
	public synchronized List<OrphanedSecrets> removeOrphans() throws IOException, SecretStoreException {
		List<OrphanedSecrets> orphans = orphans();
		for (OrphanedSecrets o : orphans) {
			secrets.deleteAll(o.dsn());
		}
		if (!orphans.isEmpty()) {
			secrets.flush();
		}
		return orphans;
	}

	/** The DSN without any secret option (whatever its spelling). */
	public Dsn withoutSecrets(Dsn dsn) {
		Dsn out = dsn;
		for (Dsn.Option o : dsn.options()) {
			if (catalog.isSecret(o.key())) {
				out = out.without(o.key());
			}
		}
		return out;
	}

	// --- the save ---

	private SaveResult write(Dsn dsn, boolean replaceSecrets) throws IOException, SecretStoreException {
		OdbcIniFile file = OdbcIniFile.load(odbcIni);
		OdbcIniDocument doc = file.document();
		Optional<Dsn> existing = doc.dsn(dsn.name());
		String name = existing.map(Dsn::name).orElse(dsn.name());

		List<Dsn.Option> plain = new ArrayList<>();
		Map<String, String> given = new LinkedHashMap<>(); // catalog name -> value ("" = remove)
		for (Dsn.Option o : dsn.options()) {
			if (!catalog.isSecret(o.key())) {
				plain.add(o);
				continue;
			}
			String key = catalog.canonicalName(o.key());
			if (given.put(key, o.value()) != null) {
				throw new IllegalArgumentException("DSN '" + dsn.name() + "': " + key
						+ " is given twice (under two of its names); give it once");
			}
		}
		// the odbc.ini text first: a value unixODBC would misread is refused before anything is written
		OdbcIniDocument newDoc = doc.put(Dsn.of(dsn.name(), plain));

		Map<String, String> puts = new LinkedHashMap<>();
		given.forEach((k, v) -> {
			if (!v.isEmpty()) {
				puts.put(k, v);
			}
		});
		List<String> moved = new ArrayList<>();
		if (existing.isPresent()) {
			for (Dsn.Option o : existing.get().options()) {
				String key = catalog.canonicalName(o.key());
				if (catalog.isSecret(o.key()) && !given.containsKey(key) && !o.value().isBlank()
						&& !puts.containsKey(key)) {
					puts.put(key, o.value());
					moved.add(key);
				}
			}
		}
		List<String> removals = new ArrayList<>();
		for (String stored : secrets.options(name)) {
			String key = catalog.canonicalName(stored);
			boolean stale = existing.isEmpty() // never inherit secrets left behind under this name
					|| (replaceSecrets && !puts.containsKey(key)) || "".equals(given.get(key));
			if (stale) {
				removals.add(stored);
			}
		}

		if (!puts.isEmpty()) {
			try {
				secrets.unlock();
			} catch (SecretStoreException e) {
				throw nothingChanged(e);
			}
		}
		for (String k : removals) {
			secrets.delete(name, k);
		}
		for (Map.Entry<String, String> e : puts.entrySet()) {
			secrets.put(name, e.getKey(), e.getValue());
		}
		boolean secretsChanged = !removals.isEmpty() || !puts.isEmpty();
		if (secretsChanged) {
			secrets.flush();
		}
		if (!file.existed() || !Arrays.equals(newDoc.bytes(), doc.bytes())) {
			try {
				file.save(newDoc);
			} catch (IOException e) {
				if (!secretsChanged) {
					throw e;
				}
				throw new IOException(e.getMessage() + " (The secrets of DSN '" + name
						+ "' were already saved in secure storage.)", e);
			}
		}
		List<String> removedNames = removals.stream().map(catalog::canonicalName)
				.filter(k -> !puts.containsKey(k)).toList();
		return new SaveResult(name, existing.isEmpty(), List.copyOf(puts.keySet()), removedNames, moved);
	}

	// --- helpers ---

	private OdbcIniDocument document() throws IOException {
		return OdbcIniFile.load(odbcIni).document();
	}

	/** An option of the DSN that is the given catalog option under any of its names. */
	private Optional<Dsn.Option> find(Dsn dsn, String catalogName) {
		for (Dsn.Option o : dsn.options()) {
			if (catalog.canonicalName(o.key()).equalsIgnoreCase(catalogName)) {
				return Optional.of(o);
			}
		}
		return Optional.empty();
	}

	/** Catalog names in catalog (editor) order; unknown names after them, alphabetically. */
	private List<String> inCatalogOrder(Collection<String> keys) {
		Map<String, Integer> order = new HashMap<>();
		List<OptionDef> all = catalog.all();
		for (int i = 0; i < all.size(); i++) {
			order.put(fold(all.get(i).name()), i);
		}
		return keys.stream().map(catalog::canonicalName).distinct()
				.sorted((a, b) -> {
					int c = Integer.compare(order.getOrDefault(fold(a), Integer.MAX_VALUE),
							order.getOrDefault(fold(b), Integer.MAX_VALUE));
					return c != 0 ? c : a.compareToIgnoreCase(b);
				}).toList();
	}

	private static String freeName(OdbcIniDocument doc, String name) {
		for (int i = 2;; i++) {
			String candidate = name + " (" + i + ")";
			if (!doc.contains(candidate)) {
				return candidate;
			}
		}
	}

	private static SecretStoreException nothingChanged(SecretStoreException e) {
		return new SecretStoreException(e.reason(), e.getMessage() + " Nothing was changed.", e);
	}

	private static String fold(String name) {
		return name.trim().toLowerCase(Locale.ROOT);
	}

	@Override
	public String toString() {
		return "DsnRegistry[" + odbcIni + ", " + secrets.describe() + "]";
	}
}
