package io.restdsn.core.connstr;

import java.util.Locale;
import java.util.Objects;

/**
 * Something in a connection string (or in a conversion to another product's names) that is wrong or ambiguous.
 * Messages name the option and say what to do; they never quote values, which may be secrets.
 *
 * @param position 1-based character position in the string the problem starts at, 0 when it concerns the whole
 *                 string (a conversion note)
 */
public record ConnectionStringProblem(int position, Severity severity, String message) {

	/** How bad a problem is. */
	public enum Severity {
		ERROR, WARNING
	}

	public ConnectionStringProblem {
		if (position < 0) {
			throw new IllegalArgumentException("position must be >= 0: " + position);
		}
		Objects.requireNonNull(severity, "severity");
		Objects.requireNonNull(message, "message");
	}

	public boolean isError() {
		return severity == Severity.ERROR;
	}

	@Override
	public String toString() {
		String where = position > 0 ? "character " + position + ": " : "";
		return where + severity.name().toLowerCase(Locale.ROOT) + ": " + message;
	}
}
