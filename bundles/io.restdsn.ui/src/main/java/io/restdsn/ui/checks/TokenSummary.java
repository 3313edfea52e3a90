package io.restdsn.ui.checks;

import java.util.List;

/**
 * What "Get token now" shows: never the token itself.
 *
 * @param tokenType    e.g. {@code Bearer}
 * @param expiry       human text, e.g. "in 59 min (at 14:05)" or "not stated by the server"
 * @param grantedScope the scope granted, or an empty string
 * @param notes        deviations from RFC 6749 that were tolerated
 */
public record TokenSummary(String tokenType, String expiry, String grantedScope, List<String> notes) {

	public TokenSummary {
		notes = List.copyOf(notes);
	}
}
