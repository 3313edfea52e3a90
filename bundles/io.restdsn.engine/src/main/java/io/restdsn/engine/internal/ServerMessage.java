package io.restdsn.engine.internal;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Finds the human-readable message in an error body, whatever convention the service follows
 * ({@code message}, {@code error_description}, {@code error.message}, {@code errors[0].message}, RFC 7807
 * {@code detail}/{@code title}), falling back to the start of the text.
 */
final class ServerMessage {

	private static final String[] FIELDS = { "message", "error_description", "errorMessage", "detail", "title",
			"error", "msg", "description", "fault" };
	private static final Pattern POINTER = Pattern.compile("\\{(/[^{}]*)\\}");
	private static final int MAX = 300;

	private ServerMessage() {
	}

	static String of(ObjectMapper mapper, byte[] body) {
		if (body == null || body.length == 0) {
			return null;
		}
		JsonNode tree = tree(mapper, body);
		if (tree != null) {
			String m = find(tree, 0);
			if (m != null) {
				return clip(m);
			}
		}
		String text = new String(body, 0, Math.min(body.length, 4 * MAX), StandardCharsets.UTF_8)
				.replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").trim();
		return text.isEmpty() ? null : clip(text);
	}

	/** {@code #message} of a FAIL rule with {@code {/json/pointer}} references replaced from the body. */
	static String expand(ObjectMapper mapper, String template, byte[] body) {
		JsonNode tree = tree(mapper, body);
		Matcher m = POINTER.matcher(template);
		StringBuilder b = new StringBuilder();
		while (m.find()) {
			JsonNode v = tree == null ? null : tree.at(m.group(1));
			String text = v == null || v.isMissingNode() || v.isNull() ? "" : v.isValueNode() ? v.asText() : v
					.toString();
			m.appendReplacement(b, Matcher.quoteReplacement(text));
		}
		m.appendTail(b);
		return b.toString();
	}

	private static JsonNode tree(ObjectMapper mapper, byte[] body) {
		if (body == null || body.length == 0) {
			return null;
		}
		try {
			return mapper.readTree(body);
		} catch (java.io.IOException | RuntimeException e) {
			return null;
		}
	}

	private static String find(JsonNode n, int depth) {
		if (depth > 3 || n == null) {
			return null;
		}
		if (n.isTextual() && !n.asText().isBlank()) {
			return n.asText();
		}
		if (n.isArray() && n.size() > 0) {
			return find(n.get(0), depth + 1);
		}
		if (n.isObject()) {
			for (String f : FIELDS) {
				String m = find(n.get(f), depth + 1);
				if (m != null) {
					return m;
				}
			}
			String m = find(n.get("errors"), depth + 1);
			if (m != null) {
				return m;
			}
		}
		return null;
	}

	private static String clip(String s) {
		return s.length() > MAX ? s.substring(0, MAX) + "…" : s;
	}
}
