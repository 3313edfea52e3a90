package io.restdsn.http;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

/**
 * Removes secrets from text before it reaches a message, a transcript, a log or the screen.
 * <p>
 * Two nets, because either alone leaks: <em>literal</em> replacement of every known secret value (and of the forms it
 * takes on the wire: form- and percent-encoded, JSON-escaped, inside a Basic credential) catches a server that echoes
 * a secret back in an error page; <em>structural</em> masking of fields, parameters and headers whose names mean
 * "secret" ({@code access_token}, {@code client_secret}, {@code Authorization}, …) catches secrets nobody told us
 * about, such as a freshly issued token. A secret becomes {@code •••• (N chars)}: the length helps people spot a
 * truncated or padded secret without revealing it.
 * <p>
 * Immutable and thread-safe; {@code with…} return copies.
 */
public final class Redactor {

	/** Field, parameter and header names whose values are secret wherever they appear (compared ignoring case). */
	private static final Set<String> SECRET_NAMES = Set.of("access_token", "refresh_token", "id_token", "token",
			"client_secret", "password", "passwd", "secret", "assertion", "client_assertion", "api_key",
			"apikey", "securitytoken", "clientsecret", "accesstoken", "refreshtoken");

	private static final Set<String> SECRET_HEADERS = Set.of("authorization", "proxy-authorization", "cookie",
			"set-cookie", "x-api-key");

	private static final Pattern AUTH_SCHEME = Pattern.compile("(?i)^(Basic|Bearer|Digest|Token|OAuth|MAC|Negotiate)(\\s+)(.+)$");

	private static final String MASK_MARK = "••••";

	private static final Redactor NONE = new Redactor(Map.of(), Set.of());

	/** Wire form of a secret → the secret itself (for the length shown in the mask). */
	private final Map<String, String> forms;
	private final Set<String> extraNames;
	private final Pattern literal;
	private final Pattern jsonField;
	private final Pattern formField;

	private Redactor(Map<String, String> forms, Set<String> extraNames) {
		this.forms = Map.copyOf(forms);
		this.extraNames = Set.copyOf(extraNames);
		this.literal = literalPattern(this.forms);
		String names = namesAlternation();
		this.jsonField = Pattern.compile("(?i)(\"(?:" + names + ")\"\\s*:\\s*\")((?:[^\"\\\\]|\\\\.)*)(\")");
		this.formField = Pattern.compile("(?i)((?:^|(?<=[?&;\\s]))(?:" + names + ")=)([^&\\s#\"]*)");
	}

	/** A redactor that knows no secret values; it still masks secret-named fields and headers. */
	public static Redactor none() {
		return NONE;
	}

	/** A redactor for the given secret values (null and empty values are ignored). */
	public static Redactor of(Collection<String> secrets) {
		Redactor r = NONE;
		for (String s : secrets) {
			r = r.withSecret(s);
		}
		return r;
	}

	/** This redactor plus one more secret value, in all the forms it may take on the wire. */
	public Redactor withSecret(String secret) {
		if (secret == null || secret.isEmpty()) {
			return this;
		}
		Map<String, String> m = new LinkedHashMap<>(forms);
		for (String form : wireForms(secret)) {
			m.putIfAbsent(form, secret);
		}
		return new Redactor(m, extraNames);
	}

	/**
	 * This redactor plus a Basic credential {@code user:password} in both encodings servers use (raw and
	 * form-urlencoded per RFC 6749 §2.3.1), so an echoed {@code Authorization} value is caught too.
	 */
	public Redactor withBasicCredential(String user, String password) {
		if (user == null || password == null || password.isEmpty()) {
			return this;
		}
		Redactor r = this;
		for (String pair : List.of(user + ":" + password, form(user) + ":" + form(password))) {
			r = r.withSecret(Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
		}
		return r;
	}

	/** This redactor plus a header, field or parameter name whose values are secret (e.g. the DSN's AuthHeader). */
	public Redactor withSecretName(String name) {
		if (name == null || name.isBlank()) {
			return this;
		}
		Set<String> names = new TreeSet<>(extraNames);
		names.add(name.trim().toLowerCase(Locale.ROOT));
		return new Redactor(forms, names);
	}

	/** {@code •••• (N chars)}: a secret's stand-in, N counting characters (code points). */
	public static String mask(String secret) {
		int n = secret == null ? 0 : secret.codePointCount(0, secret.length());
		return MASK_MARK + " (" + n + " chars)";
	}

	/** True when a header's value is secret: credentials, cookies, or a name added with {@link #withSecretName}. */
	public boolean isSecretHeader(String name) {
		String n = name.trim().toLowerCase(Locale.ROOT);
		return SECRET_HEADERS.contains(n) || extraNames.contains(n);
	}

	/** A header value fit to show: secret headers keep only their scheme word ({@code Bearer •••• (40 chars)}). */
	public String headerValue(String name, String value) {
		if (!isSecretHeader(name)) {
			return redact(value);
		}
		Matcher m = AUTH_SCHEME.matcher(value);
		if (m.matches()) {
			return m.group(1) + m.group(2) + mask(m.group(3));
		}
		return mask(value);
	}

	/** The text with every known secret and every secret-named field or parameter value masked. */
	public String redact(String text) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		String out = text;
		if (literal != null) {
			out = replace(literal.matcher(out), m -> mask(forms.get(m.group())));
		}
		out = replace(jsonField.matcher(out), m -> m.group(2).startsWith(MASK_MARK) ? m.group()
				: m.group(1) + mask(unescapeJson(m.group(2))) + m.group(3));
		out = replace(formField.matcher(out), m -> m.group(2).isEmpty() || m.group(2).startsWith(MASK_MARK) ? m.group()
				: m.group(1) + mask(decode(m.group(2))));
		return out;
	}

