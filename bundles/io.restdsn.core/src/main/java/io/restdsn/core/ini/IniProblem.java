package io.restdsn.core.ini;

import java.util.Objects;

/**
 * Something in an odbc.ini file that unixODBC would reject or read differently from what the file seems to say.
 * <p>
 * Messages name the line and say what to do; they never quote values, since a value may be a secret.
 *
 * @param line     1-based line number in the file
 * @param severity {@link Severity#ERROR} when unixODBC rejects the file or misreads a line,
 *                 {@link Severity#WARNING} when it reads the file but not as a person would expect
 * @param message  what is wrong and how to fix it
 */
public record IniProblem(int line, Severity severity, String message) {

	/** How bad a problem is. */
	public enum Severity {
		ERROR, WARNING
	}

	public IniProblem {
		if (line < 1) {
			throw new IllegalArgumentException("line must be >= 1: " + line);
		}
		Objects.requireNonNull(severity, "severity");
		Objects.requireNonNull(message, "message");
	}

	public boolean isError() {
		return severity == Severity.ERROR;
	}

	/** {@code line 3: error: ...}, the form the command line prints. */
	@Override
	public String toString() {
		return "line " + line + ": " + severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + message;
	}
}
