package io.restdsn.ui.checks;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

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

	/**
	 * One stage: a short id ({@code token}), title ("Access token"), outcome, time taken, what happened or what to
	 * change, the options to check (most likely first) and the redacted transcript of what went over the wire.
	 */
	public record Stage(String id, String title, Outcome outcome, Duration duration, String message,
			List<String> options, String transcript) {
		public Stage {
			Objects.requireNonNull(title, "title");
			Objects.requireNonNull(outcome, "outcome");
			id = id == null || id.isBlank() ? title.toLowerCase(Locale.ROOT) : id;
			duration = duration == null ? Duration.ZERO : duration;
			message = message == null ? "" : message;
			options = options == null ? List.of() : List.copyOf(options);
			transcript = transcript == null ? "" : transcript;
		}

		/** A stage without options and transcript, its id derived from the title. */
		public Stage(String title, Outcome outcome, Duration duration, String message) {
			this(null, title, outcome, duration, message, List.of(), "");
		}
	}

	public CheckResult {
		stages = List.copyOf(stages);
	}

	/** The first failed stage's message, or an empty string. */
	public String firstFailure() {
		return failedStage().map(s -> s.title() + ": " + s.message()).orElse("");
	}

	/** The first failed stage, the one to show first. */
	public Optional<Stage> failedStage() {
		return stages.stream().filter(s -> s.outcome() == Outcome.FAILED).findFirst();
	}

	/** The stages' durations added up. */
	public Duration duration() {
		return stages.stream().map(Stage::duration).reduce(Duration.ZERO, Duration::plus);
	}
}
