package io.restdsn.core.export;

import java.util.List;
import java.util.Objects;

/**
 * The exported text and what the reader should know about it (secrets left out, options the target form cannot
 * express). Notes never contain secret values.
 */
public record Export(String text, List<String> notes) {

	public Export {
		Objects.requireNonNull(text, "text");
		notes = List.copyOf(notes);
	}
}
