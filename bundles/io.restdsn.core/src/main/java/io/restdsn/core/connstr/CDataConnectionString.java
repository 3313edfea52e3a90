package io.restdsn.core.connstr;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.restdsn.core.connstr.ConnectionStringProblem.Severity;
import io.restdsn.core.dsn.Dsn;

/**
 * Connection strings in CData's names ({@code AuthScheme=OAuthClient;OAuthClientId=…}), mapped to and from this
 * product's options by the table in connection-options.md.
 * <p>
 * Mapped: {@code AuthenticationMethod=53} ⇄ {@code AuthScheme=OAuthClient} (the older
 * {@code AuthScheme=OAuth;OAuthGrantType=CLIENT} is read too), {@code ClientID}/{@code ClientSecret} ⇄
 * {@code OAuthClientId}/{@code OAuthClientSecret}, {@code TokenURI} ⇄ {@code OAuthAccessTokenURL},
 * {@code ClientCredentialsMode} 1/3 ⇄ {@code OAuthPasswordGrantMode} BASIC/POST, {@code ProxyHost} ⇄
 * {@code ProxyServer}, {@code WSTimeout} ⇄ {@code Timeout}; {@code Scope}, {@code ProxyPort}, {@code ProxyUser},
 * {@code ProxyPassword} have the same names. Everything else is kept as it is, with a note when a value has no CData
 * form (another AuthenticationMethod, credentials mode 2). Values are double-quoted when needed (ADO.NET style);
 * reading accepts single quotes and braces too. CData strings carry no DSN name.
 * <p>
 * {@code parse(format(d).text()).dsn()} equals {@code d} (with an empty name) whenever {@code d} uses this product's
 * names: mapped keys come back in their canonical spelling.
 */
public final class CDataConnectionString {

	private static final String AUTH_METHOD = "AuthenticationMethod";
	private static final String CLIENT_CREDENTIALS = "53";
	private static final String CREDENTIALS_MODE = "ClientCredentialsMode";
	private static final String AUTH_SCHEME = "AuthScheme";
	private static final String GRANT_TYPE = "OAuthGrantType";
	private static final String GRANT_MODE = "OAuthPasswordGrantMode";

	/** Renamed keys, ours (and the short aliases) to CData's, folded to lower case on the left. */
	private static final Map<String, String> TO_CDATA = Map.of(
			"clientid", "OAuthClientId",
			"clientsecret", "OAuthClientSecret",
			"tokenuri", "OAuthAccessTokenURL",
			"o2tu", "OAuthAccessTokenURL",
			"proxyhost", "ProxyServer",
			"wstimeout", "Timeout");

	private static final Map<String, String> FROM_CDATA = Map.of(
			"oauthclientid", "ClientID",
			"oauthclientsecret", "ClientSecret",
			"oauthaccesstokenurl", "TokenURI",
			"proxyserver", "ProxyHost",
			"timeout", "WSTimeout");

	private CDataConnectionString() {
	}

	public static ParsedConnectionString parse(String text) {
		Tokenizer.Result t = Tokenizer.tokenize(text, 0);
		List<ConnectionStringProblem> problems = new ArrayList<>(t.problems());
		DsnCollector c = new DsnCollector(problems);
		boolean oauthClientPair = isOAuthClientPair(t.entries());
		for (Tokenizer.Entry e : t.entries()) {
			String k = e.key().toLowerCase(Locale.ROOT);
			switch (k) {
			case "authscheme" -> {
				if (e.value().equalsIgnoreCase("OAuthClient") || oauthClientPair && e.value().equalsIgnoreCase("OAuth")) {
					c.add(AUTH_METHOD, CLIENT_CREDENTIALS, e.position());
				} else {
					problems.add(new ConnectionStringProblem(e.position(), Severity.WARNING, "AuthScheme=" + e.value()
							+ " has no AuthenticationMethod equivalent here; it is kept as AuthScheme; set "
							+ "AuthenticationMethod yourself"));
					c.add(e.key(), e.value(), e.position());
				}
			}
			case "oauthgranttype" -> {
				if (!oauthClientPair) {
					c.add(e.key(), e.value(), e.position());
				}
			}
			case "oauthpasswordgrantmode" -> {
				if (e.value().equalsIgnoreCase("BASIC")) {
					c.add(CREDENTIALS_MODE, "1", e.position());
				} else if (e.value().equalsIgnoreCase("POST")) {
					c.add(CREDENTIALS_MODE, "3", e.position());
				} else {
					problems.add(new ConnectionStringProblem(e.position(), Severity.WARNING, GRANT_MODE
							+ " must be BASIC or POST to map to ClientCredentialsMode; it is kept as it is"));
					c.add(e.key(), e.value(), e.position());
				}
			}
			default -> c.add(FROM_CDATA.getOrDefault(k, e.key()), e.value(), e.position());
			}
		}
		problems.sort((a, b) -> Integer.compare(a.position(), b.position()));
		return new ParsedConnectionString(c.toDsn(""), problems);
	}

