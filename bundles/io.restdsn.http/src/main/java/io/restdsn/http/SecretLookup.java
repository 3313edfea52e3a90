package io.restdsn.http;

import java.util.Optional;

/**
 * Where this bundle gets a DSN's secrets (ClientSecret, SecurityToken, passwords) that are not in the {@link
 * io.restdsn.core.dsn.Dsn} itself.
 * <p>
 * An interface the caller passes in rather than a dependency on secure storage: the UI and CLI back it with the
 * {@code SecretStore}, tests with a map. A value present in the DSN (just typed or imported) wins over the lookup.
 * Implementations may block (secure storage may ask for a master password), which is why they are never called on
 * the UI thread by this bundle's operations.
 */
@FunctionalInterface
public interface SecretLookup {

	/** Finds nothing: only secrets stored in the DSN itself are used. */
	SecretLookup NONE = (dsnName, option) -> Optional.empty();

	/**
	 * @param dsnName the DSN's name
	 * @param option the option's catalog spelling, e.g. {@code ClientSecret}
	 * @return the secret, or empty when none is stored
	 */
	Optional<String> secret(String dsnName, String option);
}
