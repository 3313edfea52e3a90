package io.restdsn.ui.checks;

/**
 * Told while a connection test runs which stage it has reached, for live progress. Called on the thread that runs
 * the test (never the UI thread): implementations hand the news over with {@code asyncExec}.
 */
@FunctionalInterface
public interface StageListener {

	/** Ignores everything. */
	StageListener NONE = (id, detail) -> {
	};

	/**
	 * @param stageId the {@link StageInfo#id()} of the stage now running
	 * @param detail  what it does right now, e.g. "Requesting an access token from login.example.com"
	 */
	void stageStarted(String stageId, String detail);
}
