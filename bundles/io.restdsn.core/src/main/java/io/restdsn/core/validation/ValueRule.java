package io.restdsn.core.validation;

import java.util.List;

import io.restdsn.core.options.OptionDef;
import io.restdsn.core.options.OptionNames;

/**
 * Every option with a closed set of values (enumerations, flags, bounded numbers, header names) holds one of them.
 * Checked whether or not the current method uses the option: a wrong value is a typo worth fixing either way. Only
 * non-secret values are ever quoted.
 */
final class ValueRule implements Rule {

	/** RFC 9110 §5.6.2 token: what an HTTP header name may consist of. */
	private static final String HEADER_TOKEN = "[!#$%&'*+\\-.^_`|~0-9A-Za-z]+";

	@Override
	public void check(Subject s, List<Problem> out) {
		for (OptionDef d : s.catalog.all()) {
			String v = s.value(d.name());
			if (v == null || d.name().equals(OptionNames.AUTHENTICATION_METHOD)) {
				continue; // AuthenticationMethod also accepts words: AuthMethodRule checks it
			}
			switch (d.type()) {
				case ENUM, BOOLEAN -> checkChoice(d, v, out);
				case INTEGER -> checkInteger(d, v, out);
				case HEADER_NAME -> checkHeader(d, v, out);
				default -> {
					// free-form, or checked by a rule of its own
				}
			}
		}
	}

	private static void checkChoice(OptionDef d, String v, List<Problem> out) {
		if (d.choice(v).isEmpty()) {
			out.add(Problem.error(d.name(), d.name() + " is '" + v + "', which is not allowed. Choose one of: "
					+ d.allowedValues() + "."));
		}
	}

	private static void checkInteger(OptionDef d, String v, List<Problem> out) {
		long n;
		try {
			n = Long.parseLong(v);
		} catch (NumberFormatException e) {
			out.add(Problem.error(d.name(), d.name() + " is '" + v + "', which is not a whole number. Enter "
					+ d.allowedValues() + "."));
			return;
		}
		long lo = d.min() == null ? Integer.MIN_VALUE : d.min();
		long hi = d.max() == null ? Integer.MAX_VALUE : d.max();
		if (n < lo || n > hi) {
			out.add(Problem.error(d.name(), d.name() + " is " + n + ", which is out of range. Enter "
					+ d.allowedValues() + "."));
		}
	}

	private static void checkHeader(OptionDef d, String v, List<Problem> out) {
		if (!v.matches(HEADER_TOKEN)) {
			out.add(Problem.error(d.name(), d.name() + " '" + v + "' is not an HTTP header name: use only letters, "
					+ "digits and !#$%&'*+-.^_`|~ (no spaces, no ':'), e.g. X-API-Key."));
		}
	}
}
