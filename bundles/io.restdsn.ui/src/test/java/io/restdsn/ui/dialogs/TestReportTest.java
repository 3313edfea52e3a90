package io.restdsn.ui.dialogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.restdsn.ui.checks.CheckResult;
import io.restdsn.ui.checks.CheckResult.Outcome;

class TestReportTest {

	private static final CheckResult FAILED = new CheckResult(false, false, List.of(
			new CheckResult.Stage("connect", "Resolve and connect", Outcome.PASSED, Duration.ofMillis(12), "Connected.",
					List.of(), "connect log"),
			new CheckResult.Stage("tls", "TLS handshake", Outcome.SKIPPED, Duration.ZERO, "Plain http: no TLS.",
					List.of(), ""),
			new CheckResult.Stage("token", "Access token", Outcome.FAILED, Duration.ofMillis(1500),
					"Rejected (invalid_client).", List.of("ClientSecret", "ClientID"), "> POST /token\n< 401")));

	@Test
	void theReportHasTheVerdictEveryStageTheOptionsAndTheTranscripts() {
		String r = TestReport.of("Orders", FAILED, Instant.parse("2026-01-02T03:04:05Z"));
		assertTrue(r.startsWith("Connection test of \"Orders\": failed at Access token"), r);
		assertTrue(r.contains("Resolve and connect  Passed   12 ms"), r);
		assertTrue(r.contains("TLS handshake        Skipped  \u2013"), r);
		assertTrue(r.contains("Options to check: ClientSecret, ClientID"), r);
		assertTrue(r.contains("== Access token ==\n> POST /token\n< 401"), r);
		assertTrue(!r.contains("== TLS handshake =="), "stages without a transcript have no section: " + r);
	}

	@Test
	void theDetailsListEveryStage() {
		String t = TestReport.transcripts(FAILED.stages());
		assertTrue(t.startsWith("== Resolve and connect ==\nconnect log"), t);
		assertTrue(t.contains("== TLS handshake ==\n(nothing was sent or received in this stage)"), t);
	}

	@Test
	void times() {
		assertEquals("412 ms", TestReport.millis(412));
		assertEquals("\u2013", TestReport.time(FAILED.stages().get(1)));
		assertTrue(TestReport.millis(1500).matches("1[.,]5 s"));
	}
}
