package io.restdsn.http;

/**
 * Requests on behalf of one DSN: its TLS, proxy and timeout options applied, its credentials added (the access token
 * from a per-DSN cache for OAuth), credentials kept away from other hosts.
 * <p>
 * Cheap to create and thread-safe; holds no connection of its own (connections are pooled by the factory's shared
 * client). Obtained from {@link RestClientFactory#forDsn}. Bundles that speak OkHttp themselves (the engine) get the
 * underlying authorized {@code OkHttpClient} through {@code io.restdsn.http.okhttp.OkHttpRestClient}.
 */
public interface RestClient {

	/** The DSN's name. */
	String dsnName();

	/**
	 * GETs a URL with {@code Accept: application/json} and reads the whole body (up to {@link RestResponse#MAX_BODY}).
	 *
	 * @param urlOrPath an absolute URL, or a path relative to the DSN's HostName
	 * @throws ConnectionException for a transport failure, a token failure, or a status other than 2xx (the problem
	 *         names the option to change)
	 * @throws java.util.concurrent.CancellationException when {@code progress} was canceled; the call is canceled too
	 */
	RestResponse get(String urlOrPath, Progress progress) throws ConnectionException;

	/**
	 * The access token the DSN's requests currently use, fetching one when none is cached or it is about to expire.
	 *
	 * @throws ConnectionException when the DSN's AuthenticationMethod uses no token endpoint, or fetching fails
	 */
	TokenInfo token(Progress progress) throws ConnectionException;

	/** Forgets the cached token, so the next request fetches a new one (after the user changed it at the provider). */
	void invalidateToken();

	/** The redactor that knows this DSN's secrets: use it for anything about this DSN that people will see. */
	Redactor redactor();
}