	/** True when the text contains a known secret in any wire form (for assertions and defensive checks). */
	public boolean containsSecret(String text) {
		return text != null && literal != null && literal.matcher(text).find();
	}

	private interface Replacement {
		String apply(Matcher m);
	}

	private static String replace(Matcher m, Replacement r) {
		StringBuilder sb = new StringBuilder();
		while (m.find()) {
			m.appendReplacement(sb, Matcher.quoteReplacement(r.apply(m)));
		}
		m.appendTail(sb);
		return sb.toString();
	}

	private String namesAlternation() {
		List<String> names = new ArrayList<>(SECRET_NAMES);
		names.addAll(extraNames);
		names.sort(Comparator.comparingInt(String::length).reversed());
		return String.join("|", names.stream().map(Pattern::quote).toList());
	}

	private static Pattern literalPattern(Map<String, String> forms) {
		if (forms.isEmpty()) {
			return null;
		}
		List<String> keys = new ArrayList<>(forms.keySet());
		// longest first, so "ab+c" is masked as a whole before "ab" could match a part of it
		keys.sort(Comparator.comparingInt(String::length).reversed());
		return Pattern.compile(String.join("|", keys.stream().map(Pattern::quote).toList()));
	}

	private static List<String> wireForms(String secret) {
		List<String> f = new ArrayList<>();
		f.add(secret);
		String form = form(secret);
		f.add(form);
		f.add(form.replace("+", "%20"));
		f.add(form.replace("%7E", "~").replace("+", "%20"));
		f.add(form.toLowerCase(Locale.ROOT).equals(form) ? form : lowerHex(form));
		f.add(new String(JsonStringEncoder.getInstance().quoteAsString(secret)));
		f.add(asciiJson(secret));
		return f.stream().filter(s -> !s.isEmpty()).distinct().toList();
	}

	private static String form(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

	private static String lowerHex(String encoded) {
		Matcher m = Pattern.compile("%[0-9A-F]{2}").matcher(encoded);
		return replace(m, x -> x.group().toLowerCase(Locale.ROOT));
	}

	private static String asciiJson(String s) {
		String quoted = new String(JsonStringEncoder.getInstance().quoteAsString(s));
		StringBuilder sb = new StringBuilder();
		for (char c : quoted.toCharArray()) {
			if (c > 0x7e) {
				sb.append(String.format("\\u%04x", (int) c));
			} else {
				sb.append(c);
			}
		}
		return sb.toString();
	}

	private static String decode(String s) {
		try {
			return URLDecoder.decode(s, StandardCharsets.UTF_8);
		} catch (IllegalArgumentException e) {
			return s;
		}
	}

	private static String unescapeJson(String s) {
		if (s.indexOf('\\') < 0) {
			return s;
		}
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c == '\\' && i + 1 < s.length()) {
				char n = s.charAt(++i);
				if (n == 'u' && i + 4 < s.length()) {
					try {
						sb.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
						i += 4;
						continue;
					} catch (NumberFormatException e) {
						sb.append(n);
						continue;
					}
				}
				sb.append(n);
			} else {
				sb.append(c);
			}
		}
		return sb.toString();
	}

	@Override
	public String toString() {
		return "Redactor[" + forms.size() + " secret forms, " + extraNames.size() + " extra names]";
	}
}
