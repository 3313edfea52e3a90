package io.restdsn.cli;

/** The operation itself failed (bad credentials, HTTP error, SQL error, validation errors): exit code 1. */
public class OperationFailedException extends Exception {
	private static final long serialVersionUID = 1L;

	public OperationFailedException(String message) {
		super(message);
	}

	public static OperationFailedException of(String message) {
		return new OperationFailedException(message);
	}
}
