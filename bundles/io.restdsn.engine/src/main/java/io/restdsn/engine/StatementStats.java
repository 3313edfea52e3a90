package io.restdsn.engine;

import java.util.List;

/**
 * What one statement cost. A snapshot: {@link QueryStatement#stats()} may be polled while the statement runs.
 *
 * @param httpCalls        requests sent to the service (retries included)
 * @param pagesFromCache   pages served from the session cache instead of the service
 * @param rowsFetched      rows extracted from responses (all tables the statement needed)
 * @param bytesReceived    response body bytes received from the service (cache hits excluded)
 * @param retries          requests repeated after 429/5xx/network errors
 * @param tablesReused     tables the local SQL engine still held from an earlier statement with the same
 *                         requests (within the cache time-to-live), so nothing was fetched for them
 * @param elapsedMillis    time since execution started: until the result was ready (H2, aggregates) or until the
 *                         last row was read (streamed results)
 * @param callLimitReached paging stopped because of StmtCallLimit: the result may be incomplete
 * @param executionPath    {@code "streaming"} (rows straight from the responses) or {@code "h2"} (local SQL)
 * @param requests         the first requests, as {@code METHOD url}, for a request log
 */
public record StatementStats(long httpCalls, long pagesFromCache, long rowsFetched, long bytesReceived, long retries,
		long tablesReused, long elapsedMillis, boolean callLimitReached, String executionPath, List<String> requests) {

	public StatementStats {
		requests = List.copyOf(requests);
	}

	/** True when cached pages or already loaded tables answered part of the statement. */
	public boolean usedCache() {
		return pagesFromCache > 0 || tablesReused > 0;
	}
}
