package io.restdsn.http.okhttp;

import io.restdsn.http.RestClient;
import okhttp3.OkHttpClient;

/**
 * A {@link RestClient} that also hands out its OkHttp client, for bundles that use OkHttp directly (the query
 * engine streams pages through it). This package is the only place where OkHttp types cross the bundle's API, so
 * that bundles which do not speak OkHttp (UI, CLI) never see them.
 */
public interface OkHttpRestClient extends RestClient {

	/**
	 * An OkHttp client with the DSN's transport options (TLS, proxy, WSTimeout, LoginTimeout) and its credentials.
	 * <p>
	 * For OAuth DSNs an application interceptor takes the token from the DSN's cache (fetching it once for all
	 * concurrent calls, renewing it shortly before expiry) and, when a data request answers 401, fetches a new token
	 * and repeats the request once; a second 401 is returned to the caller as it is. A network interceptor adds
	 * {@code Authorization} and the DSN's AuthHeader only to requests for the original origin (scheme, host, port):
	 * redirects to another host get no credentials. When no token can be obtained, {@code execute()} throws a
	 * {@link io.restdsn.http.ConnectionException}. Canceling the call also stops waiting for a token.
	 * <p>
	 * Shares the factory's connection pool and dispatcher; do not shut them down. Callers may derive their own
	 * clients with {@code newBuilder()}.
	 */
	OkHttpClient authorizedClient();
}
