package io.restdsn.engine.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An {@code #http} rule: what to do when the service answers {@code code} (and the body matches {@code match}).
 *
 * @param code         a status ({@code "429"}) or a class ({@code "5xx"})
 * @param message      for {@code FAIL}: the error text, may reference {@code {/json/pointer}} in the body
 * @param match        optional regular expression the body must contain
 * @param delaySeconds for {@code RETRY_FIXED}: the wait; {@code null} for the engine's default
 */
public record HttpRule(String code, Action action, String message, String match, Double delaySeconds) {

	/** What the engine does with a matching response. */
	public enum Action {
		OK, ZERO_ROWS, FAIL, RETRY_AFTER, RETRY_FIXED, REAUTHENTICATE
	}

	public HttpRule {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(action, "action");
		if (!code.matches("[1-5]([0-9]{2}|xx)")) {
			throw new IllegalArgumentException("'" + code + "' is not an HTTP status or class like 5xx");
		}
		if (match != null) {
			Pattern.compile(match); // fail early on a bad regex
		}
	}

	/** True when the rule applies to this status (the body is checked separately). */
	public boolean matchesStatus(int status) {
		String s = Integer.toString(status);
		return code.endsWith("xx") ? s.charAt(0) == code.charAt(0) : s.equals(code);
	}
}
