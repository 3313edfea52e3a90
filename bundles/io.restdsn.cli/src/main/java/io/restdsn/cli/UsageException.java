package io.restdsn.cli;

/** A usage or input error: exit code 2, message on stderr. */
public class UsageException extends Exception {
	private static final long serialVersionUID = 1L;

	public UsageException(String message) {
		super(message);
	}
}
