package io.restdsn.engine;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.restdsn.core.dsn.Dsn;
import io.restdsn.engine.internal.EngineSession;
import okhttp3.OkHttpClient;

/**
 * Entry point: opens a {@link RestSession} for a DSN.
 * <p>
 * The caller passes the HTTP client ready to use (authorization, TLS, proxy, timeouts are the HTTP layer's
 * business); the engine only derives a client with WSTimeout as read timeout when the DSN sets it. These are the
 * only public signatures with OkHttp or Jackson types.
 */
public final class RestEngine {

	private static final ObjectMapper DEFAULT_MAPPER = new ObjectMapper();

	private RestEngine() {
	}

	/**
	 * Opens a session. Reads the Model file named by RestConfigFile (or prepares to sample RestSamplePath); no
	 * HTTP request is made until the schema or a query is needed.
	 *
	 * @throws EngineException {@code CONFIG} or {@code MODEL} when the DSN or its Model cannot be used
	 */
	public static RestSession open(Dsn dsn, OkHttpClient client, EngineOptions options) {
		return open(dsn, client, DEFAULT_MAPPER, options);
	}

	public static RestSession open(Dsn dsn, OkHttpClient client) {
		return open(dsn, client, EngineOptions.defaults());
	}

	/** With the application's shared {@link ObjectMapper} (used for error bodies and POST bodies). */
	public static RestSession open(Dsn dsn, OkHttpClient client, ObjectMapper mapper, EngineOptions options) {
		return EngineSession.open(dsn, client, mapper, options);
	}
}
