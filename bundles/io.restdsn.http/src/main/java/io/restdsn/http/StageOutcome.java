package io.restdsn.http;

/** How a {@link TestStage} ended. */
public enum StageOutcome {
	PASSED, FAILED,
	/** Not run: not applicable (no TLS for http), not reached (an earlier stage failed), nothing to test, or canceled. */
	SKIPPED
}
