package io.restdsn.core.ini;

import java.util.Optional;

/**
 * A DSN name, option name or value that unixODBC would read back differently, refused before anything is written.
 * <p>
 * Unchecked because it reports a caller's input that {@link IniValueRules} could have checked beforehand.
 */
public final class IniValueException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	private final String dsnName;
	private final String option;

	public IniValueException(String dsnName, String option, String message) {
		super(message);
		this.dsnName = dsnName;
		this.option = option;
	}

	/** The DSN being written. */
	public String dsnName() {
		return dsnName;
	}

	/** The option at fault; empty when the DSN name itself is at fault. */
	public Optional<String> option() {
		return Optional.ofNullable(option);
	}
}
