package io.restdsn.secure;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The secret options of the DSNs of one odbc.ini file (ClientSecret, SecurityToken, Password, ...), kept encrypted
 * outside that file.
 * <p>
 * DSN names compare as ODBC compares them (ignoring case); option names too. Values are never logged or put in
 * exception messages. Changes are held in memory until {@link #flush()}, which writes them to disk.
 * <p>
 * <b>Threading:</b> call it off the UI thread only (from a Job or the command line). Opening an encrypted value may
 * derive keys, read and write files, ask the desktop keyring over D-Bus, or (in the GUI) show the platform's master
 * password prompt, which itself needs the UI thread to be free. Implementations are thread-safe.
 *
 * @see SecureStorage#secretsFor(java.nio.file.Path)
 */
public interface SecretStore {

	/**
	 * Obtains and checks the master password now (instead of at the first {@link #get}/{@link #put}), so a caller
	 * can fail before it changes anything else.
	 *
	 * @throws SecretStoreException {@link SecretStoreException.Reason#LOCKED} when no password can be had without a
	 *                              prompt, {@link SecretStoreException.Reason#WRONG_PASSWORD} when it is wrong
	 */
	void unlock() throws SecretStoreException;

	/** Stores one secret, encrypted; replaces a value stored under the same option in any letter case. */
	void put(String dsn, String option, String value) throws SecretStoreException;

	/** The decrypted secret, or empty when none is stored. */
	Optional<String> get(String dsn, String option) throws SecretStoreException;

	/** Removes one secret; needs no password. Returns whether one was stored. */
	boolean delete(String dsn, String option) throws SecretStoreException;

	/** Removes every secret of a DSN; needs no password. Returns how many were stored. */
	int deleteAll(String dsn) throws SecretStoreException;

	/** Names of the options stored for a DSN, as stored; needs no password (nothing is decrypted). */
	Set<String> options(String dsn) throws SecretStoreException;

	/** The DSNs that have at least one secret stored, as spelt when stored; needs no password. */
	List<String> dsnNames() throws SecretStoreException;

	/** Writes pending changes to disk. */
	void flush() throws SecretStoreException;

	/** Where the secrets live, for messages (a file name, or "the default secure storage"). */
	String describe();
}
