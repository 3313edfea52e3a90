package io.restdsn.core.options;

import java.util.Arrays;
import java.util.Optional;

/**
 * How the client id and secret reach the token endpoint in the client credentials grant (ClientCredentialsMode).
 * The connector keeps 0 and 1 apart although both send HTTP Basic, because older DSNs distinguish "default" from
 * "explicitly Basic".
 */
public enum ClientCredentialsMode {
	DEFAULT(0, "Default: HTTP Basic header (RFC 6749 §2.3.1)"),
	BASIC(1, "HTTP Basic header"),
	URL(2, "Query parameters of the token URL (not recommended: secrets end up in logs)"),
	POST_BODY(3, "Form fields in a POST body (needs POST)");

	private final int code;
	private final String explanation;

	ClientCredentialsMode(int code, String explanation) {
		this.code = code;
		this.explanation = explanation;
	}

	public int code() {
		return code;
	}

	public String value() {
		return Integer.toString(code);
	}

	/** One line for the editor. */
	public String explanation() {
		return explanation;
	}

	/** True when id and secret travel in an {@code Authorization: Basic} header. */
	public boolean usesBasicHeader() {
		return this == DEFAULT || this == BASIC;
	}

	public static Optional<ClientCredentialsMode> fromCode(int code) {
		return Arrays.stream(values()).filter(m -> m.code == code).findFirst();
	}

	/** Parses an option value; blank means the default. */
	public static Optional<ClientCredentialsMode> fromValue(String value) {
		if (value == null || value.isBlank()) {
			return Optional.of(DEFAULT);
		}
		String v = value.trim();
		return v.matches("[0-9]") ? fromCode(Integer.parseInt(v)) : Optional.empty();
	}
}
