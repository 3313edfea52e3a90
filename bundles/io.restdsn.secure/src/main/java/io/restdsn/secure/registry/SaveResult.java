package io.restdsn.secure.registry;

import java.util.List;

/**
 * What a save did. Lists name options, never values.
 *
 * @param name           the DSN as saved
 * @param created        whether the DSN was new in the odbc.ini
 * @param storedSecrets  secret options written to secure storage
 * @param removedSecrets secret options removed from secure storage
 * @param movedFromIni   secret options that were in clear in the odbc.ini and now live only in secure storage
 */
public record SaveResult(String name, boolean created, List<String> storedSecrets, List<String> removedSecrets,
		List<String> movedFromIni) {

	public SaveResult {
		storedSecrets = List.copyOf(storedSecrets);
		removedSecrets = List.copyOf(removedSecrets);
		movedFromIni = List.copyOf(movedFromIni);
	}
}
