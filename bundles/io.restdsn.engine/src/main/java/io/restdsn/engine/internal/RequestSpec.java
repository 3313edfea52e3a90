package io.restdsn.engine.internal;

import java.util.List;
import java.util.Map;

/**
 * One HTTP request as the engine plans it: everything that decides the response, so it doubles as the page
 * cache key.
 *
 * @param headers name/value pairs in order
 * @param body    JSON body text for POST-like methods, else {@code null}
 */
record RequestSpec(String method, String url, List<Map.Entry<String, String>> headers, String body) {

	RequestSpec {
		headers = List.copyOf(headers);
	}

	String cacheKey() {
		StringBuilder b = new StringBuilder(method).append(' ').append(url);
		for (Map.Entry<String, String> h : headers) {
			b.append('\n').append(h.getKey()).append(": ").append(h.getValue());
		}
		if (body != null) {
			b.append("\n\n").append(body);
		}
		return b.toString();
	}

	/** {@code METHOD url}, for logs and messages. */
	String line() {
		return method + " " + url;
	}
}
