package io.restdsn.http.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import okhttp3.MediaType;

/**
 * What a token endpoint's body turned out to be, read tolerantly: a JSON object, a form-encoded body (some older
 * providers), an HTML page (a login or error page), empty, or something else. Top-level fields as strings, numbers
 * as their text, so {@code "expires_in": 3600} and {@code "expires_in": "3600"} read alike.
 */
record ResponseBodyShape(Format format, Map<String, String> fields, Set<String> stringFields, String htmlTitle) {

	enum Format {
		JSON, FORM, HTML, EMPTY, OTHER
	}

	private static final Pattern TITLE = Pattern.compile("(?is)<title[^>]*>(.*?)</title>");
	private static final Pattern FORM = Pattern.compile("^[A-Za-z0-9_.%+-]+=[^\\s]*(&[A-Za-z0-9_.%+-]+=[^\\s]*)*$");

	static ResponseBodyShape of(String body, MediaType contentType, ObjectMapper mapper) {
		String text = body == null ? "" : body.strip();
		if (text.isEmpty()) {
			return new ResponseBodyShape(Format.EMPTY, Map.of(), Set.of(), null);
		}
		String subtype = contentType == null ? "" : contentType.subtype().toLowerCase(Locale.ROOT);
		if (text.startsWith("{")) {
			try {
				JsonNode node = mapper.readTree(text);
				if (node != null && node.isObject()) {
					Set<String> strings = new HashSet<>();
					return new ResponseBodyShape(Format.JSON, fields(node, strings), strings, null);
				}
			} catch (java.io.IOException e) {
				// not JSON after all: fall through
			}
			return new ResponseBodyShape(Format.OTHER, Map.of(), Set.of(), null);
		}
		if (subtype.contains("html") || text.startsWith("<")) {
			Matcher m = TITLE.matcher(text);
			String title = m.find() ? m.group(1).replaceAll("\\s+", " ").strip() : null;
			return new ResponseBodyShape(Format.HTML, Map.of(), Set.of(), title);
		}
		if (subtype.contains("x-www-form-urlencoded") || FORM.matcher(text).matches()) {
			Map<String, String> f = new LinkedHashMap<>();
			for (String pair : text.split("&")) {
				int eq = pair.indexOf('=');
				if (eq > 0) {
					f.putIfAbsent(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
				}
			}
			return new ResponseBodyShape(Format.FORM, f, Set.of(), null);
		}
		return new ResponseBodyShape(Format.OTHER, Map.of(), Set.of(), null);
	}

	/** Names only: the fields may hold a token. */
	@Override
	public String toString() {
		return "ResponseBodyShape[" + format + ", fields " + fields.keySet() + "]";
	}

	String field(String name) {
		String v = fields.get(name);
		if (v == null) {
			for (Map.Entry<String, String> e : fields.entrySet()) {
				if (e.getKey().equalsIgnoreCase(name)) {
					return e.getValue();
				}
			}
		}
		return v;
	}

	private static Map<String, String> fields(JsonNode object, Set<String> strings) {
		Map<String, String> f = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> e : object.properties()) {
			JsonNode v = e.getValue();
			if (v.isNull()) {
				continue;
			}
			f.put(e.getKey(), v.isValueNode() ? v.asText() : v.toString());
			if (v.isTextual()) {
				strings.add(e.getKey());
			}
		}
		return f;
	}

	private static String decode(String s) {
		try {
			return URLDecoder.decode(s, StandardCharsets.UTF_8);
		} catch (IllegalArgumentException e) {
			return s;
		}
	}
}
