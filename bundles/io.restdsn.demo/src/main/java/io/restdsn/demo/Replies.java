package io.restdsn.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;

/** Writes answers: whole JSON documents, or a JSON document streamed as it is generated. */
final class Replies {

	static final String JSON = "application/json; charset=utf-8";

	private Replies() {
	}

	static void json(HttpExchange ex, int status, String body) throws IOException {
		json(ex, status, body, Map.of());
	}

	static void json(HttpExchange ex, int status, String body, Map<String, String> headers) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		ex.getResponseHeaders().set("Content-Type", JSON);
		headers.forEach((k, v) -> ex.getResponseHeaders().set(k, v));
		ex.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = ex.getResponseBody()) {
			out.write(bytes);
		}
	}

	/**
	 * Starts a 200 answer of unknown length (chunked) and returns a writer for its text.
	 * <p>
	 * Pages are written row by row so that a page of thousands of events never exists as one string.
	 */
	static Writer stream(HttpExchange ex) throws IOException {
		ex.getResponseHeaders().set("Content-Type", JSON);
		ex.sendResponseHeaders(200, 0);
		return new BufferedWriter(new OutputStreamWriter(ex.getResponseBody(), StandardCharsets.UTF_8), 16 * 1024);
	}

	static void problem(HttpExchange ex, HttpProblem p) throws IOException {
		json(ex, p.status, p.body(), p.headers);
	}
}
