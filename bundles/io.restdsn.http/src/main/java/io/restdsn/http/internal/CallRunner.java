package io.restdsn.http.internal;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

import okhttp3.Call;
import okhttp3.Response;

/**
 * Runs a call on a worker thread and reads its response there, handing back a future. The caller waits on the
 * future with {@link Await}, polling its {@code Progress}; canceling the future cancels the call, which closes the
 * socket. This is how cancel reaches the socket even when the server never answers, or DNS hangs (then the caller
 * still returns; only the worker waits).
 * <p>
 * Worker threads rather than OkHttp's async dispatcher: the dispatcher limits calls per host, and a token fetch
 * nested in a data call to the same host could wait behind the very calls that wait for it.
 */
final class CallRunner {

	/** Reads what is needed from a response, on the worker thread. */
	@FunctionalInterface
	interface Reader<T> {
		T read(Response response) throws IOException;
	}

	/** Turns a transport failure into the exception the waiting caller should see. */
	@FunctionalInterface
	interface Failure {
		IOException map(IOException e);
	}

	private final Executor executor;

	CallRunner(Executor executor) {
		this.executor = executor;
	}

	<T> CompletableFuture<T> start(Call call, Reader<T> reader, Failure failure) {
		CompletableFuture<T> f = new CompletableFuture<>() {
			@Override
			public boolean cancel(boolean mayInterruptIfRunning) {
				boolean canceled = super.cancel(mayInterruptIfRunning); // first, so the worker sees why the call failed
				call.cancel();
				return canceled;
			}
		};
		try {
			executor.execute(() -> run(call, reader, failure, f));
		} catch (RejectedExecutionException e) {
			f.completeExceptionally(new IOException("the HTTP client was closed"));
		}
		return f;
	}

	private static <T> void run(Call call, Reader<T> reader, Failure failure, CompletableFuture<T> f) {
		if (f.isDone()) {
			return;
		}
		try (Response r = call.execute()) {
			f.complete(reader.read(r));
		} catch (IOException e) {
			// a canceled call fails too; only our own cancel is a cancel, OkHttp's call timeout is a timeout
			if (f.isCancelled()) {
				return;
			} else {
				f.completeExceptionally(e instanceof io.restdsn.http.ConnectionException ? e : failure.map(e));
			}
		} catch (RuntimeException | Error e) {
			f.completeExceptionally(e);
		}
	}
}
