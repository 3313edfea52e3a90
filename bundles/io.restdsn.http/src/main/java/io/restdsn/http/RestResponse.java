package io.restdsn.http;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A fully read HTTP response: status, headers, body bytes. Immutable (the body array is copied on the way in and
 * out). Bodies are capped at {@link #MAX_BODY}: this type is for test requests and small calls, not for paging
 * through large results (the engine streams those through OkHttp itself).
 */
public final class RestResponse {

	/** Largest body read into memory: 32 MiB. */
	public static final int MAX_BODY = 32 * 1024 * 1024;

	private final String url;
	private final int status;
	private final Map<String, List<String>> headers;
	private final byte[] body;
	private final boolean truncated;
	private final Charset charset;

	public RestResponse(String url, int status, Map<String, List<String>> headers, byte[] body, boolean truncated,
			Charset charset) {
		this.url = url;
		this.status = status;
		this.headers = Map.copyOf(headers);
		this.body = body.clone();
		this.truncated = truncated;
		this.charset = charset == null ? StandardCharsets.UTF_8 : charset;
	}

	/** The URL that answered (after redirects), with secret query parameters masked. */
	public String url() {
		return url;
	}

	public int status() {
		return status;
	}

	/** Header names in lower case. */
	public Map<String, List<String>> headers() {
		return headers;
	}

	public Optional<String> header(String name) {
		List<String> v = headers.get(name.toLowerCase(java.util.Locale.ROOT));
		return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v.get(0));
	}

	public Optional<String> contentType() {
		return header("content-type");
	}

	public byte[] body() {
		return body.clone();
	}

	/** The body decoded with the charset of its Content-Type (UTF-8 when none). */
	public String bodyText() {
		return new String(body, charset);
	}

	/** True when the body was longer than {@link #MAX_BODY} and was cut. */
	public boolean truncated() {
		return truncated;
	}

	@Override
	public String toString() {
		return "RestResponse[" + status + ", " + body.length + " bytes" + (truncated ? " (truncated)" : "") + "]";
	}
}
