package io.restdsn.core.validation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * What the validator may ask about the world outside the DSN. Passed in so tests need no files and so the editor can
 * say which secrets are already in secure storage (a secret kept there is set, although the DSN itself lacks it).
 *
 * @param fileExists   whether a PATH option's file exists
 * @param secretStored whether secure storage holds a value for a secret option (catalog name) of this DSN
 */
public record Validation(Predicate<Path> fileExists, Predicate<String> secretStored) {

	public Validation {
		Objects.requireNonNull(fileExists, "fileExists");
		Objects.requireNonNull(secretStored, "secretStored");
	}

	/** Files are checked on the local file system; no secret is in secure storage. */
	public static Validation defaults() {
		return new Validation(Files::isRegularFile, name -> false);
	}

	public Validation withFileExists(Predicate<Path> check) {
		return new Validation(check, secretStored);
	}

	public Validation withSecretStored(Predicate<String> check) {
		return new Validation(fileExists, check);
	}
}
