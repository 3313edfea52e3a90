package io.restdsn.ui.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.restdsn.core.dsn.Dsn;

class LastTestsTest {

	private static final Dsn ORDERS = Dsn.empty("Orders").with("AuthenticationMethod", "53").with("ClientID", "a")
			.with("ClientSecret", "s1");

	private static CheckResult failedAtToken() {
		return new CheckResult(false, false, List.of(
				new CheckResult.Stage("connect", "Resolve and connect", CheckResult.Outcome.PASSED, Duration.ofMillis(3),
						"Connected.", List.of(), ""),
				new CheckResult.Stage("token", "Access token", CheckResult.Outcome.FAILED, Duration.ofMillis(40),
						"Rejected. Check: ClientSecret.", List.of("ClientSecret"), "> POST /token")));
	}

	@Test
	void recordsPassesAndFailuresButNotCancels() {
		LastTests tests = new LastTests();
		tests.record(ORDERS, new CheckResult(false, true, List.of()));
		assertTrue(tests.get("Orders").isEmpty(), "a canceled test proves nothing");
		tests.record(ORDERS, failedAtToken());
		LastTests.Entry e = tests.get("orders").orElseThrow();
		assertFalse(e.passed());
		assertEquals("token", e.failedStage());
		assertEquals("failed: token", e.label());
		assertTrue(e.description().contains("Check: ClientSecret"), e.description());
		tests.record(ORDERS, new CheckResult(true, false, List.of()));
		assertTrue(tests.get("Orders").orElseThrow().label().matches("passed \\d\\d:\\d\\d"));
	}

	@Test
	void aChangeOfNonSecretOptionsShowsButSecretsAreNeverKept() {
		LastTests tests = new LastTests();
		tests.record(ORDERS, failedAtToken());
		LastTests.Entry e = tests.get("Orders").orElseThrow();
		assertFalse(e.changedSince(ORDERS.without("ClientSecret")), "odbc.ini holds no secret: same DSN");
		assertFalse(e.changedSince(ORDERS.with("ClientSecret", "s2")), "secrets are not part of the fingerprint");
		assertTrue(e.changedSince(ORDERS.with("ClientID", "b")));
		assertFalse(e.fingerprint().containsValue("s1"));
	}

	@Test
	void renameMovesForgetDropsAndListenersHear() {
		LastTests tests = new LastTests();
		AtomicInteger changes = new AtomicInteger();
		tests.addChangeListener(changes::incrementAndGet);
		tests.record(ORDERS, failedAtToken());
		tests.rename("Orders", "Sales");
		assertTrue(tests.get("Orders").isEmpty());
		assertEquals("Sales", tests.get("sales").orElseThrow().name());
		tests.forget("Sales");
		tests.forget("Sales");
		assertTrue(tests.get("Sales").isEmpty());
		assertEquals(3, changes.get(), "record, rename, one forget that removed something");
	}
}
