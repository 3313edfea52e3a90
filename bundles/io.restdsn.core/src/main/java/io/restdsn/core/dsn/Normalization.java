package io.restdsn.core.dsn;

import java.util.List;
import java.util.Objects;

/**
 * What {@link DsnNormalizer} made of a DSN.
 *
 * @param dsn        the normalized DSN
 * @param notes      one line per change ("Renamed 'o2tu' to 'TokenURI'."), for the import report; never a value of a
 *                   secret option
 * @param duplicates options that were given twice; the later occurrence is not in {@link #dsn()}
 */
public record Normalization(Dsn dsn, List<String> notes, List<Duplicate> duplicates) {

	public Normalization {
		Objects.requireNonNull(dsn, "dsn");
		notes = List.copyOf(notes);
		duplicates = List.copyOf(duplicates);
	}

	/** Whether the normalized DSN differs from the input. */
	public boolean changed() {
		return !notes.isEmpty() || !duplicates.isEmpty();
	}
}
