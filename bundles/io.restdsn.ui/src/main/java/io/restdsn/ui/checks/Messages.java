package io.restdsn.ui.checks;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {

	private static final String BUNDLE_NAME = "io.restdsn.ui.checks.messages";

	public static String Checks_unavailable;
	public static String Checks_testing;
	public static String Checks_token;
	public static String Checks_change;
	public static String Checks_noExpiry;
	public static String Checks_expiresIn;
	public static String Checks_asRequested;
	public static String LastTest_passed;
	public static String LastTest_failed;
	public static String LastTest_passedAt;
	public static String LastTest_failedAt;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
