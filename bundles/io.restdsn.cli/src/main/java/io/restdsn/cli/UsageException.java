package io.restdsn.cli;

/** A usage or input error: exit code 2, message on stderr. */
public class UsageException extends Exception {
	private static final long serialVersionUID = 1L;

	private final boolean aboutUsage;

	/** A mistake in the command line itself: the message is followed by a pointer to --help. */
	public UsageException(String message) {
		this(message, true);
	}

	private UsageException(String message, boolean aboutUsage) {
		super(message);
		this.aboutUsage = aboutUsage;
	}

	/** Bad input (a missing or malformed file, a malformed string): the message alone says what to fix. */
	public static UsageException badInput(String message) {
		return new UsageException(message, false);
	}

	boolean aboutUsage() {
		return aboutUsage;
	}
}
