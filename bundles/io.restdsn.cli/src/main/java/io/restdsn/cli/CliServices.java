package io.restdsn.cli;

import java.util.Optional;
import java.util.function.Function;

import io.restdsn.core.dsn.Dsn;
import io.restdsn.http.RestClientFactory;
import io.restdsn.http.SecretLookup;

/**
 * The long-lived services commands share in one run (the HTTP client factory, secret lookup), created on first use
 * and closed when the command returns.
 */
final class CliServices implements AutoCloseable {

	private RestClientFactory http;

	RestClientFactory http() {
		if (http == null) {
			http = RestClientFactory.create();
		}
		return http;
	}

	/** Secrets of saved DSNs, from secure storage; a DSN given with --string carries its own. */
	SecretLookup secrets(CliContext ctx) {
		return new StoredSecrets(ctx);
	}

	/** The first table's URL of the DSN's Model file, for the connection test's data stage. */
	Function<Dsn, Optional<String>> firstDataUrl() {
		return dsn -> Optional.empty();
	}

	@Override
	public void close() {
		if (http != null) {
			http.close();
		}
	}
}
