package io.restdsn.ui.tests;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;

import io.restdsn.core.dsn.Dsn;
import io.restdsn.ui.checks.CheckFailedException;
import io.restdsn.ui.checks.CheckResult;
import io.restdsn.ui.checks.CheckResult.Outcome;
import io.restdsn.ui.checks.CheckResult.Stage;
import io.restdsn.ui.checks.ConnectionChecks;
import io.restdsn.ui.checks.TokenSummary;

/**
 * A stand-in for the connection-test component, so UI tests can walk the wizard's test step both ways: it passes, or
 * fails at the token stage, as told, and remembers the DSNs it was asked about.
 */
final class ScriptedChecks implements ConnectionChecks {

	private final boolean pass;
	final List<Dsn> tested = new ArrayList<>();

	ScriptedChecks(boolean pass) {
		this.pass = pass;
	}

	@Override
	public boolean available() {
		return true;
	}

	@Override
	public String unavailableReason() {
		return "";
	}

	@Override
	public synchronized CheckResult test(Dsn dsn, IProgressMonitor monitor) {
		tested.add(dsn);
		Stage connect = new Stage("Resolve and connect", Outcome.PASSED, Duration.ofMillis(3), "");
		Stage token = pass ? new Stage("Access token", Outcome.PASSED, Duration.ofMillis(20), "Bearer token")
				: new Stage("Access token", Outcome.FAILED, Duration.ofMillis(20),
						"invalid_client: check ClientID and ClientSecret");
		Stage data = new Stage("First data request", pass ? Outcome.PASSED : Outcome.SKIPPED, Duration.ZERO, "");
		return new CheckResult(pass, false, List.of(connect, token, data));
	}

	@Override
	public TokenSummary fetchToken(Dsn dsn, IProgressMonitor monitor) throws CheckFailedException {
		if (!pass) {
			throw new CheckFailedException("invalid_client: check ClientID and ClientSecret");
		}
		return new TokenSummary("Bearer", "in 60 min", "read", List.of());
	}
}
