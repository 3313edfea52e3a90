package io.restdsn.ui.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import io.restdsn.engine.EngineException;
import io.restdsn.engine.QueryStatement;
import io.restdsn.engine.ResultCursor;
import io.restdsn.engine.RestSession;
import io.restdsn.engine.StatementStats;
import io.restdsn.ui.UiPlugin;
import io.restdsn.ui.results.ResultColumn;
import io.restdsn.ui.results.ResultRows;

/**
 * Runs one statement and reads its cursor into {@link ResultRows}, in a Job: the UI thread never waits for the
 * engine. Rows are announced to the window as they arrive — the first ones as soon as the first page is parsed, then
 * at most every {@link #PUBLISH_INTERVAL_NANOS}, so the grid grows smoothly without a repaint per row.
 * <p>
 * Cancel ({@link #cancel()} or the progress view) reaches the engine's {@link QueryStatement#cancel()}, which
 * cancels the HTTP call in flight; the rows fetched so far stay.
 */
final class QueryRun extends Job {

	/** Family of query jobs (connect, schema, run, export), so tests and shutdown can find them. */
	static final Object JOB_FAMILY = QueryEditor.JOB_FAMILY;
	static final long PUBLISH_INTERVAL_NANOS = 100_000_000L;
	static final String ROW_LIMIT = "row limit";
	static final String OUT_OF_MEMORY = "out of memory";

	/** What the window hears, on the job's thread (it marshals to the UI thread itself). */
	interface Listener {
		/** The statement was prepared: stats can be polled, cancel reaches it. */
		void started(QueryStatement statement);

		/** The result has columns: the grid can be built. */
		void columns(ResultRows rows);

		/** More rows are stored in the {@link ResultRows} given before. */
		void rowsAdded();

		void finished(Outcome outcome);
	}

	/**
	 * How a run ended.
	 *
	 * @param problem      why it failed, or {@code null} (also {@code null} when cancelled)
	 * @param firstRowNanos {@link System#nanoTime()} when the first row was read (first page parsed), or 0
	 * @param executedNanos when {@code execute()} returned (the first page of a streamed result is parsed then)
	 */
	/**
	 * @param limited why fetching stopped before the last row ({@link #ROW_LIMIT}, {@link #OUT_OF_MEMORY}), or
	 *                {@code null}
	 */
	record Outcome(String sql, ResultRows rows, StatementStats stats, QueryProblem problem, boolean cancelled,
			long startNanos, long executedNanos, long firstRowNanos, long endNanos, String limited) {

		int rowCount() {
			return rows == null ? 0 : rows.size();
		}

		double seconds() {
			return (endNanos - startNanos) / 1e9;
		}
	}

	private final QueryConnection connection;
	private final String sql;
	private final boolean refresh;
	private final int maxRows;
	private final Listener listener;
	private volatile QueryStatement statement;
	private volatile boolean cancelRequested;
	private volatile boolean lowPriority;

	/** @param maxRows rows kept at most: fetching stops there ({@link Outcome#limited()}) */
	QueryRun(QueryConnection connection, String sql, boolean refresh, int maxRows, Listener listener) {
		super("Running query on " + connection.dsnName());
		this.maxRows = Math.max(1, maxRows);
		this.connection = connection;
		this.sql = sql;
		this.refresh = refresh;
		this.listener = listener;
		setUser(false);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == JOB_FAMILY;
	}

	@Override
	protected void canceling() {
		cancelRequested = true;
		QueryStatement s = statement;
		if (s != null) {
			s.cancel();
		}
	}

	/** Live statistics, or {@code null} before the statement exists. */
	StatementStats stats() {
		QueryStatement s = statement;
		return s == null ? null : s.stats();
	}

