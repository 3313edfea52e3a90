package io.restdsn.ui.wizard;

import org.eclipse.osgi.util.NLS;

/** Strings of the New Data Source wizard. */
final class Messages extends NLS {

	private static final String BUNDLE_NAME = "io.restdsn.ui.wizard.messages";

	public static String Wizard_title;
	public static String Wizard_saveFailed;
	public static String NamePage_title;
	public static String NamePage_intro;
	public static String AuthPage_title;
	public static String AuthPage_intro;
	public static String TestPage_title;
	public static String TestPage_intro;
	public static String TestPage_run;
	public static String TestPage_again;
	public static String TestPage_recap;
	public static String TestPage_recapSecrets;
	public static String TestPage_stage;
	public static String TestPage_result;
	public static String TestPage_time;
	public static String TestPage_details;
	public static String TestPage_saveAnyway;
	public static String TestPage_unavailable;
	public static String TestPage_passed;
	public static String TestPage_failed;
	public static String TestPage_failedMessage;
	public static String TestPage_canceled;
	public static String TestPage_detailsButton;
	public static String TestPage_detailsTooltip;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
