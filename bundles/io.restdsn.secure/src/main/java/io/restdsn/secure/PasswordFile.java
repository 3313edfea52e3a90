package io.restdsn.secure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import io.restdsn.secure.SecretStoreException.Reason;

/**
 * Reads a master password from a file ({@code --password-file}), the way Eclipse reads {@code -eclipse.password}:
 * the file's lines joined without their line breaks. So one file unlocks the same storage through either option, and
 * the usual trailing newline of {@code echo pw > file} is not part of the password.
 */
public final class PasswordFile {

	private PasswordFile() {
	}

	/**
	 * @throws SecretStoreException ({@link Reason#IO}) when the file cannot be read or holds no password; the
	 *                              message names the file and never shows its content
	 */
	public static char[] read(Path file) throws SecretStoreException {
		String text;
		try {
			text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
		} catch (NoSuchFileException e) {
			throw new SecretStoreException(Reason.IO, "cannot read the password file " + file + ": no such file");
		} catch (AccessDeniedException e) {
			throw new SecretStoreException(Reason.IO, "cannot read the password file " + file + ": permission denied");
		} catch (IOException e) {
			throw new SecretStoreException(Reason.IO, "cannot read the password file " + file + ": " + e.getMessage(), e);
		}
		char[] password = text.replace("\r", "").replace("\n", "").toCharArray();
		if (password.length == 0) {
			throw new SecretStoreException(Reason.IO, "the password file " + file + " is empty; put the master "
					+ "password of the secure storage in it");
		}
		return password;
	}
}
