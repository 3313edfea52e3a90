package io.restdsn.secure.registry;

import java.util.List;

/**
 * Secrets in secure storage for a DSN that the odbc.ini no longer has (deleted or renamed by another program).
 *
 * @param dsn     the DSN name the secrets were stored under
 * @param options the secret options stored (names only)
 */
public record OrphanedSecrets(String dsn, List<String> options) {

	public OrphanedSecrets {
		options = List.copyOf(options);
	}
}
