package io.restdsn.http.okhttp;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.restdsn.core.dsn.Dsn;
import io.restdsn.http.ConnectionException;
import io.restdsn.http.RestClientFactory;
import io.restdsn.http.SecretLookup;
import io.restdsn.http.internal.DefaultRestClientFactory;
import io.restdsn.http.internal.HttpContext;
import okhttp3.OkHttpClient;

/** Entry points for bundles that use OkHttp directly: inject the shared client, get an authorized one. */
public final class OkHttpRestClients {

	private OkHttpRestClients() {
	}

	/**
	 * A factory over an existing shared client (and object mapper), so the whole application uses one connection pool
	 * and dispatcher. {@link RestClientFactory#close()} then leaves {@code shared} alone.
	 */
	public static RestClientFactory factory(OkHttpClient shared, ObjectMapper mapper) {
		return new DefaultRestClientFactory(HttpContext.over(shared, mapper));
	}

	/**
	 * The DSN's client as an {@link OkHttpRestClient}.
	 *
	 * @throws ConnectionException when an option is missing or malformed (see {@link RestClientFactory#forDsn})
	 * @throws IllegalArgumentException when {@code factory} was not created by this bundle
	 */
	public static OkHttpRestClient forDsn(RestClientFactory factory, Dsn dsn, SecretLookup secrets)
			throws ConnectionException {
		if (!(factory instanceof DefaultRestClientFactory f)) {
			throw new IllegalArgumentException("not a factory of io.restdsn.http: " + factory);
		}
		return f.forDsn(dsn, secrets);
	}
}
