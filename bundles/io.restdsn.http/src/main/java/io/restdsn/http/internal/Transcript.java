package io.restdsn.http.internal;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import io.restdsn.http.Redactor;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.Buffer;

/**
 * The redacted record of one call as it went over the wire: each hop's request line and headers (after the
 * credential interceptor, so the masked {@code Authorization} shows), the request body when it is a small form, each
 * hop's status line and headers, and the first KB of the final body. Attached to a request as a tag; filled by
 * {@link TranscriptInterceptor}. Thread-safe.
 */
final class Transcript {

	/** How much of a body is shown. */
	static final int SHOWN_BODY = 1024;
	/** How much of a body is redacted before cutting, so a secret straddling the cut is still masked whole. */
	private static final int SCANNED_BODY = 64 * 1024;

	private final Redactor redactor;
	private final StringBuilder text = new StringBuilder();

	Transcript(Redactor redactor) {
		this.redactor = redactor;
	}

	synchronized void request(Request request, String protocol) {
		text.append("> ").append(request.method()).append(' ').append(redactor.redact(request.url().toString()))
				.append(' ').append(protocol).append('\n');
		headers("> ", request.headers());
		RequestBody body = request.body();
		if (body != null) {
			// Content-Type and Content-Length are already among the headers at network level
			text.append(">\n");
			text.append("> ").append(requestBody(body)).append('\n');
		}
	}

	synchronized void response(Response response, long millis) {
		text.append("< ").append(response.protocol().toString().toUpperCase(java.util.Locale.ROOT)).append(' ').append(response.code());
		if (!response.message().isEmpty()) {
			text.append(' ').append(response.message());
		}
		text.append(" (").append(millis).append(" ms)\n");
		headers("< ", response.headers());
	}

	synchronized void failure(Exception e, long millis) {
		text.append("! ").append(e.getClass().getSimpleName()).append(": ")
				.append(redactor.redact(String.valueOf(e.getMessage()))).append(" (after ").append(millis)
				.append(" ms)\n");
	}

	/** The final body's first KB (redacted before cutting). */
	synchronized void body(byte[] bytes, Charset charset, boolean truncated) {
		text.append("<\n");
		if (bytes.length == 0) {
			text.append("< (empty body)\n");
			return;
		}
		int scanned = Math.min(bytes.length, SCANNED_BODY);
		String s = redactor.redact(new String(bytes, 0, scanned, charset == null ? StandardCharsets.UTF_8 : charset));
		boolean cut = s.length() > SHOWN_BODY;
		if (cut) {
			s = s.substring(0, SHOWN_BODY);
		}
		for (String line : s.split("\r?\n", -1)) {
			text.append("< ").append(line).append('\n');
		}
		if (cut || truncated || scanned < bytes.length) {
			text.append("< … (").append(bytes.length).append(truncated ? "+" : "").append(" bytes in all)\n");
		}
	}


	synchronized String text() {
		return text.toString();
	}

	private void headers(String prefix, Headers headers) {
		for (int i = 0; i < headers.size(); i++) {
			String name = headers.name(i);
			text.append(prefix).append(name).append(": ").append(redactor.headerValue(name, headers.value(i)))
					.append('\n');
		}
	}

	private String requestBody(RequestBody body) {
		try {
			long length = body.contentLength();
			MediaType type = body.contentType();
			boolean textual = type == null || type.subtype().contains("form") || type.subtype().contains("json")
					|| "text".equals(type.type());
			if (!textual || length > 4096 || body.isOneShot() || body.isDuplex()) {
				return "(" + (length < 0 ? "streamed" : length + " bytes") + " body not shown)";
			}
			Buffer buffer = new Buffer();
			body.writeTo(buffer);
			return redactor.redact(buffer.readUtf8());
		} catch (java.io.IOException e) {
			return "(body not readable)";
		}
	}
}
