package io.restdsn.secure;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.EncodingUtils;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.osgi.framework.FrameworkUtil;

import io.restdsn.secure.SecretStoreException.Reason;

/**
 * An opened Eclipse secure storage ({@code org.eclipse.equinox.security}) holding RestDSN Studio's secrets.
 * <p>
 * Layout: {@code /io.restdsn/dsn-secrets/<odbc.ini path>/<DSN name>/<Option>}, every value encrypted, node names
 * escaped with {@link EncodingUtils#encodeSlashes} (and characters outside printable ASCII as {@code \}{@code uXXXX},
 * see {@link NodeNames}). Secrets are kept per odbc.ini file because a DSN name is unique only within one file
 * ({@code ~/.odbc.ini}, {@code $ODBCINI}, {@code --odbcini FILE} may all hold a "Sales").
 * Node and option names are stored in clear (they are not secret); values never are.
 * <p>
 * Two ways to open it:
 * <ul>
 * <li>{@link #openDefault(boolean)}: the platform's default storage, whose master password comes from the platform's
 * providers (Linux: the desktop keyring through {@code org.eclipse.equinox.security.linux}; else the password dialog
 * of {@code org.eclipse.equinox.security.ui}, which only appears in the GUI). {@code -eclipse.keyring} and
 * {@code -eclipse.password} on the command line, and {@code $ECLIPSE_KEYRING}, are honoured by Equinox itself.</li>
 * <li>{@link #openFile(Path, char[])}: an explicit file with a given password (scripts, CI, tests), never a
 * prompt.</li>
 * </ul>
 * With prompting off, a storage that needs a password no provider can give fails with
 * {@link Reason#LOCKED} instead of waiting for one. A master password given as a file is checked against a
 * verification entry before anything is written, so a wrong password fails cleanly instead of encrypting new
 * entries with it (Equinox checks passwords from providers, but not a {@code DEFAULT_PASSWORD}).
 * <p>
 * Equinox caches an opened storage per URL for the life of the JVM: opening the same file again returns the same
 * in-memory content (with the new password options). Touch it off the UI thread only (see {@link SecretStore}).
 */
public final class SecureStorage {

	/** Root node of everything this product stores. */
	static final String ROOT_NODE = "/io.restdsn";
	static final String SECRETS_NODE = ROOT_NODE + "/dsn-secrets";
	private static final String CHECK_KEY = "password-check";
	private static final String CHECK_VALUE = "RestDSN Studio secure storage v1";

	/**
	 * The Linux desktop keyring provider of {@code org.eclipse.equinox.security.linux} (extension
	 * {@code LinuxKeystoreIntegrationJNA} of the host bundle): the only provider that can give a master password
	 * without a dialog.
	 */
	static final String LINUX_KEYRING_MODULE = "org.eclipse.equinox.security.LinuxKeystoreIntegrationJNA";

	/** The password provider of {@code org.eclipse.equinox.security.ui}: the master password dialog. */
	static final String PASSWORD_DIALOG_MODULE = "org.eclipse.equinox.security.ui.DefaultPasswordProvider";

	/** The provider asked for the master password when no keyring can give it (see {@link #usePasswordDialog}). */
	private static volatile String passwordDialogModule = PASSWORD_DIALOG_MODULE;

	static final String HEADLESS_HINT = "For scripts and CI give the storage file and its master password: "
			+ "--keyring FILE --password-file FILE (or the Eclipse arguments -eclipse.keyring FILE "
			+ "-eclipse.password FILE).";

	private final ISecurePreferences root;
	private final String description;
	private final boolean mayPrompt;
	private final boolean passwordGiven;
	private boolean unlocked;

	private SecureStorage(ISecurePreferences root, String description, boolean mayPrompt, boolean passwordGiven) {
		this.root = root;
		this.description = description;
		this.mayPrompt = mayPrompt;
		this.passwordGiven = passwordGiven;
	}

	/**
	 * The platform's default secure storage.
	 *
	 * @param mayPrompt whether the platform may ask the user for the master password (GUI: yes; command line: no)
	 */
	public static SecureStorage openDefault(boolean mayPrompt) throws SecretStoreException {
		requireOsgi();
		if (mayPrompt) {
			if (!passwordArgumentGiven() && !linuxKeyringLibraryPresent()) {
				// Equinox's keyring provider throws UnsatisfiedLinkError (an Error, past every catch) when libsecret
				// is not installed, instead of stepping aside: ask for the master password dialog by ID instead
				return open(null, null, true, passwordDialogModule);
			}
			ISecurePreferences prefs = SecurePreferencesFactory.getDefault();
			if (prefs == null) {
				throw new SecretStoreException(Reason.UNAVAILABLE, "the default secure storage cannot be opened (see "
						+ "the error log for the cause)");
			}
			return new SecureStorage(prefs, "the default secure storage", true, false);
		}
		return open(null, null, false);
	}

	/**
	 * The password provider (Equinox module ID) that asks the user for the master password where no desktop keyring
	 * can give it: the GUI registers its own dialog here; without one, the platform's dialog is used.
	 */
	public static void usePasswordDialog(String moduleId) {
		passwordDialogModule = moduleId == null ? PASSWORD_DIALOG_MODULE : moduleId;
	}

