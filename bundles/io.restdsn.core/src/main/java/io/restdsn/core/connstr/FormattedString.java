package io.restdsn.core.connstr;

import java.util.List;
import java.util.Objects;

/**
 * A DSN written in another product's form, with notes on what that form cannot express (so the user learns it
 * before the other product silently ignores an option).
 */
public record FormattedString(String text, List<ConnectionStringProblem> notes) {

	public FormattedString {
		Objects.requireNonNull(text, "text");
		notes = List.copyOf(notes);
	}
}
