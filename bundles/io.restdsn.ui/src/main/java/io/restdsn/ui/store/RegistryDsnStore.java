package io.restdsn.ui.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import io.restdsn.core.dsn.Dsn;
import io.restdsn.secure.SecretStoreException;
import io.restdsn.secure.SecureStorage;
import io.restdsn.secure.registry.DsnRegistry;
import io.restdsn.secure.registry.SecretMode;

/**
 * The GUI's {@link DsnStore}: the same {@link DsnRegistry} the command line uses (options in odbc.ini, secrets in
 * Eclipse secure storage, secrets written before the file so a locked storage changes nothing). The odbc.ini can
 * change with the preferences, so the registry is built for the current file on each call; opening the secure
 * storage (which may ask for the master password) happens on first use, never on the UI thread.
 */
public final class RegistryDsnStore implements DsnStore {

	/** Opens the secure storage when first needed. */
	public interface StorageOpener {
		SecureStorage open() throws SecretStoreException;
	}

	private final Supplier<Path> file;
	private final StorageOpener opener;
	private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
	private SecureStorage storage;

	public RegistryDsnStore(Supplier<Path> file, StorageOpener opener) {
		this.file = file;
		this.opener = opener;
	}

	private synchronized DsnRegistry registry() throws IOException {
		if (storage == null) {
			try {
				storage = opener.open();
			} catch (SecretStoreException e) {
				throw new IOException("Secure storage is not available: " + e.getMessage(), e);
			}
		}
		return DsnRegistry.open(file.get(), storage);
	}

	@Override
	public Path location() {
		return file.get();
	}

	@Override
	public List<String> names() throws IOException {
		return registry().names();
	}

	@Override
	public Dsn load(String name) throws IOException {
		try {
			return registry().load(name, SecretMode.INCLUDE)
					.orElseThrow(() -> new NoSuchElementException("no data source named '" + name + "' in " + location()));
		} catch (SecretStoreException e) {
			throw new IOException("Cannot read the secrets of '" + name + "': " + e.getMessage(), e);
		}
	}

	@Override
	public synchronized void save(String previousName, Dsn dsn) throws IOException {
		DsnRegistry registry = registry();
		try {
			if (previousName == null && registry.exists(dsn.name())) {
				throw new IOException("A data source named '" + dsn.name() + "' already exists in " + location());
			}
			if (previousName != null && !previousName.equals(dsn.name())) {
				registry.rename(previousName, dsn.name());
			}
			// the editor holds the complete set of secrets: those it no longer has are removed
			registry.replace(dsn);
		} catch (SecretStoreException e) {
			throw new IOException("Nothing was saved: " + e.getMessage(), e);
		}
		changed();
	}

	@Override
	public synchronized void rename(String oldName, String newName) throws IOException {
		try {
			registry().rename(oldName, newName);
		} catch (SecretStoreException e) {
			throw new IOException("Cannot move the secrets of '" + oldName + "': " + e.getMessage(), e);
		}
		changed();
	}

	@Override
	public synchronized void delete(String name) throws IOException {
		try {
			registry().delete(name);
		} catch (SecretStoreException e) {
			throw new IOException("Cannot delete the secrets of '" + name + "': " + e.getMessage(), e);
		}
		changed();
	}

	@Override
	public boolean hasSecret(String dsnName, String option) {
		try {
			return registry().secrets().options(dsnName).stream().anyMatch(o -> o.equalsIgnoreCase(option));
		} catch (IOException | SecretStoreException e) {
			return false;
		}
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
