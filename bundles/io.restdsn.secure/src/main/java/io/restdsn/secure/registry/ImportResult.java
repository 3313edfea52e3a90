package io.restdsn.secure.registry;

import java.util.Optional;

/**
 * What an import did.
 *
 * @param requestedName the DSN's name in the source
 * @param saved         how it was saved; empty when it was skipped because the name was taken
 */
public record ImportResult(String requestedName, Optional<SaveResult> saved) {

	public boolean skipped() {
		return saved.isEmpty();
	}

	/** The name the DSN was saved under (differs from {@link #requestedName()} after {@link OnConflict#RENAME}). */
	public Optional<String> savedAs() {
		return saved.map(SaveResult::name);
	}
}
