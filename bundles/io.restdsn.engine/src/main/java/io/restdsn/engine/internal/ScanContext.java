package io.restdsn.engine.internal;

import com.fasterxml.jackson.core.JsonFactory;

/** What every table scan of one statement shares: HTTP, cancel signal, statistics, call budget. */
record ScanContext(HttpExecutor http, JsonFactory json, CancelToken cancel, StatsCollector stats, CallBudget budget,
		boolean refresh) {
}