	/**
	 * The options in CData's names, with notes on what CData cannot express.
	 *
	 * @throws IllegalArgumentException when an option name cannot be written, or two options would be written under
	 *                                  the same CData name (e.g. {@code ClientID} and {@code OAuthClientId})
	 */
	public static FormattedString format(Dsn dsn) {
		List<ConnectionStringProblem> notes = new ArrayList<>();
		Map<String, String> written = new HashMap<>(); // folded CData key -> our key that produced it
		StringBuilder b = new StringBuilder();
		for (Dsn.Option o : dsn.options()) {
			Quoting.requireWritableKey(o.key());
			String k = o.key().toLowerCase(Locale.ROOT);
			String key = TO_CDATA.getOrDefault(k, o.key());
			String value = o.value();
			if (k.equals("authenticationmethod") || k.equals("am")) {
				if (value.equals(CLIENT_CREDENTIALS)) {
					key = AUTH_SCHEME;
					value = "OAuthClient";
				} else {
					notes.add(note("AuthenticationMethod=" + value + " has no CData AuthScheme in the mapping table; "
							+ "it is written as it is, which CData ignores; set AuthScheme in CData yourself"));
				}
			} else if (k.equals("clientcredentialsmode") || k.equals("clcm")) {
				if (value.equals("1")) {
					key = GRANT_MODE;
					value = "BASIC";
				} else if (value.equals("3")) {
					key = GRANT_MODE;
					value = "POST";
				} else if (value.equals("2")) {
					notes.add(note("ClientCredentialsMode=2 (id and secret as token-URL parameters) has no CData "
							+ "form; it is written as it is, which CData ignores; use mode 1 or 3 if the server "
							+ "accepts it"));
				}
			} else if (FROM_CDATA.containsKey(k) || k.equals("authscheme") || k.equals("oauthpasswordgrantmode")) {
				notes.add(note("option '" + o.key() + "' is a CData name; it is written as it is and reads back "
						+ "under this product's name"));
			}
			String previous = written.putIfAbsent(key.toLowerCase(Locale.ROOT), o.key());
			if (previous != null) {
				throw new IllegalArgumentException("options '" + previous + "' and '" + o.key() + "' would both be "
						+ "written as CData's '" + key + "'; remove one of them");
			}
			if (b.length() > 0) {
				b.append(';');
			}
			b.append(key).append('=').append(Quoting.doubleQuotedIfNeeded(value));
		}
		return new FormattedString(b.toString(), notes);
	}

	/** The older CData form of client credentials: {@code AuthScheme=OAuth} with {@code OAuthGrantType=CLIENT}. */
	private static boolean isOAuthClientPair(List<Tokenizer.Entry> entries) {
		String scheme = first(entries, "authscheme");
		String grant = first(entries, "oauthgranttype");
		return "OAuth".equalsIgnoreCase(scheme) && "CLIENT".equalsIgnoreCase(grant);
	}

	private static String first(List<Tokenizer.Entry> entries, String foldedKey) {
		for (Tokenizer.Entry e : entries) {
			if (e.key().toLowerCase(Locale.ROOT).equals(foldedKey)) {
				return e.value();
			}
		}
		return null;
	}

	private static ConnectionStringProblem note(String message) {
		return new ConnectionStringProblem(0, Severity.WARNING, message);
	}
}
