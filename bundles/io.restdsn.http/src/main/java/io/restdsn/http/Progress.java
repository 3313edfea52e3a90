package io.restdsn.http;

import java.util.function.BooleanSupplier;

/**
 * What a long HTTP operation reports while it runs, and how it learns that the user gave up.
 * <p>
 * Deliberately tiny so that this bundle needs no Eclipse API: the UI adapts an {@code IProgressMonitor} to it (one
 * {@code SubMonitor.split} per stage), the CLI adapts Ctrl-C, the engine adapts {@code Call.isCanceled()}.
 * Operations call {@link #beginStage} on the thread that called {@code run}; {@link #isCanceled} may be polled from
 * any thread, about every 50 ms while a request is in flight, so it must be cheap and thread-safe.
 */
public interface Progress {

	/** Reports nothing and is never canceled. */
	Progress NONE = of(() -> false);

	/** A stage of the operation starts (a human-readable name such as "Requesting an access token"). */
	void beginStage(String name);

	/** True once the caller wants the operation to stop; the operation then cancels its HTTP call. */
	boolean isCanceled();

	/** A progress that reports nothing and is canceled when {@code canceled} says so. */
	static Progress of(BooleanSupplier canceled) {
		return new Progress() {
			@Override
			public void beginStage(String name) {
				// nobody to tell
			}

			@Override
			public boolean isCanceled() {
				return canceled.getAsBoolean();
			}
		};
	}
}
