package io.restdsn.ui.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import io.restdsn.core.dsn.Dsn;
import io.restdsn.core.ini.IniProblem;
import io.restdsn.core.ini.OdbcIniDocument;
import io.restdsn.core.ini.OdbcIniFile;
import io.restdsn.core.options.OptionCatalog;

/**
 * DSNs in an odbc.ini file (through the lossless {@link OdbcIniDocument} and the atomic {@link OdbcIniFile}), their
 * secrets in a {@link SecretKeeper}.
 * <p>
 * Every change reads the file afresh, edits the document and saves it at once, so the window in which another
 * program's change could be overwritten is milliseconds, and {@link OdbcIniFile#save} refuses even that. Secret
 * options never reach the file: {@link #save} strips them (also plain-text secrets an older tool left there) and hands
 * them to the keeper after the file was written.
 * <p>
 * <b>Seam:</b> stands in for the DSN registry of branch {@code secure}; see {@link DsnStore}.
 */
public final class OdbcIniDsnStore implements DsnStore {

	private final Supplier<Path> file;
	private final SecretKeeper secrets;
	private final OptionCatalog catalog;
	private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

	/** @param file the odbc.ini to use, asked on every operation (the preference may change) */
	public OdbcIniDsnStore(Supplier<Path> file, SecretKeeper secrets, OptionCatalog catalog) {
		this.file = file;
		this.secrets = secrets;
		this.catalog = catalog;
	}

	@Override
	public Path location() {
		return file.get();
	}

	@Override
	public synchronized List<String> names() throws IOException {
		return OdbcIniFile.load(location()).document().dsnNames();
	}

	@Override
	public synchronized Dsn load(String name) throws IOException {
		Dsn dsn = OdbcIniFile.load(location()).document().dsn(name)
				.orElseThrow(() -> new NoSuchElementException("There is no data source '" + name + "' in "
						+ location() + " any more. Press F5 to read the file again."));
		for (Map.Entry<String, String> s : secrets.secrets(dsn.name()).entrySet()) {
			// a plain-text value in the file wins: it is the one the connector reads (another tool wrote it)
			if (!dsn.has(s.getKey())) {
				dsn = dsn.with(s.getKey(), s.getValue());
			}
		}
		return dsn;
	}

	@Override
	public synchronized void save(String previousName, Dsn dsn) throws IOException {
		OdbcIniFile ini = loadWritable();
		OdbcIniDocument doc = ini.document();
		boolean renamed = previousName != null && !previousName.equals(dsn.name());
		if (previousName == null || renamed && !previousName.equalsIgnoreCase(dsn.name())) {
			if (doc.contains(dsn.name())) {
				throw new IllegalArgumentException("A data source named '" + dsn.name() + "' already exists in "
						+ location() + ". Choose another name.");
			}
		}
		if (previousName != null && !doc.contains(previousName)) {
			throw new NoSuchElementException("The data source '" + previousName + "' was removed from " + location()
					+ " by another program. Nothing was saved.");
		}
		if (renamed) {
			doc = doc.rename(previousName, dsn.name());
		}
		Dsn plain = dsn;
		Map<String, String> secret = new LinkedHashMap<>();
		for (Dsn.Option o : dsn.options()) {
			if (catalog.isSecret(o.key())) {
				plain = plain.without(o.key());
				if (!o.value().isEmpty()) {
					secret.put(catalog.canonicalName(o.key()), o.value());
				}
			}
		}
		ini.save(doc.put(plain));
		if (renamed) {
			secrets.rename(previousName, dsn.name());
		}
		secrets.replace(dsn.name(), secret);
		changed();
	}

	@Override
	public synchronized void rename(String oldName, String newName) throws IOException {
		OdbcIniFile ini = loadWritable();
		ini.save(ini.document().rename(oldName, newName));
		secrets.rename(oldName, newName);
		changed();
	}

	@Override
	public synchronized void delete(String name) throws IOException {
		OdbcIniFile ini = loadWritable();
		if (ini.document().contains(name)) {
			ini.save(ini.document().delete(name));
		}
		secrets.delete(name);
		changed();
	}

	@Override
	public boolean hasSecret(String dsnName, String option) {
		return secrets.secrets(dsnName).keySet().stream().anyMatch(k -> k.equalsIgnoreCase(catalog.canonicalName(option)));
	}

	/** The file, refusing one that unixODBC could not read: writing into it could only make things worse. */
	private OdbcIniFile loadWritable() throws IOException {
		OdbcIniFile ini = OdbcIniFile.load(location());
		for (IniProblem p : ini.document().problems()) {
			if (p.isError()) {
				throw new IOException(location() + " cannot be used: line " + p.line() + ": " + p.message()
						+ ". Fix the file in a text editor first; nothing was written.");
			}
		}
		return ini;
	}

	private void changed() {
		listeners.forEach(Runnable::run);
	}

	@Override
	public void addChangeListener(Runnable listener) {
		listeners.add(listener);
	}

	@Override
	public void removeChangeListener(Runnable listener) {
		listeners.remove(listener);
	}
}
