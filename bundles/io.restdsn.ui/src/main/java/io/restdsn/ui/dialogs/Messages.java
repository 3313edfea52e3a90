package io.restdsn.ui.dialogs;

import org.eclipse.osgi.util.NLS;

/** Strings of the dialogs. */
final class Messages extends NLS {

	private static final String BUNDLE_NAME = "io.restdsn.ui.dialogs.messages";

	public static String Test_shellTitle;
	public static String Test_title;
	public static String Test_unnamed;
	public static String Test_job;
	public static String Test_stage;
	public static String Test_result;
	public static String Test_time;
	public static String Test_message;
	public static String Test_transcript;
	public static String Test_copy;
	public static String Test_copied;
	public static String Test_showDetails;
	public static String Test_hideDetails;
	public static String Test_again;
	public static String Test_starting;
	public static String Test_running;
	public static String Test_canceling;
	public static String Test_canceled;
	public static String Test_canceledAt;
	public static String Test_canceledStage;
	public static String Test_notRun;
	public static String Test_error;
	public static String Test_passed;
	public static String Test_failed;
	public static String Test_stageHeading;
	public static String Test_options;
	public static String Stage_waiting;
	public static String Stage_running;
	public static String Stage_passed;
	public static String Stage_failed;
	public static String Stage_skipped;
	public static String Report_head;
	public static String Report_passed;
	public static String Report_failed;
	public static String Report_canceled;
	public static String Report_options;
	public static String Report_noTranscript;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