	/**
	 * Reads in a thread of its own at {@link BackgroundPriority lower priority} (Jobs' worker threads are shared, and
	 * a thread's priority cannot be raised again), and waits for it; cancel reaches the statement either way.
	 */
	@Override
	protected IStatus run(IProgressMonitor monitor) {
		IStatus[] result = { Status.OK_STATUS };
		Thread reader = new Thread(() -> {
			lowPriority = BackgroundPriority.lowerCurrentThread();
			result[0] = read(monitor);
		}, "RestDSN query reader (" + connection.dsnName() + ")");
		reader.setDaemon(true);
		reader.start();
		boolean interrupted = false;
		while (reader.isAlive()) {
			try {
				reader.join();
			} catch (InterruptedException e) {
				interrupted = true; // the reader ends on its own once cancelled; wait for it to publish the outcome
			}
		}
		if (interrupted) {
			Thread.currentThread().interrupt();
		}
		return result[0];
	}

	/** Whether the last reader thread runs at lower priority (for tests). */
	boolean ranAtLowPriority() {
		return lowPriority;
	}

	private IStatus read(IProgressMonitor monitor) {
		long start = System.nanoTime();
		long executed = 0;
		long firstRow = 0;
		ResultRows rows = null;
		QueryProblem problem = null;
		String limited = null;
		remember();
		try {
			RestSession session = connection.session();
			QueryStatement st = session.prepare(sql).refresh(refresh);
			statement = st;
			listener.started(st);
			if (cancelRequested || monitor.isCanceled()) {
				st.cancel();
			}
			try (ResultCursor cursor = st.execute()) {
				executed = System.nanoTime();
				int n = cursor.columnCount();
				List<ResultColumn> columns = new ArrayList<>(n);
				for (int i = 0; i < n; i++) {
					columns.add(new ResultColumn(cursor.columnName(i), cursor.columnType(i), cursor.columnTypeName(i)));
				}
				rows = new ResultRows(columns);
				listener.columns(rows);
				long lastPublish = 0;
				while (cursor.next()) {
					Object[] row = new Object[n];
					for (int i = 0; i < n; i++) {
						row[i] = cursor.getObject(i);
					}
					rows.append(row);
					long now = System.nanoTime();
					if (firstRow == 0) {
						firstRow = now;
						// the whole first page is parsed: let the rows of it that are already read show now
						listener.rowsAdded();
						lastPublish = now;
					} else if (now - lastPublish >= PUBLISH_INTERVAL_NANOS) {
						listener.rowsAdded();
						lastPublish = now;
					}
					if (cancelRequested) {
						st.cancel();
						break;
					}
					if (rows.size() >= maxRows) {
						limited = ROW_LIMIT;
						break; // closing the cursor ends the statement
					}
				}
			} catch (OutOfMemoryError e) {
				// the rows so far fill the heap: stop here and keep them (the row being read is dropped), rather than
				// let the error end the reader and leave the window waiting
				limited = OUT_OF_MEMORY;
			}
		} catch (EngineException e) {
			if (e.kind() != EngineException.Kind.CANCELLED) {
				problem = QueryProblem.of(e, sql);
			}
		} catch (Exception e) {
			problem = QueryProblem.of(e, sql);
		}
		QueryStatement st = statement;
		boolean cancelled = problem == null && limited == null && (cancelRequested || st != null && st.isCancelled());
		listener.finished(new Outcome(sql, rows, st == null ? null : st.stats(), problem, cancelled, start, executed,
				firstRow, System.nanoTime(), limited));
		return Status.OK_STATUS;
	}

	/** Adds the statement to the DSN's history (a file write: here, off the UI thread). */
	private void remember() {
		try {
			new QueryHistory(UiPlugin.getDefault().queryHistoryDirectory()).add(connection.dsnName(), sql,
					Instant.now());
		} catch (Exception e) {
			UiPlugin.getDefault().getLog().warn("Could not save the query history of " + connection.dsnName(), e);
		}
	}

	/** Asks the run to stop; returns at once. */
	void stop() {
		cancel();
		canceling();
	}
}
