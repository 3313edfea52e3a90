package io.restdsn.core.connstr;

import java.util.List;
import java.util.Objects;

import io.restdsn.core.dsn.Dsn;

/**
 * What a connection string says, and what was wrong with it. The DSN holds what could be read even when there are
 * errors, so a caller can show both; it must not be used silently when {@link #hasErrors()}.
 *
 * @param dsn      named after {@code DSN=} when present, else with an empty name
 * @param problems in string order
 */
public record ParsedConnectionString(Dsn dsn, List<ConnectionStringProblem> problems) {

	public ParsedConnectionString {
		Objects.requireNonNull(dsn, "dsn");
		problems = List.copyOf(problems);
	}

	public boolean hasErrors() {
		return problems.stream().anyMatch(ConnectionStringProblem::isError);
	}
}
