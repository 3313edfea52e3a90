package io.restdsn.ui.importexport;

import org.eclipse.osgi.util.NLS;

/** Strings of Import and Export. */
final class Messages extends NLS {

	private static final String BUNDLE_NAME = "io.restdsn.ui.importexport.messages";

	public static String Import_shellTitle;
	public static String Import_title;
	public static String Import_message;
	public static String Import_ready;
	public static String Import_readyOne;
	public static String Import_fromString;
	public static String Import_fromFile;
	public static String Import_stringHint;
	public static String Import_file;
	public static String Import_browse;
	public static String Import_browseTitle;
	public static String Import_iniFiles;
	public static String Import_allFiles;
	public static String Import_reading;
	public static String Import_candidates;
	public static String Import_colName;
	public static String Import_colAction;
	public static String Import_colAuth;
	public static String Import_colSecrets;
	public static String Import_willCreate;
	public static String Import_willCreateAs;
	public static String Import_willRename;
	public static String Import_willReplace;
	public static String Import_willSkip;
	public static String Import_willNot;
	public static String Import_name;
	public static String Import_exists;
	public static String Import_rename;
	public static String Import_replace;
	public static String Import_skip;
	public static String Import_preview;
	public static String Import_secretsNote;
	public static String Import_driverNote;
	public static String Import_error;
	public static String Import_warning;
	public static String Import_moreProblems;
	public static String Import_cannotWrite;
	public static String Import_atChar;
	public static String Import_stringEmpty;
	public static String Import_family;
	public static String Import_familyOdbc;
	public static String Import_familyJdbc;
	public static String Import_familyCdata;
	public static String Import_isFolder;
	public static String Import_badFile;
	public static String Import_noFile;
	public static String Import_cannotRead;
	public static String Import_noDsns;
	public static String Import_nameMissing;
	public static String Import_nameTaken;
	public static String Import_nameTwice;
	public static String Import_ok;
	public static String Import_saving;
	public static String Import_failed;
	public static String Import_none;
	public static String Export_shellTitle;
	public static String Export_title;
	public static String Export_which;
	public static String Export_colName;
	public static String Export_colAuth;
	public static String Export_colSecrets;
	public static String Export_format;
	public static String Export_ini;
	public static String Export_string;
	public static String Export_jdbc;
	public static String Export_cdata;
	public static String Export_secrets;
	public static String Export_omit;
	public static String Export_placeholder;
	public static String Export_include;
	public static String Export_preview;
	public static String Export_to;
	public static String Export_clipboard;
	public static String Export_file;
	public static String Export_browse;
	public static String Export_browseTitle;
	public static String Export_ok;
	public static String Export_noneChosen;
	public static String Export_cannot;
	public static String Export_ready;
	public static String Export_readyOne;
	public static String Export_policyOmit;
	public static String Export_policyPlaceholder;
	public static String Export_policyInclude;
	public static String Export_includeNote;
	public static String Export_fileMissing;
	public static String Export_fileBad;
	public static String Export_fileRelative;
	public static String Export_fileFolder;
	public static String Export_noFolder;
	public static String Export_replaceTitle;
	public static String Export_replaceQuestion;
	public static String Export_writeFailed;
	public static String Export_doneClipboard;
	public static String Export_doneFile;
	public static String Export_confirmTitle;
	public static String Export_confirm;
	public static String Export_confirmYes;
	public static String Export_whereClipboard;
	public static String Export_whereFile;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
