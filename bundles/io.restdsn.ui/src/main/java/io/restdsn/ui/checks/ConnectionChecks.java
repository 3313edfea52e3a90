package io.restdsn.ui.checks;

import java.util.concurrent.CancellationException;

import org.eclipse.core.runtime.IProgressMonitor;

import io.restdsn.core.dsn.Dsn;

/**
 * "Test connection" and "Get token now" as the editor and the wizard need them.
 * <p>
 * <b>Seam.</b> The real implementation adapts {@code io.restdsn.http}'s {@code ConnectionTest} and
 * {@code TokenOperation} (single-use operations taking a progress callback) to these UI-side results; that bundle is
 * not in the build yet, so {@link #unavailable()} is what {@code UiPlugin} hands out and the buttons show disabled
 * with {@link #unavailableReason()} as their tooltip. Both operations block on the network: run them in a Job or a
 * forked runnable, never on the UI thread; canceling {@code monitor} must cancel the call in flight.
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
	 * Fetches a fresh access token and describes it.
	 *
	 * @throws CheckFailedException with a message that says which option to change
	 * @throws CancellationException when {@code monitor} was canceled
	 */
	TokenSummary fetchToken(Dsn dsn, IProgressMonitor monitor) throws CheckFailedException;

	/** The stand-in while {@code io.restdsn.http} is missing: nothing can run. */
	static ConnectionChecks unavailable() {
		return UnavailableChecks.INSTANCE;
	}
}
