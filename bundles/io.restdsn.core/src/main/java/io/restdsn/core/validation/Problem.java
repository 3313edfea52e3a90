package io.restdsn.core.validation;

import java.util.Collection;
import java.util.Objects;

/**
 * Something wrong with a DSN, attached to the option the user has to change (the editor decorates that field).
 * Messages say what to do and never contain the value of a secret option.
 *
 * @param severity ERROR: the connection cannot work; WARNING: it may work but is unsafe or non-standard
 * @param option   catalog name of the option to change
 * @param message  one or two sentences: what is wrong and what to do
 */
public record Problem(Severity severity, String option, String message) {

	public enum Severity {
		ERROR, WARNING
	}

	public Problem {
		Objects.requireNonNull(severity, "severity");
		Objects.requireNonNull(option, "option");
		Objects.requireNonNull(message, "message");
	}

	public static Problem error(String option, String message) {
		return new Problem(Severity.ERROR, option, message);
	}

	public static Problem warning(String option, String message) {
		return new Problem(Severity.WARNING, option, message);
	}

	public boolean isError() {
		return severity == Severity.ERROR;
	}

	/** Whether any of the problems stops the DSN from working. */
	public static boolean anyError(Collection<Problem> problems) {
		return problems.stream().anyMatch(Problem::isError);
	}

	@Override
	public String toString() {
		return severity + " " + option + ": " + message;
	}
}
