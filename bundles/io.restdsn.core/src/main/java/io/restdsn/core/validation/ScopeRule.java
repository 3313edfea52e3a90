package io.restdsn.core.validation;

import java.util.List;

import io.restdsn.core.options.OptionNames;

/**
 * Scope as RFC 6749 §3.3 defines it: scope tokens of printable ASCII except {@code "} and {@code \}, separated by
 * single spaces. A provider would reject anything else with invalid_scope, which is much harder to understand then.
 */
final class ScopeRule implements Rule {

	private static final String SCOPE = OptionNames.SCOPE;

	@Override
	public void check(Subject s, List<Problem> out) {
		String scope = s.value(SCOPE);
		if (scope == null) {
			return;
		}
		for (int i = 0; i < scope.length(); i++) {
			char c = scope.charAt(i);
			if (c != ' ' && !allowed(c)) {
				out.add(Problem.error(SCOPE, "Scope contains " + describe(c) + ", which a scope may not contain (RFC "
						+ "6749 §3.3 allows printable ASCII except \" and \\). "
						+ (Character.isWhitespace(c) ? "Separate scopes with single spaces." : "Remove it.")));
				return;
			}
		}
		if (scope.contains("  ")) {
			out.add(Problem.warning(SCOPE, "Scope has several spaces in a row; separate scopes with single spaces."));
		}
		if (scope.contains(",")) {
			out.add(Problem.warning(SCOPE, "Scope contains a comma, but scopes are separated by spaces (RFC 6749 "
					+ "§3.3). Replace the commas with spaces unless your provider documents comma-separated scopes."));
		}
	}

	/** scope-token = 1*( %x21 / %x23-5B / %x5D-7E ). */
	static boolean allowed(char c) {
		return c == 0x21 || (c >= 0x23 && c <= 0x5B) || (c >= 0x5D && c <= 0x7E);
	}

	private static String describe(char c) {
		return switch (c) {
			case '"' -> "a double quote (\")";
			case '\\' -> "a backslash (\\)";
			case '\t' -> "a tab";
			case '\n', '\r' -> "a line break";
			default -> Character.isISOControl(c) ? String.format("the control character U+%04X", (int) c)
					: String.format("'%c' (U+%04X)", c, (int) c);
		};
	}
}
