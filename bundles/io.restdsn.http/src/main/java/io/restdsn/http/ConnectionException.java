package io.restdsn.http;

import java.io.IOException;
import java.util.Objects;

/**
 * A request failed for a reason described by a {@link ConnectionProblem}.
 * <p>
 * An {@link IOException} on purpose: the authorized OkHttp client throws it from its interceptor when no token can be
 * obtained, so the engine's ordinary {@code catch (IOException e)} sees it and can ask {@code instanceof
 * ConnectionException} for the option to fix. The message is the problem's redacted {@link ConnectionProblem#summary()};
 * no cause is attached when the cause's own text could carry a secret.
 */
public class ConnectionException extends IOException {

	private static final long serialVersionUID = 1L;

	private final transient ConnectionProblem problem;

	public ConnectionException(ConnectionProblem problem) {
		super(Objects.requireNonNull(problem, "problem").summary());
		this.problem = problem;
	}

	public ConnectionException(ConnectionProblem problem, Throwable cause) {
		super(Objects.requireNonNull(problem, "problem").summary(), cause);
		this.problem = problem;
	}

	public ConnectionProblem problem() {
		return problem;
	}
}
