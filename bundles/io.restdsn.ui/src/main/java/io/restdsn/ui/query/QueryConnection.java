package io.restdsn.ui.query;

import java.io.IOException;

import io.restdsn.core.dsn.Dsn;
import io.restdsn.engine.EngineOptions;
import io.restdsn.engine.RestEngine;
import io.restdsn.engine.RestSession;
import io.restdsn.engine.SchemaInfo;
import io.restdsn.http.ConnectionException;
import io.restdsn.http.RestClientFactory;
import io.restdsn.http.okhttp.OkHttpRestClient;
import io.restdsn.http.okhttp.OkHttpRestClients;
import io.restdsn.ui.store.DsnStore;
import io.restdsn.ui.store.StoreSecretLookup;

/**
 * The engine session of one query window: opened on first use from the DSN as the store has it now (options from
 * odbc.ini, secrets through a {@link StoreSecretLookup}) and the application's HTTP runtime, so the token cache and
 * connection pool are shared with everything else; closed with the window or when the DSN changes.
 * <p>
 * Every method but {@link #isOpen()} blocks (store, HTTP for sampling, the local database): call them from Jobs.
 */
public final class QueryConnection {

	private final String dsnName;
	private final DsnStore store;
	private final RestClientFactory http;
	private RestSession session;
	private OkHttpRestClient client;
	private Dsn opened;
	private boolean closed;

	public QueryConnection(String dsnName, DsnStore store, RestClientFactory http) {
		this.dsnName = dsnName;
		this.store = store;
		this.http = http;
	}

	public String dsnName() {
		return dsnName;
	}

	/** The session, opening it if needed. No HTTP request is made by opening. */
	public synchronized RestSession session() throws IOException, ConnectionException {
		if (closed) {
			throw new IllegalStateException("the query window was closed");
		}
		if (session == null) {
			Dsn dsn = store.load(dsnName);
			OkHttpRestClient c = OkHttpRestClients.forDsn(http, dsn, new StoreSecretLookup(store));
			session = RestEngine.open(dsn, c.authorizedClient(), EngineOptions.defaults()
					.withReauthenticator(c::invalidateToken));
			client = c;
			opened = dsn;
		}
		return session;
	}

	/** The schema (the first call samples short-form tables, which sends requests). */
	public SchemaInfo schema() throws IOException, ConnectionException {
		return session().schema();
	}

	public synchronized boolean isOpen() {
		return session != null;
	}

	/**
	 * Forgets the session when the store now holds other options or secrets for the DSN than it was opened with (the
	 * store reports changes to any DSN); a DSN that is gone counts as changed.
	 *
	 * @return whether the session was forgotten
	 */
	public boolean resetIfChanged() {
		Dsn used;
		synchronized (this) {
			used = opened;
		}
		if (used != null) {
			try {
				if (used.equals(store.load(dsnName))) {
					return false;
				}
			} catch (IOException | RuntimeException e) {
				// unreadable or deleted: start again, the next use reports why
			}
		}
		reset();
		return true;
	}

	/**
	 * Forgets the session (after the DSN was edited): the next use opens a new one with the new options. The cached
	 * token is dropped too, since the credentials may have changed.
	 */
	public void reset() {
		RestSession old;
		synchronized (this) {
			old = session;
			session = null;
			opened = null;
			if (client != null) {
				client.invalidateToken();
				client = null;
			}
		}
		if (old != null) {
			old.close();
		}
	}

	/** Closes the session for good (releases the local database's temporary files). */
	public void close() {
		synchronized (this) {
			closed = true;
		}
		reset();
	}
}
