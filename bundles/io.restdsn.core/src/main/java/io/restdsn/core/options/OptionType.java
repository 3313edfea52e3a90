package io.restdsn.core.options;

/**
 * What kind of value an option holds. The editor picks its widget from it and the validator its syntax check, so a
 * new option only needs the right type to be edited and checked correctly.
 */
public enum OptionType {
	/** Free text. */
	TEXT,
	/** Text that must never be shown, logged or written to a plain file without the user's consent. */
	SECRET,
	/** One of a fixed list of values ({@link OptionDef#choices()}). */
	ENUM,
	/** A whole number, optionally bounded ({@link OptionDef#min()}, {@link OptionDef#max()}). */
	INTEGER,
	/** {@code 1} or {@code 0}, as the connector writes flags. */
	BOOLEAN,
	/** A URL (absolute, or relative to HostName where the connector allows it). */
	URL,
	/** A file on the machine that runs the connector. */
	PATH,
	/** An HTTP header name (an RFC 9110 token). */
	HEADER_NAME
}
