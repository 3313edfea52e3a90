/**
 * The OkHttp face of this bundle, for bundles that use OkHttp themselves (the query engine): inject the shared
 * {@code OkHttpClient} with {@link io.restdsn.http.okhttp.OkHttpRestClients#factory} and get a DSN's authorized client
 * from {@link io.restdsn.http.okhttp.OkHttpRestClient#authorizedClient()}. Kept apart so the main API package carries
 * no OkHttp types.
 */
package io.restdsn.http.okhttp;
