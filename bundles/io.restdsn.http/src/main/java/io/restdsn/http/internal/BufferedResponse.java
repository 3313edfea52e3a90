package io.restdsn.http.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.restdsn.http.Redactor;
import io.restdsn.http.RestResponse;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * A response read to the end (up to a limit) on the worker thread, so the waiting thread never blocks on a socket
 * and can give up at any moment.
 */
record BufferedResponse(HttpUrl url, int code, String message, Headers headers, MediaType contentType, byte[] body,
		boolean truncated) {

	static BufferedResponse read(Response r, int limit) throws IOException {
		ResponseBody b = r.body();
		MediaType type = b.contentType();
		byte[] bytes;
		boolean truncated = false;
		try (InputStream in = b.byteStream()) {
			bytes = in.readNBytes(limit);
			if (bytes.length == limit && in.read() >= 0) {
				truncated = true;
			}
		}
		return new BufferedResponse(r.request().url(), r.code(), r.message(), r.headers(), type, bytes, truncated);
	}

	boolean successful() {
		return code >= 200 && code < 300;
	}

	Charset charset() {
		Charset c = contentType == null ? null : contentType.charset(null);
		return c == null ? StandardCharsets.UTF_8 : c;
	}

	String text() {
		return new String(body, charset());
	}

	String header(String name) {
		return headers.get(name);
	}

	RestResponse toRestResponse(Redactor redactor) {
		Map<String, List<String>> h = new LinkedHashMap<>();
		for (String name : headers.names()) {
			h.put(name.toLowerCase(Locale.ROOT), headers.values(name));
		}
		return new RestResponse(redactor.redact(url.toString()), code, h, body, truncated, charset());
	}
}
