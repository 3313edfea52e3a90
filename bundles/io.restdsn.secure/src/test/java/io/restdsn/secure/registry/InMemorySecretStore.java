package io.restdsn.secure.registry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import io.restdsn.secure.SecretStore;
import io.restdsn.secure.SecretStoreException;

/**
 * A {@link SecretStore} in memory for plain-JVM tests of the registry (Equinox secure storage needs OSGi; the OSGi
 * tier tests the real one). Can be locked to play a storage whose password is wrong, and counts flushes.
 */
final class InMemorySecretStore implements SecretStore {

	/** dsn -> (option -> value), both as first spelt. */
	final Map<String, Map<String, String>> data = new LinkedHashMap<>();
	SecretStoreException failUnlock;
	int flushes;

	@Override
	public void unlock() throws SecretStoreException {
		if (failUnlock != null) {
			throw failUnlock;
		}
	}

	@Override
	public void put(String dsn, String option, String value) throws SecretStoreException {
		unlock();
		Map<String, String> node = node(dsn).orElseGet(() -> {
			Map<String, String> m = new LinkedHashMap<>();
			data.put(dsn, m);
			return m;
		});
		key(node, option).ifPresent(node::remove);
		node.put(option, value);
	}

	@Override
	public Optional<String> get(String dsn, String option) throws SecretStoreException {
		Optional<Map<String, String>> node = node(dsn);
		if (node.isEmpty() || key(node.get(), option).isEmpty()) {
			return Optional.empty();
		}
		unlock();
		return Optional.of(node.get().get(key(node.get(), option).get()));
	}

	@Override
	public boolean delete(String dsn, String option) {
		Optional<Map<String, String>> node = node(dsn);
		if (node.isEmpty()) {
			return false;
		}
		Optional<String> k = key(node.get(), option);
		k.ifPresent(node.get()::remove);
		data.values().removeIf(Map::isEmpty);
		return k.isPresent();
	}

	@Override
	public int deleteAll(String dsn) {
		Optional<Map<String, String>> node = node(dsn);
		if (node.isEmpty()) {
			return 0;
		}
		int n = node.get().size();
		data.values().remove(node.get());
		return n;
	}

	@Override
	public Set<String> options(String dsn) {
		Set<String> s = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
		node(dsn).ifPresent(n -> s.addAll(n.keySet()));
		return s;
	}

	@Override
	public List<String> dsnNames() {
		return new ArrayList<>(data.keySet());
	}

	@Override
	public void flush() {
		flushes++;
	}

	@Override
	public String describe() {
		return "memory";
	}

	private Optional<Map<String, String>> node(String dsn) {
		return data.entrySet().stream().filter(e -> fold(e.getKey()).equals(fold(dsn))).map(Map.Entry::getValue)
				.findFirst();
	}

	private static Optional<String> key(Map<String, String> node, String option) {
		return node.keySet().stream().filter(k -> fold(k).equals(fold(option))).findFirst();
	}

	private static String fold(String s) {
		return s.trim().toLowerCase(Locale.ROOT);
	}
}
