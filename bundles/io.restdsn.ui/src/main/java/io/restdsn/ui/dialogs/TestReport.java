package io.restdsn.ui.dialogs;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import io.restdsn.ui.checks.CheckResult;

/**
 * A connection test as plain text, for the clipboard (a ticket, a chat, a mail to the API's owner): the verdict, one
 * line per stage, what to change, and each stage's transcript. Built only from the result, whose texts the test
 * component has already redacted, so it never holds a secret or a token.
 */
final class TestReport {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
			.withZone(ZoneId.systemDefault());

	private TestReport() {
	}

	static String of(String dsnName, CheckResult r, Instant at) {
		StringBuilder sb = new StringBuilder();
		String verdict = r.canceled() ? Messages.Report_canceled
				: r.passed() ? Messages.Report_passed
						: Messages.bind(Messages.Report_failed, r.failedStage().map(CheckResult.Stage::title).orElse(""));
		sb.append(Messages.bind(Messages.Report_head, new Object[] { dsnName, verdict, WHEN.format(at),
				r.duration().toMillis() })).append("\n\n");
		int width = r.stages().stream().mapToInt(s -> s.title().length()).max().orElse(10);
		for (CheckResult.Stage s : r.stages()) {
			sb.append(pad(s.title(), width)).append("  ").append(pad(outcome(s), 7)).append("  ")
					.append(pad(time(s), 8)).append("  ").append(s.message().replace('\n', ' ')).append('\n');
		}
		r.failedStage().filter(s -> !s.options().isEmpty()).ifPresent(
				s -> sb.append('\n').append(Messages.bind(Messages.Report_options, String.join(", ", s.options())))
						.append('\n'));
		for (CheckResult.Stage s : r.stages()) {
			if (!s.transcript().isBlank()) {
				sb.append("\n== ").append(s.title()).append(" ==\n").append(s.transcript().strip()).append('\n');
			}
		}
		return sb.toString();
	}

	/** The transcripts of all stages, each under its title; the text of the dialog's Details area. */
	static String transcripts(List<CheckResult.Stage> stages) {
		StringBuilder sb = new StringBuilder();
		for (CheckResult.Stage s : stages) {
			sb.append("== ").append(s.title()).append(" ==\n");
			sb.append(s.transcript().isBlank() ? Messages.Report_noTranscript : s.transcript().strip()).append("\n\n");
		}
		return sb.toString().stripTrailing();
	}

	static String outcome(CheckResult.Stage s) {
		return switch (s.outcome()) {
			case PASSED -> Messages.Stage_passed;
			case FAILED -> Messages.Stage_failed;
			case SKIPPED -> Messages.Stage_skipped;
		};
	}

	/** "412 ms", "1.3 s", or a dash for stages that did not run. */
	static String time(CheckResult.Stage s) {
		return s.outcome() == CheckResult.Outcome.SKIPPED && s.duration().isZero() ? "\u2013" : millis(s.duration().toMillis());
	}

	static String millis(long ms) {
		return ms < 1000 ? ms + " ms" : String.format("%.1f s", ms / 1000.0);
	}

	private static String pad(String s, int width) {
		return s.length() >= width ? s : s + " ".repeat(width - s.length());
	}
}
