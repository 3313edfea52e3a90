package io.restdsn.core.testing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;

import io.restdsn.core.dsn.Dsn;

/**
 * Generates hostile DSNs for property-style tests with a seeded {@link Random}, so a failure names a seed that
 * reproduces it. Values draw on every character the formats treat specially: separators, braces, quotes, blanks of
 * several kinds at either end, line breaks, control characters, non-ASCII and characters outside the BMP.
 */
public final class RandomDsns {

	/** Real option names, so mapped and secret keys get exercised, not only made-up ones. */
	public static final List<String> KNOWN_KEYS = List.of("Driver", "Description", "AuthenticationMethod", "ClientID",
			"ClientSecret", "TokenURI", "Scope", "AuthHeader", "SecurityToken", "ClientCredentialsMode",
			"RestConfigFile", "RestSamplePath", "HostName", "PortNumber", "ProxyHost", "ProxyPort", "ProxyUser",
			"ProxyPassword", "WSTimeout", "EncryptionMethod", "JSONRoot");

	private static final String[] PIECES = { ";", "{", "}", "}}", "{{", "=", "==", "'", "\"", "''", " ", "  ", "\t",
			"\r", "\n", "\r\n", "#", "[", "]", "\\", "/", "a", "b", "Z", "0", "9", "é", "ß", "日本", "😀", "\u00A0",
			"\u2003", "\u0001", "\u007F", "DSN=x", "DRIVER={y}", "https://h/p?q=1&r=2", "POST ", "%20", "null", ",", "&" };

	private static final String KEY_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-. ";

	private final Random random;

	public RandomDsns(long seed) {
		this.random = new Random(seed);
	}

	public Random random() {
		return random;
	}

	/** Any text at all, empty included. */
	public String anyValue() {
		int n = random.nextInt(8) == 0 ? 0 : random.nextInt(12);
		StringBuilder b = new StringBuilder();
		for (int i = 0; i < n; i++) {
			if (random.nextInt(4) == 0) {
				b.append((char) (random.nextInt(0x2FFF - 0x20) + 0x20)); // random BMP char below the surrogates
			} else {
				b.append(PIECES[random.nextInt(PIECES.length)]);
			}
		}
		return b.toString();
	}

	/** A value unixODBC reads back unchanged: no line breaks, NULs, or blanks at either end. */
	public String iniValue() {
		String v = anyValue().replace('\r', 'r').replace('\n', 'n').replace('\0', '0');
		return trimC(v);
	}

	/** A key name: letters, digits, {@code _-.} and inner blanks. */
	public String key() {
		if (random.nextInt(3) == 0) {
			String k = KNOWN_KEYS.get(random.nextInt(KNOWN_KEYS.size()));
			return random.nextInt(4) == 0 ? k.toLowerCase(Locale.ROOT) : k;
		}
		int n = 1 + random.nextInt(10);
		StringBuilder b = new StringBuilder();
		for (int i = 0; i < n; i++) {
			b.append(KEY_CHARS.charAt(random.nextInt(KEY_CHARS.length())));
		}
		String k = b.toString().trim();
		return k.isEmpty() ? "k" + random.nextInt(1000) : k;
	}

	/** Up to {@code max} options with distinct keys (ignoring case) accepted by {@code keyOk}. */
	public Dsn dsn(String name, int max, Predicate<String> keyOk, boolean iniSafe) {
		int n = random.nextInt(max + 1);
		List<Dsn.Option> options = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < n; i++) {
			String k = key();
			if (!keyOk.test(k) || !seen.add(k.toLowerCase(Locale.ROOT))) {
				continue;
			}
			options.add(new Dsn.Option(k, iniSafe ? iniValue() : anyValue()));
		}
		return Dsn.of(name, options);
	}

	/** A DSN name usable in odbc.ini: no brackets, '=', leading '#'/';', control characters or end blanks. */
	public String iniName() {
		String n = iniValue().replace('[', '(').replace(']', ')').replace('=', '~');
		StringBuilder b = new StringBuilder();
		for (char c : n.toCharArray()) {
			b.append(c < ' ' || c == '\u007F' ? '_' : c);
		}
		n = trimC(b.toString());
		if (n.isEmpty() || n.charAt(0) == '#' || n.charAt(0) == ';' || n.equalsIgnoreCase("ODBC")
				|| n.equalsIgnoreCase("ODBC Data Sources")) {
			n = "N" + n;
		}
		return n;
	}

	/** Trims the blanks C's isspace sees (what unixODBC trims). */
	public static String trimC(String s) {
		int b = 0;
		int e = s.length();
		while (b < e && " \t\n\r\u000B\f".indexOf(s.charAt(b)) >= 0) {
			b++;
		}
		while (e > b && " \t\n\r\u000B\f".indexOf(s.charAt(e - 1)) >= 0) {
			e--;
		}
		return s.substring(b, e);
	}
}
