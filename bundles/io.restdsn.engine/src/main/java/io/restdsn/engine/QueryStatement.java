package io.restdsn.engine;

/**
 * One SQL statement of a session, executed once. Another thread may {@link #cancel()} it at any time: the
 * in-flight HTTP call is cancelled (the socket closes), waits end, and {@link #execute()} or the cursor's
 * {@code next()} throws an {@link EngineException} of kind {@code CANCELLED}. The session stays usable.
 */
public interface QueryStatement {

	String sql();

	/** Bypass the page cache: every page is fetched again (and the cache refreshed). Default false. */
	QueryStatement refresh(boolean bypassCache);

	/**
	 * Runs the statement: fetches what the query needs and returns the cursor. Blocking; run it off the UI
	 * thread.
	 */
	ResultCursor execute();

	/** Cancels the statement; returns at once. */
	void cancel();

	boolean isCancelled();

	/** Live statistics. */
	StatementStats stats();
}
