package io.restdsn.ui.checks;

import java.util.List;
import java.util.concurrent.CancellationException;

import org.eclipse.core.runtime.IProgressMonitor;

import io.restdsn.core.dsn.Dsn;

/**
 * "Test connection" and "Get token now" as the editor and the wizard need them.
 * <p>
 * <b>Seam.</b> {@link HttpConnectionChecks} adapts {@code io.restdsn.http}'s {@code ConnectionTest} and
 * {@code TokenOperation} (single-use operations taking a progress callback) to these UI-side results, so dialogs
 * never see OkHttp-era types. {@link #unavailable()} stands in where that component is missing: the buttons then
 * show disabled with {@link #unavailableReason()} as their tooltip. Both operations block on the network: run them
 * in a Job or a forked runnable, never on the UI thread; canceling {@code monitor} cancels the call in flight.
 */
public interface ConnectionChecks {

	/** Whether the operations can run at all (the connection-test component is installed). */
	boolean available();

	/** Why they cannot, for a tooltip; empty when {@link #available()}. */
	String unavailableReason();

	/**
	 * Runs the staged connection test.
	 *
	 * @throws CancellationException when {@code monitor} was canceled
	 */
	CheckResult test(Dsn dsn, IProgressMonitor monitor);

	/**
	 * Runs the staged connection test, telling {@code listener} (on the test's thread) as each stage starts. The
	 * default reports nothing and runs {@link #test(Dsn, IProgressMonitor)}.
	 */
	default CheckResult test(Dsn dsn, IProgressMonitor monitor, StageListener listener) {
		return test(dsn, monitor);
	}

	/** The stages {@link #test} runs, in order, before it runs; empty when not known in advance. */
	default List<StageInfo> plannedStages() {
		return List.of();
	}

	/**
	 * Fetches a fresh access token and describes it.
	 *
	 * @throws CheckFailedException with a message that says which option to change
	 * @throws CancellationException when {@code monitor} was canceled
	 */
	TokenSummary fetchToken(Dsn dsn, IProgressMonitor monitor) throws CheckFailedException;

	/** The stand-in where {@code io.restdsn.http} is missing: nothing can run. */
	static ConnectionChecks unavailable() {
		return UnavailableChecks.INSTANCE;
	}
}
