package io.restdsn.http.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.restdsn.http.ConnectionProblem;
import io.restdsn.http.ConnectionTestResult;
import io.restdsn.http.StageOutcome;
import io.restdsn.http.StageResult;
import io.restdsn.http.TestStage;

/** Collects a connection test's stage results; whatever was not recorded ends as SKIPPED with the reason. */
final class StageBook {

	private final Map<TestStage, StageResult> results = new EnumMap<>(TestStage.class);
	private boolean canceled;

	boolean has(TestStage stage) {
		return results.containsKey(stage);
	}

	void pass(TestStage stage, Duration d, String message, String transcript) {
		results.putIfAbsent(stage, new StageResult(stage, StageOutcome.PASSED, d, message, List.of(), transcript, null));
	}

	void fail(TestStage stage, Duration d, ConnectionProblem p, String transcript) {
		results.putIfAbsent(stage, new StageResult(stage, StageOutcome.FAILED, d, describe(p), p.options(),
				transcript == null || transcript.isEmpty() ? p.transcript() : transcript, p));
	}

	void skip(TestStage stage, String message) {
		results.putIfAbsent(stage, new StageResult(stage, StageOutcome.SKIPPED, Duration.ZERO, message, List.of(), "",
				null));
	}

	void skip(TestStage stage, String message, List<String> options) {
		results.putIfAbsent(stage, new StageResult(stage, StageOutcome.SKIPPED, Duration.ZERO, message, options, "",
				null));
	}

	void canceled(TestStage during, Duration after) {
		canceled = true;
		if (during != null) {
			results.putIfAbsent(during, new StageResult(during, StageOutcome.SKIPPED, after,
					"Canceled after " + after.toMillis() + " ms.", List.of(), "", null));
		}
	}

	ConnectionTestResult result(String dsnName, Duration total) {
		boolean failed = results.values().stream().anyMatch(r -> r.outcome() == StageOutcome.FAILED);
		List<StageResult> all = new ArrayList<>();
		for (TestStage s : TestStage.values()) {
			StageResult r = results.get(s);
			if (r == null) {
				r = new StageResult(s, StageOutcome.SKIPPED, Duration.ZERO, canceled ? "Not run: the test was canceled."
						: failed ? "Not run: an earlier stage failed." : "Not run.", List.of(), "", null);
			}
			all.add(r);
		}
		return new ConnectionTestResult(dsnName, all, canceled, total);
	}

	/** The problem's message and the server's own words; the options are shown separately. */
	static String describe(ConnectionProblem p) {
		StringBuilder s = new StringBuilder(p.message());
		if (p.serverError().isPresent() || p.serverDescription().isPresent()) {
			s.append(" Server said: ").append(p.serverError().orElse(""));
			p.serverDescription().ifPresent(d -> s.append(p.serverError().isPresent() ? " – " : "").append(d));
			s.append('.');
		}
		return s.toString();
	}
}
