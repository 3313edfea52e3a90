package io.restdsn.core.validation;

import java.util.List;
import java.util.stream.Collectors;

import io.restdsn.core.options.AuthMethod;
import io.restdsn.core.options.OptionNames;

/** The AuthenticationMethod value is one the connector knows, and the options its grant cannot work without are set. */
final class AuthMethodRule implements Rule {

	@Override
	public void check(Subject s, List<Problem> out) {
		if (s.method == null) {
			String valid = AuthMethod.displayOrder().stream().map(AuthMethod::describe)
					.collect(Collectors.joining(", "));
			out.add(Problem.error(OptionNames.AUTHENTICATION_METHOD, "AuthenticationMethod '"
					+ s.value(OptionNames.AUTHENTICATION_METHOD) + "' is not a value the connector knows. Choose one of: "
					+ valid + "."));
			return;
		}
		for (String name : s.grant.requires()) {
			if (!s.isSet(name)) {
				out.add(Problem.error(name, name + " is required by " + s.methodPhrase() + ". " + hint(s, name)));
			}
		}
	}

	private static String hint(Subject s, String name) {
		if (s.grant == AuthMethod.CUSTOM && name.equals(OptionNames.REST_CONFIG_FILE)) {
			return "Choose the Model file whose #authentication section holds the steps.";
		}
		if (s.catalog.isSecret(name)) {
			return "Enter it (it is kept in secure storage).";
		}
		return "Enter it, or choose another AuthenticationMethod.";
	}
}
