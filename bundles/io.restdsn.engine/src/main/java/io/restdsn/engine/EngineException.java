package io.restdsn.engine;

/**
 * Everything that can go wrong in the engine, with enough context for a precise message in the UI.
 * <p>
 * Unchecked because results are read through cursors in loops where checked exceptions would only be wrapped
 * again; callers branch on {@link #kind()} instead of on subclasses. Context fields are {@code null} (or
 * {@code -1}) when they do not apply: a Model error has a line and column, an HTTP error has a URL and status.
 */
public class EngineException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/** What went wrong, coarse enough for a UI to pick an icon and a remedy. */
	public enum Kind {
		/** The Model file is malformed or inconsistent (has line, column and JSON path). */
		MODEL,
		/** The DSN lacks what the engine needs (no Model, unreadable file, unsupported option value). */
		CONFIG,
		/** The service answered with an error status (has URL, status and the server's message). */
		HTTP,
		/** Network failure: connect, TLS, reset, timeout (has URL). */
		IO,
		/** The response body is not the JSON we expect (has URL, line and column). */
		PARSE,
		/** A value could not be converted to its column's type (has URL and position). */
		DATA,
		/** The SQL cannot be analysed or failed in the local SQL engine. */
		SQL,
		/** A {@code #mandatory} parameter column was not constrained by the query. */
		MANDATORY_PARAMETER,
		/** The statement was cancelled. */
		CANCELLED,
		/** A feature of the Model or SQL that the engine does not implement yet. */
		UNSUPPORTED
	}

	private final Kind kind;
	private final String url;
	private final int httpStatus;
	private final String serverMessage;
	private final int line;
	private final int column;
	private final String jsonPath;

	public EngineException(Kind kind, String message) {
		this(kind, message, null, null, -1, null, -1, -1, null);
	}

	public EngineException(Kind kind, String message, Throwable cause) {
		this(kind, message, cause, null, -1, null, -1, -1, null);
	}

	protected EngineException(Kind kind, String message, Throwable cause, String url, int httpStatus,
			String serverMessage, int line, int column, String jsonPath) {
		super(message, cause);
		this.kind = kind;
		this.url = url;
		this.httpStatus = httpStatus;
		this.serverMessage = serverMessage;
		this.line = line;
		this.column = column;
		this.jsonPath = jsonPath;
	}

	/** An error in a Model file; the message is prefixed with the position so it reads well on its own. */
	public static EngineException model(String message, int line, int column, String jsonPath) {
		String where = "line " + line + ", column " + column + (jsonPath == null || jsonPath.isEmpty() ? ""
				: " (" + jsonPath + ")");
		return new EngineException(Kind.MODEL, "Model " + where + ": " + message, null, null, -1, null, line, column,
				jsonPath);
	}

	/** The service answered {@code status}; {@code serverMessage} is what it said, if anything. */
	public static EngineException http(String url, int status, String serverMessage, String message) {
		return new EngineException(Kind.HTTP, message, null, url, status, serverMessage, -1, -1, null);
	}

	/** A body that is not (complete) JSON, or a value that does not fit its column. */
	public static EngineException body(Kind kind, String url, int line, int column, String jsonPath, String message,
			Throwable cause) {
		return new EngineException(kind, message, cause, url, -1, null, line, column, jsonPath);
	}

	public static EngineException io(String url, String message, Throwable cause) {
		return new EngineException(Kind.IO, message, cause, url, -1, null, -1, -1, null);
	}

	public static EngineException cancelled() {
		return new EngineException(Kind.CANCELLED, "The statement was cancelled");
	}

	public Kind kind() {
		return kind;
	}

	/** The request URL, for HTTP, IO, PARSE and DATA errors. */
	public String url() {
		return url;
	}

	/** The HTTP status, or -1. */
	public int httpStatus() {
		return httpStatus;
	}

	/** The message the service put in its error body, or {@code null}. */
	public String serverMessage() {
		return serverMessage;
	}

	/** 1-based line in the Model file or response body, or -1. */
	public int line() {
		return line;
	}

	/** 1-based column in the Model file or response body, or -1. */
	public int column() {
		return column;
	}

	/** JSON pointer of the offending element, or {@code null}. */
	public String jsonPath() {
		return jsonPath;
	}
}
