package io.restdsn.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.restdsn.core.ini.IniChangedOnDiskException;
import io.restdsn.core.ini.IniValueException;
import io.restdsn.secure.PasswordFile;
import io.restdsn.secure.SecretStoreException;
import io.restdsn.secure.SecureStorage;
import io.restdsn.secure.registry.DsnRegistry;

/**
 * Opens the DSN registry a command works on: the user odbc.ini (see {@link CliContext#userOdbcIni()}) and the
 * secure storage chosen by {@code --keyring FILE} / {@code --password-file FILE}, else the platform's default storage
 * (whose {@code -eclipse.keyring} / {@code -eclipse.password} arguments Equinox reads itself). Never prompts: a
 * storage that needs a password nobody gave fails with a message naming those options. Also maps the registry's
 * failures to exit codes: input errors (a damaged storage file, an unreadable password file, a value odbc.ini cannot
 * hold) exit 2, operations that could not be done (locked storage, wrong password, write errors) exit 1.
 */
final class SecretAccess {

	private SecretAccess() {
	}

	static DsnRegistry registry(CliContext ctx) throws UsageException, OperationFailedException {
		return DsnRegistry.open(ctx.userOdbcIni(), storage(ctx));
	}

	static SecureStorage storage(CliContext ctx) throws UsageException, OperationFailedException {
		char[] password = password(ctx);
		try {
			return open(ctx, password);
		} catch (SecretStoreException e) {
			throw failure(e);
		}
	}

	/** The master password from {@code --password-file}, or null; an unreadable file is bad input. */
	static char[] password(CliContext ctx) throws UsageException {
		if (ctx.passwordFile == null) {
			return null;
		}
		try {
			return PasswordFile.read(ctx.passwordFile);
		} catch (SecretStoreException e) {
			throw UsageException.badInput("--password-file: " + e.getMessage());
		}
	}

	/** The storage {@code --keyring} names (else the default one), never prompting. */
	static SecureStorage open(CliContext ctx, char[] password) throws SecretStoreException {
		if (ctx.keyring != null) {
			return SecureStorage.openFile(ctx.keyring, password);
		}
		return password != null ? SecureStorage.openDefault(password) : SecureStorage.openDefault(false);
	}

	/** Refuses to edit an odbc.ini that unixODBC would reject (as {@code list} refuses to read it). */
	static void checkOdbcIni(CliContext ctx) throws UsageException {
		if (Files.exists(ctx.userOdbcIni())) {
			OdbcIniSource.read(ctx);
		}
	}

	static UsageException badInput(IniValueException e) {
		return UsageException.badInput(e.getMessage());
	}

	/**
	 * For {@code throw failure(e)}: a damaged storage is bad input and thrown here as such (exit 2); a locked
	 * storage, a wrong password or an I/O error is returned as a failed operation (exit 1).
	 */
	static OperationFailedException failure(SecretStoreException e) throws UsageException {
		if (e.reason() == SecretStoreException.Reason.DAMAGED) {
			throw UsageException.badInput(e.getMessage());
		}
		return new OperationFailedException(e.getMessage());
	}

	/** A file error of the registry (reading or writing the odbc.ini). */
	static OperationFailedException failure(Path file, IOException e) {
		if (e instanceof IniChangedOnDiskException) {
			return new OperationFailedException(e.getMessage());
		}
		String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
		return new OperationFailedException(file + ": " + detail);
	}
}
