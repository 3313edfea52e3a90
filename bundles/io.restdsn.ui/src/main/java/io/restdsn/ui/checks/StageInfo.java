package io.restdsn.ui.checks;

/**
 * A stage a connection test will run, known before it runs, so a dialog can list every stage from the start.
 *
 * @param id    short and stable ({@code connect}, {@code tls}, {@code token}, {@code data}, {@code parse}); the
 *              {@link CheckResult.Stage#id()} of its result
 * @param title what the user reads, e.g. "Access token"
 */
public record StageInfo(String id, String title) {
}
