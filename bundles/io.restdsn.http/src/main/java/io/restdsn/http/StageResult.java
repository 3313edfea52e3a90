package io.restdsn.http;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One stage of a connection test: outcome, time taken, a message that says what happened (and for a failure what to
 * change), the options to check, the redacted transcript. Immutable.
 */
public final class StageResult {

	private final TestStage stage;
	private final StageOutcome outcome;
	private final Duration duration;
	private final String message;
	private final List<String> options;
	private final String transcript;
	private final ConnectionProblem problem;

	public StageResult(TestStage stage, StageOutcome outcome, Duration duration, String message, List<String> options,
			String transcript, ConnectionProblem problem) {
		this.stage = Objects.requireNonNull(stage, "stage");
		this.outcome = Objects.requireNonNull(outcome, "outcome");
		this.duration = duration == null ? Duration.ZERO : duration;
		this.message = message == null ? "" : message;
		this.options = List.copyOf(options);
		this.transcript = transcript == null ? "" : transcript;
		this.problem = problem;
	}

	public TestStage stage() {
		return stage;
	}

	public StageOutcome outcome() {
		return outcome;
	}

	public Duration duration() {
		return duration;
	}

	public String message() {
		return message;
	}

	/** Options to check (catalog spellings), most likely first; empty for passed stages. */
	public List<String> options() {
		return options;
	}

	/** Redacted: request line, headers, status, response headers, first KB of the body; or connect/TLS details. */
	public String transcript() {
		return transcript;
	}

	/** For a failed stage: the full problem (server error code, HTTP status). */
	public Optional<ConnectionProblem> problem() {
		return Optional.ofNullable(problem);
	}

	@Override
	public String toString() {
		return stage + " " + outcome + " (" + duration.toMillis() + " ms): " + message;
	}
}
