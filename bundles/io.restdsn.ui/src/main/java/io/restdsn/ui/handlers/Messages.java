package io.restdsn.ui.handlers;

import org.eclipse.osgi.util.NLS;

/** Strings of the Data Source commands. */
final class Messages extends NLS {

	private static final String BUNDLE_NAME = "io.restdsn.ui.handlers.messages";

	public static String Actions_copyName;
	public static String Actions_copyNameN;
	public static String Actions_renameTitle;
	public static String Actions_renamePrompt;
	public static String Actions_renameEmpty;
	public static String Actions_renameTaken;
	public static String Actions_deleteTitle;
	public static String Actions_deleteOne;
	public static String Actions_deleteMany;
	public static String Actions_deleteButton;
	public static String Actions_cancelButton;
	public static String Actions_copyTitle;
	public static String Actions_copiedOne;
	public static String Actions_copiedMany;
	public static String Actions_failedTitle;
	public static String Actions_exportTitle;
	public static String Actions_exportNothing;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
