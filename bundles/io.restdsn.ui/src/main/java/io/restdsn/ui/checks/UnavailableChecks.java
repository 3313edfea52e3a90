package io.restdsn.ui.checks;

import org.eclipse.core.runtime.IProgressMonitor;

import io.restdsn.core.dsn.Dsn;

/** What the UI uses until the connection-test component is installed: every action disabled, saying why. */
final class UnavailableChecks implements ConnectionChecks {

	static final UnavailableChecks INSTANCE = new UnavailableChecks();

	private UnavailableChecks() {
	}

	@Override
	public boolean available() {
		return false;
	}

	@Override
	public String unavailableReason() {
		return Messages.Checks_unavailable;
	}

	@Override
	public CheckResult test(Dsn dsn, IProgressMonitor monitor) {
		throw new UnsupportedOperationException(Messages.Checks_unavailable);
	}

	@Override
	public TokenSummary fetchToken(Dsn dsn, IProgressMonitor monitor) {
		throw new UnsupportedOperationException(Messages.Checks_unavailable);
	}
}
