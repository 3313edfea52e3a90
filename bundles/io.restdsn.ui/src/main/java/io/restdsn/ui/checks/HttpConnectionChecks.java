package io.restdsn.ui.checks;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
 * {@code SubMonitor} child; canceling the monitor cancels the HTTP call in flight, and the test then returns its
 * result with {@code canceled} set and the stages it finished).
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
	public List<StageInfo> plannedStages() {
		List<StageInfo> stages = new ArrayList<>();
		for (TestStage s : TestStage.values()) {
			stages.add(new StageInfo(id(s), s.title()));
		}
		return stages;
	}

	@Override
	public CheckResult test(Dsn dsn, IProgressMonitor monitor) {
		return test(dsn, monitor, StageListener.NONE);
	}

	@Override
	public CheckResult test(Dsn dsn, IProgressMonitor monitor, StageListener listener) {
		SubMonitor sub = SubMonitor.convert(monitor, Messages.Checks_testing, TestStage.values().length);
		ConnectionTestResult r = http.connectionTest(dsn, SecretLookup.NONE, ConnectionTest.NO_MODEL)
				.run(progress(sub, listener));
		List<CheckResult.Stage> stages = new ArrayList<>();
		for (StageResult s : r.stages()) {
			String message = s.message();
			if (s.outcome() == io.restdsn.http.StageOutcome.FAILED && !s.options().isEmpty()) {
				message = Messages.bind(Messages.Checks_change, message, String.join(", ", s.options()));
			}
			stages.add(new CheckResult.Stage(id(s.stage()), s.stage().title(),
					CheckResult.Outcome.valueOf(s.outcome().name()), s.duration(), message, s.options(),
					s.transcript()));
		}
		return new CheckResult(r.passed(), r.canceled(), stages);
	}

	private static String id(TestStage s) {
		return s.name().toLowerCase(Locale.ROOT);
	}

	@Override
	public TokenSummary fetchToken(Dsn dsn, IProgressMonitor monitor) throws CheckFailedException {
		SubMonitor sub = SubMonitor.convert(monitor, Messages.Checks_token, 1);
		TokenInfo t;
		try {
			t = http.tokenOperation(dsn, SecretLookup.NONE).run(progress(sub, StageListener.NONE));
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

	/**
	 * One child of the monitor per step; polled for cancellation from the operation's watcher thread. A child rather
	 * than {@code split}: split throws as soon as the monitor is canceled, before the test could cancel its call and
	 * report the stages it finished.
	 */
	private static Progress progress(SubMonitor sub, StageListener listener) {
		return new Progress() {
			@Override
			public void beginStage(String name) {
				sub.newChild(1).subTask(name);
				String stage = stageOf(name);
				if (stage != null) {
					listener.stageStarted(stage, name);
				}
			}

			@Override
			public boolean isCanceled() {
				return sub.isCanceled();
			}
		};
	}

	/**
	 * Which stage a step of {@code ConnectionTest} belongs to, from the step names it reports ("Connecting to …",
	 * "TLS handshake with …", "Requesting an access token from …", "GET …", "Parsing the first page"); {@code null}
	 * for preparation steps. The test's {@link Progress} carries names only, and these are its documented wording in
	 * {@code ConnectionTestRun}; an unknown name leaves the stage shown as it was, never wrong.
	 */
	static String stageOf(String step) {
		String s = step.toLowerCase(Locale.ROOT);
		if (s.startsWith("connecting")) {
			return id(TestStage.CONNECT);
		}
		if (s.startsWith("tls")) {
			return id(TestStage.TLS);
		}
		if (s.contains("access token")) {
			return id(TestStage.TOKEN);
		}
		if (s.startsWith("get ") || s.startsWith("post ")) {
			return id(TestStage.DATA);
		}
		if (s.startsWith("parsing")) {
			return id(TestStage.PARSE);
		}
		return null;
	}
}
