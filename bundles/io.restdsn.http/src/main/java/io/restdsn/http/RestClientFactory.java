package io.restdsn.http;

import java.util.Optional;
import java.util.function.Function;

import io.restdsn.core.dsn.Dsn;
import io.restdsn.http.internal.DefaultRestClientFactory;
import io.restdsn.http.internal.HttpContext;

/**
 * The application's one HTTP runtime: a shared connection pool and dispatcher, the per-DSN token caches and the
 * operations that use them. Create one per application (the UI and the CLI each keep one for their lifetime) and
 * {@link #close()} it on shutdown.
 * <p>
 * A DSN's clients are derived from the shared client (OkHttp's {@code newBuilder()}), so they share connections while
 * each applies its own TLS, proxy and timeout options. To inject an existing {@code OkHttpClient}, use
 * {@code io.restdsn.http.okhttp.OkHttpRestClients.factory(...)}.
 */
public interface RestClientFactory extends AutoCloseable {

	/** A factory with its own shared OkHttpClient. */
	static RestClientFactory create() {
		return new DefaultRestClientFactory(HttpContext.standalone());
	}

	/**
	 * A client for the DSN. Reads and checks the DSN's options now, so a malformed option is reported here rather than
	 * on the first request. Tokens are cached per DSN (name and option values) across clients of this factory.
	 *
	 * @throws ConnectionException with {@link ConnectionProblem.Kind#CONFIGURATION} when an option is missing or
	 *         malformed (unreadable TrustStore, AuthHeader without SecurityToken, unsupported AuthenticationMethod…)
	 */
	RestClient forDsn(Dsn dsn, SecretLookup secrets) throws ConnectionException;

	/**
	 * A staged test of the DSN (single use).
	 *
	 * @param firstDataUrl finds the first table's URL in the DSN's Model file; consulted only when the DSN has neither
	 *        HealthURI nor RestSamplePath ({@link ConnectionTest#NO_MODEL} until the engine can supply it)
	 */
	ConnectionTest connectionTest(Dsn dsn, SecretLookup secrets, Function<Dsn, Optional<String>> firstDataUrl);

	/** Obtains a fresh token for the DSN now (single use), for {@code restdsn token} and "Get token now". */
	TokenOperation tokenOperation(Dsn dsn, SecretLookup secrets);

	/** Stops the factory's threads and closes idle connections; clients obtained from it must not be used after. */
	@Override
	void close();
}
