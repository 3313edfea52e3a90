package io.restdsn.http.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import okhttp3.MediaType;

/**
 * The connection test's last stage: is the first page JSON, and how many rows are where JSONRoot says? Answers in
 * terms a user can act on: which top-level fields exist when JSONRoot finds nothing, which array holds the rows when
 * JSONRoot is not set.
 */
final class FirstPage {

	/** The verdict: {@code ok == null} means "not JSON, not judged". */
	record Verdict(Boolean ok, String message, boolean jsonRootAtFault) {
	}

	private FirstPage() {
	}

	static Verdict judge(byte[] body, MediaType type, String jsonRoot, ObjectMapper mapper) {
		String trimmed = new String(body, 0, Math.min(body.length, 64), java.nio.charset.StandardCharsets.UTF_8)
				.stripLeading();
		boolean looksJson = trimmed.startsWith("{") || trimmed.startsWith("[");
		boolean saysJson = type != null && type.subtype().toLowerCase(java.util.Locale.ROOT).contains("json");
		if (!looksJson && !saysJson) {
			return new Verdict(null, "The answer is not JSON (" + (type == null ? "no Content-Type" : type) + ")",
					false);
		}
		JsonNode root;
		try {
			root = mapper.readTree(body);
		} catch (IOException e) {
			String m = e.getMessage() == null ? "" : e.getMessage().split("\n")[0];
			return new Verdict(false, "The first page is not valid JSON: " + m, false);
		}
		if (root == null || root.isMissingNode()) {
			return new Verdict(false, "The first page is empty", false);
		}
		String size = body.length >= 10_240 ? body.length / 1024 + " KB" : body.length + " bytes";
		if (jsonRoot != null) {
			JsonPointer pointer;
			try {
				pointer = JsonPointer.compile(pointer(jsonRoot));
			} catch (IllegalArgumentException e) {
				return new Verdict(false, "JSONRoot '" + jsonRoot + "' is not a path such as /events", true);
			}
			JsonNode at = root.at(pointer);
			if (at.isMissingNode()) {
				return new Verdict(false, "No element at JSONRoot=" + jsonRoot + " in the first page; its top level "
						+ "has: " + topLevel(root), true);
			}
			return new Verdict(true, "Parsed " + size + " of JSON: " + rows(at) + " at JSONRoot=" + jsonRoot, false);
		}
		if (root.isArray()) {
			return new Verdict(true, "Parsed " + size + " of JSON: " + rows(root) + " (top-level array)", false);
		}
		String biggest = null;
		int most = -1;
		for (Map.Entry<String, JsonNode> e : root.properties()) {
			if (e.getValue().isArray() && e.getValue().size() > most) {
				most = e.getValue().size();
				biggest = e.getKey();
			}
		}
		if (biggest != null) {
			return new Verdict(true, "Parsed " + size + " of JSON: an object whose largest array '" + biggest
					+ "' has " + most + " elements (set JSONRoot=/" + biggest + " to map only it)", false);
		}
		return new Verdict(true, "Parsed " + size + " of JSON: one object with " + root.size() + " fields", false);
	}

	/** "/events", "events", "$.data.items" → a JSON pointer. */
	static String pointer(String jsonRoot) {
		String r = jsonRoot.strip();
		if (r.startsWith("$")) {
			r = r.substring(1).replace('.', '/');
		}
		if (!r.startsWith("/")) {
			r = "/" + (r.contains("/") ? r : r.replace('.', '/'));
		}
		return r.endsWith("/") && r.length() > 1 ? r.substring(0, r.length() - 1) : r;
	}

	private static String rows(JsonNode n) {
		if (n.isArray()) {
			String fields = n.size() > 0 && n.get(0).isObject() ? " (first row has " + n.get(0).size() + " fields)" : "";
			return n.size() + (n.size() == 1 ? " row" : " rows") + fields;
		}
		if (n.isObject()) {
			return "1 row (an object with " + n.size() + " fields)";
		}
		return "a single value (" + n.getNodeType().toString().toLowerCase(java.util.Locale.ROOT) + "), not rows";
	}

	private static String topLevel(JsonNode root) {
		if (root.isArray()) {
			return "an array of " + root.size();
		}
		List<String> names = new ArrayList<>();
		root.fieldNames().forEachRemaining(names::add);
		return names.size() > 20 ? names.subList(0, 20) + "…" : names.toString();
	}
}
