package io.restdsn.ui.checks;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of a connection test as the UI shows it: one line per stage. Every text is already redacted by the
 * component that ran the test.
 *
 * @param passed   nothing failed and the test was not canceled
 * @param canceled the user canceled it
 * @param stages   in run order, skipped ones included
 */
public record CheckResult(boolean passed, boolean canceled, List<Stage> stages) {

	/** How a stage ended. */
	public enum Outcome {
		PASSED, FAILED, SKIPPED
	}

	/** One stage: title ("Access token"), outcome, time taken, what happened or what to change. */
	public record Stage(String title, Outcome outcome, Duration duration, String message) {
		public Stage {
			Objects.requireNonNull(title, "title");
			Objects.requireNonNull(outcome, "outcome");
			duration = duration == null ? Duration.ZERO : duration;
			message = message == null ? "" : message;
		}
	}

	public CheckResult {
		stages = List.copyOf(stages);
	}

	/** The first failed stage's message, or an empty string. */
	public String firstFailure() {
		return stages.stream().filter(s -> s.outcome() == Outcome.FAILED).map(s -> s.title() + ": " + s.message())
				.findFirst().orElse("");
	}
}
