package io.restdsn.demo;

import java.io.IOException;
import java.io.InputStream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

/**
 * Base of every endpoint: turns {@link HttpProblem}s into JSON answers and everything else into a 500, always closes
 * the exchange, and never prints.
 * <p>
 * The service runs inside the user's application and inside tests: a stack trace on stdout there is noise, and an
 * exchange left open hangs the client. Errors reach the client, which is the one that can act on them.
 */
abstract class JsonEndpoint implements HttpHandler {

	/** Largest request body read; the token endpoint's forms are tiny. */
	private static final int MAX_BODY = 64 * 1024;

	@Override
	public final void handle(HttpExchange ex) {
		try {
			serve(ex);
		} catch (HttpProblem p) {
			answer(ex, p);
		} catch (IOException e) {
			// the client went away; there is no one left to tell
		} catch (RuntimeException e) {
			answer(ex, HttpProblem.of(500, "server_error", "the demo service failed: " + e.getClass().getSimpleName()));
		} finally {
			ex.close();
		}
	}

	/** Answers one request; throw {@link HttpProblem} for any error answer. */
	protected abstract void serve(HttpExchange ex) throws IOException;

	/** Data endpoints are read-only. */
	static void requireGet(HttpExchange ex) {
		if (!"GET".equals(ex.getRequestMethod())) {
			throw HttpProblem.methodNotAllowed("GET");
		}
	}

	static Parameters query(HttpExchange ex) {
		return Parameters.parse(ex.getRequestURI().getRawQuery());
	}

	static byte[] body(HttpExchange ex) throws IOException {
		try (InputStream in = ex.getRequestBody()) {
			byte[] bytes = in.readNBytes(MAX_BODY + 1);
			if (bytes.length > MAX_BODY) {
				throw HttpProblem.of(413, "invalid_request", "request body larger than " + MAX_BODY + " bytes");
			}
			return bytes;
		}
	}

	private static void answer(HttpExchange ex, HttpProblem p) {
		if (ex.getResponseCode() != -1) {
			return; // headers already sent while streaming: closing is all that is left
		}
		try {
			Replies.problem(ex, p);
		} catch (IOException e) {
			// the client went away
		}
	}
}
