package io.restdsn.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import io.restdsn.core.dsn.Dsn;
import io.restdsn.engine.EngineException;
import io.restdsn.engine.EngineOptions;
import io.restdsn.engine.FirstDataUrl;
import io.restdsn.engine.RestEngine;
import io.restdsn.engine.RestSession;
import io.restdsn.http.ConnectionException;
import io.restdsn.http.RestClientFactory;
import io.restdsn.http.SecretLookup;
import io.restdsn.http.okhttp.OkHttpRestClient;
import io.restdsn.http.okhttp.OkHttpRestClients;

/**
 * The long-lived services commands share in one run (the HTTP client factory, secret lookup), created on first use
 * and closed when the command returns.
 */
final class CliServices implements AutoCloseable {

	private RestClientFactory http;
	private final List<RestSession> sessions = new ArrayList<>();

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

	/**
	 * Opens a query-engine session for the DSN with its authorized HTTP client.
	 *
	 * @throws OperationFailedException when the DSN cannot be used (missing option, unreadable Model file)
	 */
	RestSession openSession(CliContext ctx, Dsn dsn) throws OperationFailedException {
		try {
			OkHttpRestClient client = OkHttpRestClients.forDsn(http(), dsn, secrets(ctx));
			RestSession session = RestEngine.open(dsn, client.authorizedClient(),
					EngineOptions.defaults().withReauthenticator(client::invalidateToken));
			sessions.add(session);
			return session;
		} catch (ConnectionException e) {
			throw OperationFailedException.of(e.problem().summary());
		} catch (EngineException e) {
			throw OperationFailedException.of(e.getMessage());
		}
	}

	/** The first table's URL of the DSN's Model file, for the connection test's data stage. */
	Function<Dsn, Optional<String>> firstDataUrl() {
		return FirstDataUrl::of;
	}

	@Override
	public void close() {
		sessions.forEach(RestSession::close);
		if (http != null) {
			http.close();
		}
	}
}
