package io.restdsn.ui.editor;

import org.eclipse.osgi.util.NLS;

/** Strings of the DSN editor, the wizard's shared sections and the Advanced and Preview pages. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "io.restdsn.ui.editor.messages";

	public static String Editor_shellTitle;
	public static String Editor_title;
	public static String Editor_message;
	public static String Editor_normalized;
	public static String Editor_more;
	public static String Editor_save;
	public static String Editor_test;
	public static String Editor_saveFailed;
	public static String Page_general;
	public static String Page_generalDescription;
	public static String Page_authentication;
	public static String Page_authenticationDescription;
	public static String Page_tls;
	public static String Page_tlsDescription;
	public static String Page_proxy;
	public static String Page_proxyDescription;
	public static String Page_webService;
	public static String Page_webServiceDescription;
	public static String Page_mapping;
	public static String Page_mappingDescription;
	public static String Page_advanced;
	public static String Page_advancedDescription;
	public static String Page_preview;
	public static String Page_previewDescription;
	public static String Problem_nameEmpty;
	public static String Problem_nameTaken;
	public static String Form_show;
	public static String Form_showTooltip;
	public static String Form_browse;
	public static String Form_allFiles;
	public static String Form_default;
	public static String Form_defaultIs;
	public static String Form_notAllowed;
	public static String Form_defaultHint;
	public static String General_name;
	public static String General_nameTip;
	public static String General_tablesFrom;
	public static String General_tablesFromTip;
	public static String General_fromModel;
	public static String General_fromSample;
	public static String General_modelHint;
	public static String Auth_method;
	public static String Auth_unknownMethod;
	public static String Auth_legacyNote;
	public static String Auth_note_OAUTH2_CLIENT_CREDENTIALS;
	public static String Auth_note_NONE;
	public static String Auth_note_BASIC;
	public static String Auth_note_DIGEST;
	public static String Auth_note_BEARER_TOKEN;
	public static String Auth_note_HTTP_HEADER;
	public static String Auth_note_URL_PARAMETER;
	public static String Auth_note_AWS;
	public static String Auth_note_OAUTH2_ACCESS_TOKEN;
	public static String Auth_note_OAUTH2_AUTHORIZATION_CODE;
	public static String Auth_note_OAUTH2_PASSWORD;
	public static String Auth_note_OAUTH2_REFRESH_TOKEN;
	public static String Auth_note_OAUTH2_JWT_BEARER;
	public static String Auth_note_OAUTH2_PKCE;
	public static String Auth_note_CUSTOM;
	public static String Auth_noneExplained;
	public static String Auth_customExplained;
	public static String Auth_clientIdHint;
	public static String Auth_scopeHint;
	public static String Auth_sendCredentials;
	public static String Auth_modeRadio;
	public static String Auth_urlWarning;
	public static String Auth_getWarning;
	public static String Auth_tokenHelp;
	public static String Auth_tokenMethodTip;
	public static String Auth_customHeader;
	public static String Auth_headerNameTip;
	public static String Auth_headerValueTip;
	public static String Auth_customHeaderHelp;
	public static String Auth_getToken;
	public static String Auth_getTokenTip;
	public static String Auth_tokenJob;
	public static String Auth_tokenRunning;
	public static String Auth_tokenResult;
	public static String Auth_tokenNoScope;
	public static String Auth_tokenCanceled;
	public static String Advanced_intro;
	public static String Advanced_option;
	public static String Advanced_value;
	public static String Advanced_about;
	public static String Advanced_add;
	public static String Advanced_remove;
	public static String Advanced_unknown;
	public static String Advanced_defaultIs;
	public static String Add_title;
	public static String Add_name;
	public static String Add_value;
	public static String Add_enterName;
	public static String Add_exists;
	public static String Preview_string;
	public static String Preview_odbc;
	public static String Preview_jdbc;
	public static String Preview_cdata;
	public static String Preview_ini;
	public static String Preview_copy;
	public static String Preview_secretsNote;
	public static String Preview_keptOut;
	public static String Preview_cannot;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}

	/** A message looked up by its key, for families of messages such as the notes per method; empty if none. */
	static String note(String key) {
		try {
			Object v = Messages.class.getField(key).get(null);
			return v instanceof String s ? s : "";
		} catch (ReflectiveOperationException e) {
			return "";
		}
	}
}
