package io.restdsn.ui.preferences;

import org.eclipse.osgi.util.NLS;

/** Strings of the preference page. */
final class Messages extends NLS {

	private static final String BUNDLE_NAME = "io.restdsn.ui.preferences.messages";

	public static String Prefs_description;
	public static String Prefs_user;
	public static String Prefs_system;
	public static String Prefs_file;
	public static String Prefs_browse;
	public static String Prefs_browseTitle;
	public static String Prefs_defaultHint;
	public static String Prefs_empty;
	public static String Prefs_inUse;
	public static String Prefs_created;
	public static String Prefs_fromOdbcini;
	public static String Prefs_fromHome;
	public static String Prefs_missing;
	public static String Prefs_fromOdbcsysini;
	public static String Prefs_systemNote;
	public static String Prefs_query;
	public static String Prefs_maxRows;
	public static String Prefs_maxRowsNote;
	public static String Prefs_maxRowsInvalid;
	public static String Prefs_invalid;
	public static String Prefs_relative;
	public static String Prefs_folder;
	public static String Prefs_noFolder;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
