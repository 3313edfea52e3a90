package io.restdsn.core.dsn;

import java.util.Objects;

/**
 * One option given under two spellings in one DSN (long and short name, or a legacy name), which the connector treats
 * as an error. The first occurrence is the one kept, as Microsoft's driver manager and unixODBC's odbc.ini reader do.
 *
 * @param option     catalog name of the option
 * @param keptKey    spelling of the occurrence kept (the first)
 * @param droppedKey spelling of the occurrence dropped
 * @param sameValue  whether both had the same value (so nothing was lost); the values themselves are never reported
 */
public record Duplicate(String option, String keptKey, String droppedKey, boolean sameValue) {

	public Duplicate {
		Objects.requireNonNull(option, "option");
		Objects.requireNonNull(keptKey, "keptKey");
		Objects.requireNonNull(droppedKey, "droppedKey");
	}

	/** For the import report: says which spelling was dropped and whether its value differed. */
	public String message() {
		return option + " was given twice, as '" + keptKey + "' and as '" + droppedKey + "' ("
				+ (sameValue ? "same value" : "different values") + "); kept the first, '" + keptKey + "', and dropped '"
				+ droppedKey + "'" + (sameValue ? "." : ": check that " + option + " has the value you want.");
	}
}
