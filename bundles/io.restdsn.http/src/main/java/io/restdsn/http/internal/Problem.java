package io.restdsn.http.internal;

import java.util.ArrayList;
import java.util.List;

import io.restdsn.http.ConnectionException;
import io.restdsn.http.ConnectionProblem;
import io.restdsn.http.Redactor;

/**
 * Builds a {@link ConnectionProblem} whose every text has passed the DSN's {@link Redactor}: the one way this bundle
 * creates problems, so that a message quoting a URL, an error page or the server's {@code error_description} cannot
 * carry a secret out.
 */
final class Problem {

	private final Redactor redactor;
	private final ConnectionProblem.Kind kind;
	private final String message;
	private final List<String> options = new ArrayList<>();
	private String serverError;
	private String serverDescription;
	private int status = -1;
	private String transcript;

	private Problem(Redactor redactor, ConnectionProblem.Kind kind, String message) {
		this.redactor = redactor == null ? Redactor.none() : redactor;
		this.kind = kind;
		this.message = message;
	}

	static Problem of(Redactor redactor, ConnectionProblem.Kind kind, String message) {
		return new Problem(redactor, kind, message);
	}

	/** A configuration problem: nothing was sent, the message names the option. */
	static ConnectionException config(String message, Opt... options) {
		return of(Redactor.none(), ConnectionProblem.Kind.CONFIGURATION, message).options(options).exception();
	}

	Problem options(Opt... opts) {
		for (Opt o : opts) {
			if (!options.contains(o.spelling())) {
				options.add(o.spelling());
			}
		}
		return this;
	}

	Problem options(List<Opt> opts) {
		return options(opts.toArray(Opt[]::new));
	}

	Problem server(String error, String description) {
		this.serverError = error;
		this.serverDescription = description;
		return this;
	}

	Problem status(int httpStatus) {
		this.status = httpStatus;
		return this;
	}

	Problem transcript(String text) {
		this.transcript = text;
		return this;
	}

	ConnectionProblem build() {
		ConnectionProblem.Builder b = ConnectionProblem.builder(kind, redactor.redact(message)).options(options)
				.httpStatus(status).transcript(redactor.redact(transcript));
		if (serverError != null) {
			b.serverError(redactor.redact(serverError));
		}
		if (serverDescription != null) {
			b.serverDescription(redactor.redact(serverDescription));
		}
		return b.build();
	}

	ConnectionException exception() {
		return new ConnectionException(build());
	}

	/**
	 * With the cause attached for debugging, but only when no text in its chain contains a secret (a JDK or OkHttp
	 * message may quote a URL); otherwise the cause is dropped rather than leaked through a stack trace.
	 */
	ConnectionException exception(Throwable cause) {
		for (Throwable t = cause; t != null; t = t.getCause()) {
			String s = t.toString();
			if (redactor.containsSecret(s) || !s.equals(redactor.redact(s))) {
				return new ConnectionException(build());
			}
		}
		return new ConnectionException(build(), cause);
	}
}
