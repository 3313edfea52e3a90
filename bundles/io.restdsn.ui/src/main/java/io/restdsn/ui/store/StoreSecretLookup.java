package io.restdsn.ui.store;

import java.io.IOException;
import java.util.NoSuchElementException;
import java.util.Optional;

import io.restdsn.http.SecretLookup;

/**
 * The HTTP layer's {@link SecretLookup} over the UI's {@link DsnStore}: a DSN's secret options come from wherever
 * the store keeps them (the secret keeper today, Eclipse secure storage once branch {@code secure} is merged), so the
 * query window never copies secrets anywhere itself.
 * <p>
 * Blocks on the store like every store call: the HTTP layer only asks from its own (non-UI) threads.
 */
public final class StoreSecretLookup implements SecretLookup {

	private final DsnStore store;

	public StoreSecretLookup(DsnStore store) {
		this.store = store;
	}

	@Override
	public Optional<String> secret(String dsnName, String option) {
		try {
			return store.load(dsnName).get(option).filter(v -> !v.isEmpty());
		} catch (IOException | NoSuchElementException e) {
			return Optional.empty();
		}
	}
}
