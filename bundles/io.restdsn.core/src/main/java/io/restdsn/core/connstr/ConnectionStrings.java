package io.restdsn.core.connstr;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads a connection string of any supported family, recognising which one it is: a JDBC URL
 * ({@code jdbc:datadirect:autorest:…}), a CData-style string (it names {@code AuthScheme} or an {@code OAuth…} key
 * of CData's), or else an ODBC string. Import, {@code validate --string} and {@code --string} on every command use it.
 */
public final class ConnectionStrings {

	private static final Pattern CDATA_KEY = Pattern.compile(
			"(^|;)\\s*(authscheme|oauthclientid|oauthclientsecret|oauthaccesstokenurl|oauthgranttype|oauthpasswordgrantmode)\\s*=");

	private ConnectionStrings() {
	}

	public enum Family {
		ODBC, JDBC, CDATA
	}

	public static Family detect(String text) {
		if (JdbcUrl.isJdbcUrl(text.strip())) {
			return Family.JDBC;
		}
		if (CDATA_KEY.matcher(text.toLowerCase(Locale.ROOT)).find()) {
			return Family.CDATA;
		}
		return Family.ODBC;
	}

	public static ParsedConnectionString parse(String text) {
		return switch (detect(text)) {
		case JDBC -> JdbcUrl.parse(text.strip());
		case CDATA -> CDataConnectionString.parse(text);
		case ODBC -> OdbcConnectionString.parse(text);
		};
	}
}
