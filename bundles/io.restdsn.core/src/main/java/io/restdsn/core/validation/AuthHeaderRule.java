package io.restdsn.core.validation;

import java.util.List;

import io.restdsn.core.options.AuthMethod;
import io.restdsn.core.options.OptionNames;

/**
 * AuthHeader names a header whose value is SecurityToken; a name without a value is a configuration error (except for
 * Basic, where AuthHeader names the header that carries the user's credentials).
 */
final class AuthHeaderRule implements Rule {

	private static final String AH = OptionNames.AUTH_HEADER;
	private static final String ST = OptionNames.SECURITY_TOKEN;

	@Override
	public void check(Subject s, List<Problem> out) {
		if (s.grant == null) {
			return;
		}
		boolean tokenRequiredAnyway = s.grant.requires().contains(ST); // reported once, by the method rule
		if (s.isSet(AH) && !s.isSet(ST) && s.grant != AuthMethod.BASIC && !tokenRequiredAnyway) {
			out.add(Problem.error(ST, "AuthHeader names a header but SecurityToken, its value, is empty. Enter "
					+ "SecurityToken, or clear AuthHeader."));
		}
		if (s.grant == AuthMethod.HTTP_HEADER && !s.isSet(AH)) {
			out.add(Problem.warning(AH, "AuthHeader is empty, so SecurityToken is sent in the Authorization header. "
					+ "Enter the header your API expects (e.g. X-API-Key) if it is not Authorization."));
		}
	}
}
