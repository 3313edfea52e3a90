package io.restdsn.secure.registry;

import java.util.List;

import io.restdsn.core.dsn.Dsn;

/**
 * A DSN as stored, without decrypting anything: what to show in a list or a {@code show} command.
 *
 * @param inIni         the DSN's options exactly as unixODBC reads them from the odbc.ini; may include secrets
 *                      written there in clear by hand or by another tool (see {@code secretsInIni})
 * @param storedSecrets catalog names of the secret options held in secure storage, in catalog order
 * @param secretsInIni  keys of secret options found in clear in the odbc.ini; the next save moves them to secure
 *                      storage
 */
public record DsnEntry(Dsn inIni, List<String> storedSecrets, List<String> secretsInIni) {

	public DsnEntry {
		storedSecrets = List.copyOf(storedSecrets);
		secretsInIni = List.copyOf(secretsInIni);
	}

	public String name() {
		return inIni.name();
	}
}
