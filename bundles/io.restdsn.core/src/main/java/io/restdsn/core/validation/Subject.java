package io.restdsn.core.validation;

import io.restdsn.core.dsn.Dsn;
import io.restdsn.core.dsn.Normalization;
import io.restdsn.core.options.AuthMethod;
import io.restdsn.core.options.OptionCatalog;
import io.restdsn.core.options.OptionNames;

/**
 * The DSN under validation, normalized, with the answers every rule needs: which values are set (a blank value is
 * not) and which authentication method, and grant, apply.
 */
final class Subject {

	final Normalization normalization;
	final Dsn dsn;
	final Validation context;
	final OptionCatalog catalog;
	/** The declared method, or {@code null} when the value is not one the connector knows. */
	final AuthMethod method;
	/** What {@link #method} means with the options present (differs only for the legacy value 24). */
	final AuthMethod grant;

	Subject(Normalization normalization, Validation context, OptionCatalog catalog) {
		this.normalization = normalization;
		this.dsn = normalization.dsn();
		this.context = context;
		this.catalog = catalog;
		String declared = value(OptionNames.AUTHENTICATION_METHOD);
		this.method = declared == null ? AuthMethod.DEFAULT : AuthMethod.fromValue(declared).orElse(null);
		this.grant = method == null ? null : method.grantFor(this::isSet);
	}

	/** The trimmed value, or {@code null} when absent or blank. */
	String value(String name) {
		String v = dsn.value(name);
		return v == null || v.isBlank() ? null : v.trim();
	}

	/** Set in the DSN, or (for a secret) kept in secure storage. */
	boolean isSet(String name) {
		return value(name) != null || (catalog.isSecret(name) && context.secretStored().test(name));
	}

	/** Whether an option matters for this DSN's method; everything does when the method is unknown. */
	boolean used(String name) {
		return method == null || catalog.find(name).map(d -> d.usedBy(method.code())).orElse(true);
	}

	/** How messages name the method, explaining a legacy 24 by the grant it stands for. */
	String methodPhrase() {
		if (method == grant) {
			return "AuthenticationMethod " + method.describe();
		}
		return "AuthenticationMethod " + method.code() + ", which with the options present means " + grant.label();
	}
}
