package io.restdsn.ui.checks;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

import io.restdsn.core.dsn.Dsn;
import io.restdsn.http.ConnectionException;
import io.restdsn.http.ConnectionTest;
import io.restdsn.http.ConnectionTestResult;
import io.restdsn.http.Progress;
import io.restdsn.http.RestClientFactory;
import io.restdsn.http.SecretLookup;
import io.restdsn.http.StageResult;
import io.restdsn.http.TestStage;
import io.restdsn.http.TokenInfo;

/**
 * {@link ConnectionChecks} over {@code io.restdsn.http}: the same {@code ConnectionTest} and {@code TokenOperation}
 * the command line runs, with the Eclipse progress monitor adapted to their {@link Progress} (a stage per
 * {@code SubMonitor} split; canceling the monitor cancels the HTTP call in flight).
 * <p>
 * Secrets: the editor and the wizard pass their draft, which holds every secret (loaded or typed), so the lookup is
 * {@link SecretLookup#NONE}; a value in the DSN wins over a lookup anyway.
 */
public final class HttpConnectionChecks implements ConnectionChecks {

	private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.systemDefault());

	private final RestClientFactory http;

	/** @param http the application's HTTP runtime (owned and closed by the caller) */
	public HttpConnectionChecks(RestClientFactory http) {
		this.http = http;
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
	public CheckResult test(Dsn dsn, IProgressMonitor monitor) {
		SubMonitor sub = SubMonitor.convert(monitor, Messages.Checks_testing, TestStage.values().length);
		ConnectionTestResult r = http.connectionTest(dsn, SecretLookup.NONE, ConnectionTest.NO_MODEL)
				.run(progress(sub));
		List<CheckResult.Stage> stages = new ArrayList<>();
		for (StageResult s : r.stages()) {
			String message = s.message();
			if (s.outcome() == io.restdsn.http.StageOutcome.FAILED && !s.options().isEmpty()) {
				message = Messages.bind(Messages.Checks_change, message, String.join(", ", s.options()));
			}
			stages.add(new CheckResult.Stage(s.stage().title(), CheckResult.Outcome.valueOf(s.outcome().name()),
					s.duration(), message));
		}
		return new CheckResult(r.passed(), r.canceled(), stages);
	}

	@Override
	public TokenSummary fetchToken(Dsn dsn, IProgressMonitor monitor) throws CheckFailedException {
		SubMonitor sub = SubMonitor.convert(monitor, Messages.Checks_token, 1);
		TokenInfo t;
		try {
			t = http.tokenOperation(dsn, SecretLookup.NONE).run(progress(sub));
		} catch (ConnectionException e) {
			throw new CheckFailedException(e.getMessage());
		}
		String expiry = t.expiresAt().map(HttpConnectionChecks::expiry).orElse(Messages.Checks_noExpiry);
		String scope = t.grantedScope().map(s -> t.scopeFromServer() ? s : Messages.bind(Messages.Checks_asRequested, s))
				.orElse("");
		return new TokenSummary(t.tokenType(), expiry, scope, t.notes());
	}

	private static String expiry(Instant at) {
		long minutes = Math.max(0, Duration.between(Instant.now(), at).toMinutes());
		return Messages.bind(Messages.Checks_expiresIn, minutes, CLOCK.format(at));
	}

	/** One split of the monitor per stage; polled for cancellation from the operation's watcher thread. */
	private static Progress progress(SubMonitor sub) {
		return new Progress() {
			@Override
			public void beginStage(String name) {
				sub.split(1).subTask(name);
			}

			@Override
			public boolean isCanceled() {
				return sub.isCanceled();
			}
		};
	}

}
