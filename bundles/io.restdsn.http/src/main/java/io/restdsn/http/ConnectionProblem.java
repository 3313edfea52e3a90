package io.restdsn.http;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Why a request failed, phrased as what to change: the option(s) at fault, a message for people, what the server said
 * ({@code error} / {@code error_description}) and the HTTP status.
 * <p>
 * The UI decorates the fields named by {@link #options()}; the CLI prints {@link #summary()}. Every text in here has
 * passed through a {@link Redactor} when this bundle created it: no secret, token or Basic credential appears.
 * Immutable.
 */
public final class ConnectionProblem {

	/** The families of failure; {@link #options()} says which option to look at. */
	public enum Kind {
		/** An option is missing or malformed; nothing was sent. */
		CONFIGURATION,
		/** The host name does not resolve. */
		UNKNOWN_HOST,
		/** Nothing accepts connections at host:port. */
		CONNECTION_REFUSED,
		/** No connection or no answer within the configured time. */
		TIMEOUT,
		/** The server's certificate chain is not trusted. */
		TLS_UNTRUSTED,
		/** The certificate is valid but issued for another host name. */
		TLS_HOSTNAME,
		/** Client and server share no TLS protocol version or cipher. */
		TLS_PROTOCOL,
		/** Another TLS failure (plain HTTP on a TLS port, broken handshake). */
		TLS_OTHER,
		/** The proxy refused the connection or the proxy credentials. */
		PROXY,
		/** OAuth {@code invalid_client} or a 401 from the token endpoint. */
		INVALID_CLIENT,
		/** OAuth {@code invalid_scope}. */
		INVALID_SCOPE,
		/** OAuth {@code unauthorized_client}: the client may not use this grant. */
		UNAUTHORIZED_CLIENT,
		/** OAuth {@code unsupported_grant_type}. */
		UNSUPPORTED_GRANT_TYPE,
		/** OAuth {@code invalid_request} or a plain 400. */
		INVALID_REQUEST,
		/** Another OAuth error code. */
		TOKEN_REJECTED,
		/** HTTP 405 from the token endpoint: wrong method. */
		METHOD_NOT_ALLOWED,
		/** HTTP 404. */
		NOT_FOUND,
		/** A redirect that was not followed (e.g. to a login page). */
		REDIRECT,
		/** An HTML page where JSON was expected. */
		HTML_RESPONSE,
		/** An empty body where a token or data was expected. */
		EMPTY_RESPONSE,
		/** A body that could not be understood (e.g. no {@code access_token}). */
		MALFORMED_RESPONSE,
		/** A data endpoint answered 401 even with a fresh token. */
		UNAUTHORIZED,
		/** HTTP 403. */
		FORBIDDEN,
		/** HTTP 5xx. */
		SERVER_ERROR,
		/** Another HTTP status. */
		HTTP_ERROR,
		/** Another network failure (connection reset, unexpected end of stream). */
		NETWORK
	}

	private final Kind kind;
	private final List<String> options;
	private final String message;
	private final String serverError;
	private final String serverDescription;
	private final int httpStatus;
	private final String transcript;

	private ConnectionProblem(Builder b) {
		this.kind = b.kind;
		this.options = List.copyOf(b.options);
		this.message = b.message;
		this.serverError = b.serverError;
		this.serverDescription = b.serverDescription;
		this.httpStatus = b.httpStatus;
		this.transcript = b.transcript == null ? "" : b.transcript;
	}

	/** Starts a problem. Callers outside this bundle rarely need this; it exists for adapters and tests. */
	public static Builder builder(Kind kind, String message) {
		return new Builder(kind, message);
	}

	public Kind kind() {
		return kind;
	}

	/** Options to change, most likely first (catalog spellings); empty when no option can fix it. */
	public List<String> options() {
		return options;
	}

	/** What went wrong and what to change, for people. */
	public String message() {
		return message;
	}

	/** The OAuth {@code error} code the server sent, e.g. {@code invalid_client}. */
	public Optional<String> serverError() {
		return Optional.ofNullable(serverError);
	}

	/** The server's {@code error_description} (redacted). */
	public Optional<String> serverDescription() {
		return Optional.ofNullable(serverDescription);
	}

	public OptionalInt httpStatus() {
		return httpStatus < 0 ? OptionalInt.empty() : OptionalInt.of(httpStatus);
	}

	/** The redacted exchange that led here (request line, headers, status, first KB of the body), or "". */
	public String transcript() {
		return transcript;
	}

	/** One paragraph: message, then the server's own words and the options to check. */
	public String summary() {
		StringBuilder s = new StringBuilder(message);
		if (serverError != null || serverDescription != null) {
			s.append(" Server said: ");
			if (serverError != null) {
				s.append(serverError);
			}
			if (serverDescription != null) {
				s.append(serverError != null ? " – " : "").append(serverDescription);
			}
			s.append('.');
		}
		if (!options.isEmpty()) {
			s.append(" [check: ").append(String.join(", ", options)).append(']');
		}
		return s.toString();
	}

	@Override
	public String toString() {
		return "ConnectionProblem[" + kind + (httpStatus >= 0 ? ", HTTP " + httpStatus : "") + ": " + summary() + "]";
	}

	/** Collects a problem's parts. */
	public static final class Builder {
		private final Kind kind;
		private final String message;
		private List<String> options = List.of();
		private String serverError;
		private String serverDescription;
		private int httpStatus = -1;
		private String transcript;

		private Builder(Kind kind, String message) {
			this.kind = Objects.requireNonNull(kind, "kind");
			this.message = Objects.requireNonNull(message, "message");
		}

		public Builder options(String... names) {
			this.options = List.of(names);
			return this;
		}

		public Builder options(List<String> names) {
			this.options = List.copyOf(names);
			return this;
		}

		public Builder serverError(String code) {
			this.serverError = code;
			return this;
		}

		public Builder serverDescription(String description) {
			this.serverDescription = description;
			return this;
		}

		public Builder httpStatus(int status) {
			this.httpStatus = status;
			return this;
		}

		public Builder transcript(String text) {
			this.transcript = text;
			return this;
		}

		public ConnectionProblem build() {
			return new ConnectionProblem(this);
		}
	}
}
