package io.restdsn.ui.query;

import java.io.IOException;
import java.util.List;
import java.util.NoSuchElementException;

import io.restdsn.engine.EngineException;
import io.restdsn.http.ConnectionException;
import io.restdsn.http.ConnectionProblem;
import io.restdsn.ui.query.sql.SqlErrorPosition;

/**
 * A failure as the query window shows it: a headline, the engine's precise message, where in the SQL it is (SQL
 * errors), the options to look at, and whether "Edit Data Source…" is the way to fix it (authentication, network,
 * Model and configuration problems are fixed in the DSN, SQL errors in the editor).
 *
 * @param position where in {@code statement} the SQL error is, or {@code null}
 * @param options  connection options to check (from the HTTP layer), possibly empty
 */
public record QueryProblem(String title, String message, String statement, SqlErrorPosition.Position position,
		List<String> options, boolean fixInDataSource, String kind) {

	public QueryProblem {
		options = List.copyOf(options);
	}

	/** Classifies a failure of opening the session, reading the schema or running {@code statement}. */
	public static QueryProblem of(Throwable t, String statement) {
		if (t instanceof EngineException e) {
			return ofEngine(e, statement);
		}
		if (t instanceof ConnectionException c) {
			return ofConnection("Cannot connect", c.problem());
		}
		if (t instanceof NoSuchElementException) {
			return new QueryProblem("Data source not found", t.getMessage(), statement, null, List.of(), false,
					"DSN");
		}
		if (t instanceof IOException) {
			return new QueryProblem("Cannot read the data source", String.valueOf(t.getMessage()), statement, null,
					List.of(), false, "IO");
		}
		return new QueryProblem("Unexpected error", t.getClass().getSimpleName()
				+ (t.getMessage() == null ? "" : ": " + t.getMessage()), statement, null, List.of(), false, "BUG");
	}

	private static QueryProblem ofEngine(EngineException e, String statement) {
		String kind = e.kind().name();
		String m = e.getMessage();
		switch (e.kind()) {
			case SQL, MANDATORY_PARAMETER, UNSUPPORTED -> {
				String title = switch (e.kind()) {
					case SQL -> "SQL error";
					case MANDATORY_PARAMETER -> "A required parameter is missing";
					default -> "Not supported";
				};
				SqlErrorPosition.Position p = SqlErrorPosition.locate(m, statement);
				return new QueryProblem(title, SqlErrorPosition.readable(m), statement, p, List.of(), false, kind);
			}
			case HTTP -> {
				int s = e.httpStatus();
				boolean auth = s == 401 || s == 403;
				String title = s == 401 ? "The service refused the credentials (HTTP 401)"
						: s == 403 ? "Access denied (HTTP 403)" : "The service answered HTTP " + s;
				List<String> options = auth ? List.of("ClientID", "ClientSecret", "Scope", "TokenURI") : List.of();
				return new QueryProblem(title, m, statement, null, options, auth || s == 404, kind);
			}
			case IO -> {
				ConnectionException c = cause(e, ConnectionException.class);
				if (c != null) {
					ConnectionProblem cp = c.problem();
					String where = e.url() == null ? "" : "\n(while requesting " + e.url() + ")";
					return ofConnection(cp.kind().name().startsWith("TLS") ? "TLS handshake failed"
							: "Cannot get an access token", cp).withMessage(words(cp) + where);
				}
				return new QueryProblem("Cannot reach the service", m, statement, null, List.of("HostName",
						"ProxyHost", "WSTimeout"), true, kind);
			}
			case MODEL, CONFIG -> {
				return new QueryProblem(e.kind() == EngineException.Kind.MODEL ? "The Model file has an error"
						: "The data source is not set up for queries", m, statement, null, List.of("RestConfigFile",
								"RestSamplePath"), true, kind);
			}
			case PARSE, DATA -> {
				String where = e.url() == null ? "" : "\n" + e.url() + (e.line() > 0 ? " (line " + e.line()
						+ ", column " + e.column() + (e.jsonPath() == null ? "" : ", " + e.jsonPath()) + ")" : "");
				return new QueryProblem(e.kind() == EngineException.Kind.PARSE ? "The response is not the JSON expected"
						: "A value does not fit its column", m + where, statement, null, List.of(), true, kind);
			}
			case CANCELLED -> {
				return new QueryProblem("Cancelled", m, statement, null, List.of(), false, kind);
			}
			default -> {
				return new QueryProblem("Query failed", m, statement, null, List.of(), false, kind);
			}
		}
	}

	private static QueryProblem ofConnection(String title, ConnectionProblem p) {
		return new QueryProblem(title, words(p), null, null, p.options(), true, p.kind().name());
	}

	/** The problem's message and the server's own words; the options to check are shown apart. */
	private static String words(ConnectionProblem p) {
		StringBuilder s = new StringBuilder(p.message());
		p.serverError().ifPresent(e -> s.append("\nServer said: ").append(e));
		p.serverDescription().ifPresent(d -> s.append(p.serverError().isPresent() ? " – " : "\nServer said: ")
				.append(d));
		return s.toString();
	}

	private QueryProblem withMessage(String m) {
		return new QueryProblem(title, m, statement, position, options, fixInDataSource, kind);
	}

	private static <T extends Throwable> T cause(Throwable t, Class<T> type) {
		for (Throwable c = t; c != null; c = c.getCause()) {
			if (type.isInstance(c)) {
				return type.cast(c);
			}
			if (c.getCause() == c) {
				break;
			}
		}
		return null;
	}

	public boolean cancelled() {
		return "CANCELLED".equals(kind);
	}
}
