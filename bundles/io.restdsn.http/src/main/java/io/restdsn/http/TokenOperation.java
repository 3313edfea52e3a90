package io.restdsn.http;

/**
 * Obtains a fresh access token for a DSN and describes it (type, expiry, granted scope, masked token): the CLI's
 * {@code restdsn token} and the editor's "Get token now". A single-use operation.
 */
public interface TokenOperation {

	/**
	 * Fetches the token on the calling thread (never the UI thread).
	 *
	 * @throws ConnectionException with the option to change when no token could be obtained
	 * @throws java.util.concurrent.CancellationException when {@code progress} was canceled (within about a second,
	 *         the HTTP call is canceled too)
	 * @throws IllegalStateException when called a second time
	 */
	TokenInfo run(Progress progress) throws ConnectionException;
}
