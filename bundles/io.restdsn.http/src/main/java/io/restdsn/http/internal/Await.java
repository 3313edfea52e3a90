package io.restdsn.http.internal;

import java.io.IOException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.restdsn.http.Progress;

/** Waits for a future while watching a {@link Progress}: the one place where cancel is noticed. */
final class Await {

	/** How often {@code isCanceled} is asked: well under the one second a cancel may take. */
	static final long POLL_MILLIS = 50;

	private Await() {
	}

	/**
	 * @param cancelOnAbort whether giving up also cancels the future (and so the call); false when others share it
	 * @throws CancellationException when the progress was canceled, the thread interrupted, or the future canceled
	 */
	static <T> T result(CompletableFuture<T> f, Progress progress, boolean cancelOnAbort) throws IOException {
		while (true) {
			if (progress.isCanceled()) {
				if (cancelOnAbort) {
					f.cancel(true);
				}
				throw new CancellationException("canceled");
			}
			try {
				return f.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
			} catch (TimeoutException e) {
				// poll again
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				if (cancelOnAbort) {
					f.cancel(true);
				}
				throw new CancellationException("interrupted");
			} catch (ExecutionException e) {
				Throwable c = e.getCause();
				if (c instanceof IOException io) {
					throw io;
				}
				if (c instanceof RuntimeException re) {
					throw re;
				}
				if (c instanceof Error err) {
					throw err;
				}
				throw new IOException(c);
			}
		}
	}
}
