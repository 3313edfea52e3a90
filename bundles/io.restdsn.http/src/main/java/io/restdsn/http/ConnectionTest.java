package io.restdsn.http;

import java.util.Optional;
import java.util.function.Function;

import io.restdsn.core.dsn.Dsn;

/**
 * Proves a DSN works, stage by stage: resolve and connect, TLS handshake (https only), access token, first data
 * request, parse of the first page. Each stage is timed and ends PASSED, FAILED (with the option to change) or
 * SKIPPED (with the reason), and carries a redacted transcript.
 * <p>
 * A single-use operation: {@link #run} may be called once. It uses a fresh connection pool (so connecting and TLS are
 * really exercised) and fetches a fresh token (so the credentials are really checked), bypassing the factory's token
 * cache; otherwise requests go through exactly the code the engine uses.
 */
public interface ConnectionTest {

	/** For callers that cannot read Model files: the first-table stage is then skipped with a message. */
	Function<Dsn, Optional<String>> NO_MODEL = dsn -> Optional.empty();

	/**
	 * Runs the stages on the calling thread (never the UI thread: it blocks on the network).
	 * <p>
	 * When {@code progress} is canceled the HTTP call in flight is canceled and this method returns within about a
	 * second, even if the server never answers, with {@link ConnectionTestResult#canceled()} set and the remaining
	 * stages SKIPPED.
	 *
	 * @throws IllegalStateException when called a second time
	 */
	ConnectionTestResult run(Progress progress);
}
