package io.restdsn.secure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.StorageException;

/**
 * The secrets of one odbc.ini file inside a {@link SecureStorage}: node {@code /io.restdsn/dsn-secrets/<file>}, one
 * child node per DSN, one encrypted value per option. Every call holds the storage's monitor, since Equinox nodes are
 * not safe for concurrent use.
 */
final class ScopedSecretStore implements SecretStore {

	private final SecureStorage storage;
	private final String scope;
	private final String scopePath;

	ScopedSecretStore(SecureStorage storage, String odbcIni) {
		this.storage = storage;
		this.scope = odbcIni;
		this.scopePath = SecureStorage.SECRETS_NODE + "/" + NodeNames.encode(odbcIni);
	}

	@Override
	public void unlock() throws SecretStoreException {
		synchronized (storage) {
			storage.unlock();
		}
	}

	@Override
	public void put(String dsn, String option, String value) throws SecretStoreException {
		requireName(dsn, option);
		if (value == null) {
			throw new IllegalArgumentException("null secret for " + option + "; use delete() to remove it");
		}
		synchronized (storage) {
			storage.unlock();
			ISecurePreferences node = dsnNode(dsn).orElseGet(() -> scopeNode().node(NodeNames.encode(dsn)));
			Optional<String> existing = key(node, option);
			try {
				storage.putEncrypted(node, option, value);
			} catch (StorageException e) {
				throw storage.translate(e);
			} catch (RuntimeException e) {
				throw storage.unusable(e);
			}
			if (existing.isPresent() && !existing.get().equals(option)) {
				node.remove(existing.get()); // one value per option, in the spelling given last
			}
		}
	}

	@Override
	public Optional<String> get(String dsn, String option) throws SecretStoreException {
		requireName(dsn, option);
		synchronized (storage) {
			Optional<ISecurePreferences> node = dsnNode(dsn);
			if (node.isEmpty()) {
				return Optional.empty();
			}
			Optional<String> key = key(node.get(), option);
			if (key.isEmpty()) {
				return Optional.empty();
			}
			storage.unlock();
			try {
				return Optional.ofNullable(node.get().get(key.get(), null));
			} catch (StorageException e) {
				// the password was just verified, so an entry that does not decrypt is damaged
				throw e.getErrorCode() == StorageException.DECRYPTION_ERROR ? damagedEntry(dsn, key.get(), e)
						: storage.translate(e);
			} catch (RuntimeException e) {
				throw damagedEntry(dsn, key.get(), e);
			}
		}
	}

	@Override
	public boolean delete(String dsn, String option) throws SecretStoreException {
		requireName(dsn, option);
		synchronized (storage) {
			Optional<ISecurePreferences> node = dsnNode(dsn);
			if (node.isEmpty()) {
				return false;
			}
			Optional<String> key = key(node.get(), option);
			key.ifPresent(node.get()::remove);
			if (node.get().keys().length == 0) {
				node.get().removeNode();
			}
			return key.isPresent();
		}
	}

	@Override
	public int deleteAll(String dsn) throws SecretStoreException {
		requireName(dsn, "-");
		synchronized (storage) {
			int removed = 0;
			// every spelling of the name: a hand-edited storage may hold "Sales" and "SALES"
			while (true) {
				Optional<ISecurePreferences> node = dsnNode(dsn);
				if (node.isEmpty()) {
					return removed;
				}
				removed += node.get().keys().length;
				node.get().removeNode();
			}
		}
	}

	@Override
	public Set<String> options(String dsn) throws SecretStoreException {
		requireName(dsn, "-");
		synchronized (storage) {
			Set<String> keys = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
			dsnNode(dsn).ifPresent(n -> keys.addAll(List.of(n.keys())));
			return keys;
		}
	}

	@Override
	public List<String> dsnNames() throws SecretStoreException {
		synchronized (storage) {
			List<String> names = new ArrayList<>();
			if (!storage.root().nodeExists(scopePath)) {
				return names;
			}
			ISecurePreferences scopeNode = scopeNode();
			for (String child : scopeNode.childrenNames()) {
				if (scopeNode.node(child).keys().length > 0) {
					names.add(NodeNames.decode(child));
				}
			}
			return names;
		}
	}

	@Override
	public void flush() throws SecretStoreException {
		synchronized (storage) {
			storage.flush();
		}
	}

	@Override
	public String describe() {
		return storage.describe();
	}

	/** The odbc.ini file whose secrets these are. */
	String scope() {
		return scope;
	}

	private SecretStoreException damagedEntry(String dsn, String option, Exception cause) {
		return new SecretStoreException(SecretStoreException.Reason.DAMAGED, "the stored " + option + " of DSN '" + dsn
				+ "' in " + storage.describe() + " cannot be decrypted although the master password is right: "
				+ "the entry is damaged. Set " + option + " again to replace it.", cause);
	}

	private ISecurePreferences scopeNode() {
		return storage.root().node(scopePath);
	}

	/** The node of a DSN, matching names as ODBC does (ignoring case); never creates one. */
	private Optional<ISecurePreferences> dsnNode(String dsn) {
		if (!storage.root().nodeExists(scopePath)) {
			return Optional.empty();
		}
		ISecurePreferences scopeNode = scopeNode();
		String wanted = fold(dsn);
		for (String child : scopeNode.childrenNames()) {
			if (fold(NodeNames.decode(child)).equals(wanted)) {
				return Optional.of(scopeNode.node(child));
			}
		}
		return Optional.empty();
	}

	private static Optional<String> key(ISecurePreferences node, String option) {
		String wanted = fold(option);
		for (String k : node.keys()) {
			if (fold(k).equals(wanted)) {
				return Optional.of(k);
			}
		}
		return Optional.empty();
	}

	/** The same folding as {@code io.restdsn.core.dsn.Dsn} uses for keys and odbc.ini for section names. */
	static String fold(String name) {
		return name.trim().toLowerCase(Locale.ROOT);
	}

	private static void requireName(String dsn, String option) {
		if (dsn == null || dsn.isEmpty() || option == null || option.isEmpty()) {
			throw new IllegalArgumentException("a DSN name and an option name are needed");
		}
		if (option.indexOf('/') >= 0) {
			throw new IllegalArgumentException("option '" + option + "': '/' cannot be part of an option name here");
		}
	}

	@Override
	public String toString() {
		return "SecretStore[" + scope + " in " + storage.describe() + "]";
	}
}