	/** The default storage location, unlocked with the given master password, never prompting. */
	public static SecureStorage openDefault(char[] password) throws SecretStoreException {
		return open(null, password, false);
	}

	/**
	 * A storage file of its own, never prompting. A missing file is created at once, empty and readable by its owner
	 * only (Equinox would create it with the umask's permissions); a file that is not an Eclipse secure storage file is
	 * refused with {@link Reason#DAMAGED} and left as it is.
	 *
	 * @param password the master password; {@code null} lets the platform's password providers supply it
	 */
	public static SecureStorage openFile(Path file, char[] password) throws SecretStoreException {
		return open(file, password, false);
	}

	private static SecureStorage open(Path file, char[] password, boolean mayPrompt) throws SecretStoreException {
		// Headless without a password, only the desktop keyring can help. Asking for it by ID matters: left to
		// choose, Equinox may pick the password-dialog provider, which cannot show its dialog here and returns no
		// password, and Equinox 1.4 then stores the value WITHOUT encryption (logging a warning) instead of failing.
		return open(file, password, mayPrompt, password == null && !mayPrompt ? LINUX_KEYRING_MODULE : null);
	}

	/** @param requiredModule the password provider to use for new entries, or {@code null} for Equinox's choice */
	static SecureStorage open(Path file, char[] password, boolean mayPrompt, String requiredModule)
			throws SecretStoreException {
		requireOsgi();
		Map<Object, Object> options = new HashMap<>();
		if (password != null) {
			options.put(IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec(password));
		}
		if (requiredModule != null) {
			options.put(IProviderHints.REQUIRED_MODULE_ID, requiredModule);
		}
		options.put(IProviderHints.PROMPT_USER, Boolean.valueOf(mayPrompt));
		URL url = null;
		String description = "the default secure storage";
		if (file != null) {
			Path abs = file.toAbsolutePath().normalize();
			StorageFile.prepare(abs);
			url = fileUrl(abs);
			description = "secure storage " + abs;
		}
		ISecurePreferences prefs;
		try {
			prefs = SecurePreferencesFactory.open(url, options);
		} catch (IOException e) {
			throw new SecretStoreException(Reason.IO, description + " cannot be opened: " + e.getMessage(), e);
		} catch (IllegalArgumentException e) {
			// java.util.Properties refuses malformed \\u escapes
			throw new SecretStoreException(Reason.DAMAGED, StorageFile.damagedMessage(description, e.getMessage()), e);
		}
		if (prefs == null) {
			throw new SecretStoreException(Reason.IO, description + " cannot be opened");
		}
		return new SecureStorage(prefs, description, mayPrompt, password != null);
	}

	/** Whether {@code -eclipse.password} was given: then Equinox uses that password and no provider is asked. */
	private static boolean passwordArgumentGiven() {
		return System.getProperty("eclipse.commands", "").lines().anyMatch("-eclipse.password"::equals);
	}

	/** Whether the desktop keyring's library (libsecret) is installed where JNA looks for it; true off Linux. */
	static boolean linuxKeyringLibraryPresent() {
		if (!System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux")) {
			return true;
		}
		for (String dir : new String[] { "/usr/lib/x86_64-linux-gnu", "/lib/x86_64-linux-gnu", "/usr/lib64", "/usr/lib",
				"/lib64", "/usr/local/lib" }) {
			String[] names = new java.io.File(dir).list((d, n) -> n.startsWith("libsecret-1.so"));
			if (names != null && names.length > 0) {
				return true;
			}
		}
		return false;
	}

	/** Equinox's secure storage needs its bundle activator; outside OSGi (plain unit tests) it would fail with an NPE. */
	private static void requireOsgi() throws SecretStoreException {
		if (FrameworkUtil.getBundle(SecureStorage.class) == null) {
			throw new SecretStoreException(Reason.UNAVAILABLE, "secure storage is only available inside the "
					+ "product's OSGi runtime");
		}
	}

	/**
	 * Equinox writes through {@code new File(url.getPath())}, so the URL must not be percent-encoded (a folder with a
	 * space would become a folder named "%20"); {@code File.toURL()} is what Equinox itself uses.
	 */
	@SuppressWarnings("deprecation")
	private static URL fileUrl(Path file) throws SecretStoreException {
		try {
			return file.toFile().toURL();
		} catch (MalformedURLException e) {
			throw new SecretStoreException(Reason.IO, "secure storage " + file + ": not a usable file name", e);
		}
	}

	/** The secrets of the DSNs of one odbc.ini file. */
	public SecretStore secretsFor(Path odbcIni) {
		return new ScopedSecretStore(this, scopeOf(odbcIni));
	}

	/** The odbc.ini files that have secrets in this storage, as recorded (they may no longer exist). */
	public List<Path> odbcIniFiles() {
		synchronized (this) {
			List<Path> files = new ArrayList<>();
			if (root.nodeExists(SECRETS_NODE)) {
				for (String child : root.node(SECRETS_NODE).childrenNames()) {
					files.add(Path.of(NodeNames.decode(child)));
				}
			}
			return files;
		}
	}

