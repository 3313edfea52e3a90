package io.restdsn.ui.store;

import java.util.Map;

/**
 * Holds the values of secret options (ClientSecret, SecurityToken, passwords…) per DSN, so that they never reach
 * odbc.ini.
 * <p>
 * <b>Seam.</b> This is the part the {@code io.restdsn.secure} SecretStore (Eclipse secure storage, encrypted,
 * flushed) replaces; until it is merged, {@link MemorySecretKeeper} keeps secrets for the session only.
 */
public interface SecretKeeper {

	/** Secret options of a DSN (catalog names) with their values; empty when none are kept. */
	Map<String, String> secrets(String dsnName);

	/** Replaces all secrets of a DSN (an empty map deletes them). */
	void replace(String dsnName, Map<String, String> secrets);

	void rename(String oldName, String newName);

	void delete(String dsnName);
}
