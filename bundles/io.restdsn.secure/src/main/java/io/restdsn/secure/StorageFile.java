package io.restdsn.secure;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Properties;

import io.restdsn.secure.SecretStoreException.Reason;

/**
 * Checks on an explicit storage file before Equinox gets it.
 * <p>
 * Equinox reads any text as a properties file and, on the next flush, writes back only what it understood, so a
 * damaged or foreign file would be silently replaced by a new storage. It also creates a missing file with the
 * process umask (usually world-readable). Here a missing file is created empty with owner-only permissions, and a
 * file that does not look like an Eclipse secure storage file is refused before anything reads or writes it.
 */
final class StorageFile {

	/** The first line Equinox writes after its comment; every storage file it wrote has it. */
	static final String VERSION_KEY = "org.eclipse.equinox.security.preferences.version";
	private static final String OWN_KEYS = "org.eclipse.equinox.security.preferences.";

	private StorageFile() {
	}

	static void prepare(Path file) throws SecretStoreException {
		if (Files.isDirectory(file)) {
			throw new SecretStoreException(Reason.IO, "secure storage " + file + " is a folder; give a file name");
		}
		if (Files.exists(file)) {
			check(file);
			return;
		}
		try {
			Path dir = file.getParent();
			if (dir != null) {
				Files.createDirectories(dir);
			}
			if (Files.getFileStore(dir == null ? Path.of("") : dir).supportsFileAttributeView(PosixFileAttributeView.class)) {
				Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			} else {
				Files.createFile(file);
			}
		} catch (FileAlreadyExistsException e) {
			check(file); // created meanwhile by another process
		} catch (IOException e) {
			throw new SecretStoreException(Reason.IO, "cannot create secure storage " + file + ": " + e, e);
		}
	}

	/** Refuses a non-empty file that is not an Eclipse secure storage file. */
	static void check(Path file) throws SecretStoreException {
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		} catch (IOException e) {
			throw new SecretStoreException(Reason.IO, "cannot read secure storage " + file + ": " + e, e);
		}
		if (bytes.length == 0) {
			return; // a new storage
		}
		Properties p = new Properties();
		try {
			p.load(new ByteArrayInputStream(bytes));
		} catch (IOException | IllegalArgumentException e) {
			throw new SecretStoreException(Reason.DAMAGED, damagedMessage("secure storage " + file, e.getMessage()), e);
		}
		if (!"1".equals(p.getProperty(VERSION_KEY))) {
			throw new SecretStoreException(Reason.DAMAGED, damagedMessage("secure storage " + file,
					"it lacks the Eclipse secure storage header (" + VERSION_KEY + "=1)"));
		}
		for (Object k : p.keySet()) {
			String key = (String) k;
			if (!key.startsWith("/") && !key.startsWith(OWN_KEYS)) {
				throw new SecretStoreException(Reason.DAMAGED, damagedMessage("secure storage " + file,
						"it has entries that are not secure storage entries"));
			}
		}
	}

	static String damagedMessage(String description, String detail) {
		return description + " is damaged or not an Eclipse secure storage file (" + detail + "); nothing was "
				+ "read from or written to it. Restore it from a backup, or move it aside to start a new storage "
				+ "(the secrets in it are then lost).";
	}
}