	/** {@code "secure storage /path/file"} or {@code "the default secure storage"}. */
	public String describe() {
		return description;
	}

	/** Whether the master password was given (rather than obtained from the platform's providers). */
	public boolean passwordGiven() {
		return passwordGiven;
	}

	/**
	 * The absolute, symlink-free name of an odbc.ini file, so that {@code ./odbc.ini}, {@code $ODBCINI} and a
	 * link to it share one set of secrets. A file that does not exist yet is named by its real folder.
	 */
	static String scopeOf(Path odbcIni) {
		Path abs = odbcIni.toAbsolutePath().normalize();
		try {
			if (Files.exists(abs)) {
				abs = abs.toRealPath();
			} else if (abs.getParent() != null && Files.isDirectory(abs.getParent())) {
				abs = abs.getParent().toRealPath().resolve(abs.getFileName());
			}
		} catch (IOException e) {
			// keep the normalized name; it is still a stable key
		}
		return abs.toString();
	}

	// --- used by ScopedSecretStore, always while holding this object's monitor ---

	ISecurePreferences root() {
		return root;
	}

	/**
	 * Makes sure the master password is at hand and right: decrypts the verification entry, or creates it (encrypted
	 * with the password in effect) in a storage that has none yet.
	 */
	void unlock() throws SecretStoreException {
		if (unlocked) {
			return;
		}
		ISecurePreferences node = root.node(ROOT_NODE);
		try {
			if (List.of(node.keys()).contains(CHECK_KEY) && node.isEncrypted(CHECK_KEY)) {
				if (!CHECK_VALUE.equals(node.get(CHECK_KEY, null))) {
					throw wrongPassword(null);
				}
			} else {
				node.remove(CHECK_KEY); // one stored without encryption proves nothing
				putEncrypted(node, CHECK_KEY, CHECK_VALUE);
			}
		} catch (StorageException e) {
			throw translate(e);
		} catch (RuntimeException e) {
			throw unusable(e);
		}
		unlocked = true;
	}

	/**
	 * Puts a value encrypted, or fails: when no password can be had, Equinox 1.4 stores the value in clear (and says
	 * so only in its log and on stdout) rather than throwing. Such a value is removed again before anything can
	 * flush it, and the storage is reported locked.
	 */
	void putEncrypted(ISecurePreferences node, String key, String value) throws StorageException, SecretStoreException {
		node.put(key, value, true);
		if (!node.isEncrypted(key)) {
			node.remove(key);
			SecretStoreException e = locked(null);
			throw new SecretStoreException(Reason.LOCKED, "No master password was at hand, so the secret was not "
					+ "stored (Equinox would have stored it without encryption). " + e.getMessage());
		}
	}

	void flush() throws SecretStoreException {
		try {
			root.flush();
		} catch (IOException e) {
			throw new SecretStoreException(Reason.IO, "cannot write " + description + ": " + e.getMessage(), e);
		}
	}

	/** An Equinox failure as a message the user can act on. */
	SecretStoreException translate(StorageException e) {
		switch (e.getErrorCode()) {
		case StorageException.DECRYPTION_ERROR:
			return wrongPassword(e);
		case StorageException.NO_PASSWORD, StorageException.NO_SECURE_MODULE:
			return locked(e);
		default:
			return new SecretStoreException(Reason.IO, description + " failed: " + e.getMessage(), e);
		}
	}

	/** A runtime failure inside Equinox (a damaged entry it cannot parse, a password provider that broke). */
	SecretStoreException unusable(RuntimeException e) {
		return new SecretStoreException(Reason.DAMAGED, description + " cannot be read: " + e
				+ ". The file may be damaged; move it aside to start a new storage (its secrets are then lost) or "
				+ "restore it from a backup.", e);
	}

	private SecretStoreException wrongPassword(Throwable cause) {
		String msg = "the master password does not open " + description
				+ ": its secrets cannot be decrypted (a wrong password, or a damaged file). ";
		msg += passwordGiven ? "Check the password file (--password-file) given for it."
				: mayPrompt ? "Enter the right master password, or reset it in Preferences > General > Security > "
						+ "Secure Storage (the secrets stored with the old password are then lost)."
						: HEADLESS_HINT;
		return new SecretStoreException(Reason.WRONG_PASSWORD, msg, cause);
	}

	private SecretStoreException locked(Throwable cause) {
		String msg = description + " needs its master password, and none could be obtained"
				+ (mayPrompt ? " (the password dialog was cancelled or no password provider is available). "
						: " without a prompt (no desktop keyring is reachable, and a headless run never prompts). ");
		if (passwordGiven) {
			msg = description + " holds secrets encrypted with a master password from the platform's keyring or "
					+ "password dialog, not with the password given. Use the GUI, or a storage file of its own: "
					+ "--keyring FILE --password-file FILE.";
		} else if (!mayPrompt) {
			msg += HEADLESS_HINT;
		}
		return new SecretStoreException(Reason.LOCKED, msg, cause);
	}

	@Override
	public String toString() {
		return "SecureStorage[" + description + "]";
	}
}
