package io.restdsn.engine.model;

import java.util.Locale;
import java.util.Objects;

/**
 * One {@code #path} entry: {@code [METHOD] url [json_root]}.
 *
 * @param method   upper-case HTTP method, {@code GET} by default
 * @param url      absolute, or relative to {@code #hostname} / the HostName option; may hold {@code {param}}
 * @param jsonRoot JSON pointer of the rows ({@code /data}); {@code null} for the document itself
 */
public record EndpointPath(String method, String url, String jsonRoot) {

	private static final java.util.Set<String> METHODS = java.util.Set.of("GET", "POST", "PUT", "PATCH", "DELETE",
			"HEAD", "OPTIONS");

	public EndpointPath {
		Objects.requireNonNull(url, "url");
		method = method == null ? "GET" : method.toUpperCase(Locale.ROOT);
		jsonRoot = jsonRoot == null || jsonRoot.isBlank() ? null : jsonRoot;
	}

	public static EndpointPath get(String url) {
		return new EndpointPath("GET", url, null);
	}

	/** Reads {@code "POST https://host/x /data"}: method and root are optional words. */
	public static EndpointPath parse(String text) {
		String[] words = text.trim().split("\\s+");
		if (words.length == 0 || words[0].isEmpty()) {
			throw new IllegalArgumentException("empty path");
		}
		int i = 0;
		String method = null;
		if (words.length > 1 && METHODS.contains(words[0].toUpperCase(Locale.ROOT))) {
			method = words[0];
			i++;
		}
		String url = words[i++];
		String root = null;
		if (i < words.length) {
			root = words[i++];
		}
		if (i < words.length) {
			throw new IllegalArgumentException("a path is '[METHOD] url [json_root]', found extra '" + words[i] + "'");
		}
		return new EndpointPath(method, url, root);
	}

	/** The Model-file spelling; {@code GET} is left out. */
	public String format() {
		StringBuilder b = new StringBuilder();
		if (!"GET".equals(method)) {
			b.append(method).append(' ');
		}
		b.append(url);
		if (jsonRoot != null) {
			b.append(' ').append(jsonRoot);
		}
		return b.toString();
	}
}
