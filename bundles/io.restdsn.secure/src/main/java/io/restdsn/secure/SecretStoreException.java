package io.restdsn.secure;

import java.util.Objects;

/**
 * Secure storage could not do what was asked. The message is written for the person at the keyboard: it names the
 * storage and says what to do. It never contains a secret.
 */
public class SecretStoreException extends Exception {

	private static final long serialVersionUID = 1L;

	/** Why the storage failed, so callers can choose an exit code or a dialog. */
	public enum Reason {
		/**
		 * The storage needs its master password and none can be obtained without a prompt (headless run, no keyring
		 * service, no password file), or the entries were encrypted with a password that was not given this time.
		 */
		LOCKED,
		/** The master password given does not decrypt the storage (or the encrypted entries are damaged). */
		WRONG_PASSWORD,
		/** The storage file is not a readable Eclipse secure storage file. */
		DAMAGED,
		/** Reading or writing the storage (or the password file) failed. */
		IO,
		/** There is no secure storage to use here: not running inside OSGi (plain unit tests), or none can be opened. */
		UNAVAILABLE
	}

	private final Reason reason;

	public SecretStoreException(Reason reason, String message) {
		super(message);
		this.reason = Objects.requireNonNull(reason, "reason");
	}

	public SecretStoreException(Reason reason, String message, Throwable cause) {
		super(message, cause);
		this.reason = Objects.requireNonNull(reason, "reason");
	}

	public Reason reason() {
		return reason;
	}
}
