/**
 * HTTP for RestDSN data sources, free of OkHttp and Jackson types so the UI and CLI can use it directly.
 * <p>
 * Start with {@link io.restdsn.http.RestClientFactory} (one per application): {@code forDsn} gives a
 * {@link io.restdsn.http.RestClient}; {@code connectionTest} and {@code tokenOperation} give single-use operations that
 * take a {@link io.restdsn.http.Progress} and return immutable results. Failures are
 * {@link io.restdsn.http.ConnectionException}s whose {@link io.restdsn.http.ConnectionProblem} names the option to
 * change. Secrets come from the DSN or a {@link io.restdsn.http.SecretLookup} and leave only through a
 * {@link io.restdsn.http.Redactor}.
 */
package io.restdsn.http;
