package io.restdsn.ui.store;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Secrets in memory only: they survive until the application exits, never touch the disk.
 * <p>
 * <b>Temporary.</b> Stands in for Eclipse secure storage until branch {@code secure} is merged (see
 * {@link SecretKeeper}). A user who restarts the studio has to enter secrets again; the editor then reports them as
 * missing, which is honest rather than convenient.
 */
public final class MemorySecretKeeper implements SecretKeeper {

	private final Map<String, Map<String, String>> byDsn = new HashMap<>();

	private static String key(String dsnName) {
		return dsnName.trim().toLowerCase(Locale.ROOT);
	}

	@Override
	public synchronized Map<String, String> secrets(String dsnName) {
		Map<String, String> s = byDsn.get(key(dsnName));
		return s == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(s));
	}

	@Override
	public synchronized void replace(String dsnName, Map<String, String> secrets) {
		if (secrets.isEmpty()) {
			byDsn.remove(key(dsnName));
		} else {
			byDsn.put(key(dsnName), new LinkedHashMap<>(secrets));
		}
	}

	@Override
	public synchronized void rename(String oldName, String newName) {
		Map<String, String> s = byDsn.remove(key(oldName));
		if (s != null) {
			byDsn.put(key(newName), s);
		}
	}

	@Override
	public synchronized void delete(String dsnName) {
		byDsn.remove(key(dsnName));
	}
}
