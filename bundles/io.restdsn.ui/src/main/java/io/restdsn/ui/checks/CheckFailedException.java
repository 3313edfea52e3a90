package io.restdsn.ui.checks;

/** A check that could not succeed; the message says what to change in the DSN and is already redacted. */
public final class CheckFailedException extends Exception {

	private static final long serialVersionUID = 1L;

	public CheckFailedException(String message) {
		super(message);
	}
}
