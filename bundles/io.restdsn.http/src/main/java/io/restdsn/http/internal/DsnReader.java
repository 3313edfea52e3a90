package io.restdsn.http.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.restdsn.core.dsn.Dsn;
import io.restdsn.http.ConnectionException;
import io.restdsn.http.ConnectionProblem;
import io.restdsn.http.SecretLookup;

/**
 * Reads option values from a DSN the way the connector does: any accepted name, blanks meaning "not set", secrets
 * from the DSN first and the {@link SecretLookup} second. Remembers every secret it hands out so the caller can build
 * a redactor that knows them.
 */
final class DsnReader {

	private final Dsn dsn;
	private final SecretLookup lookup;
	private final List<String> secretsSeen = new ArrayList<>();

	DsnReader(Dsn dsn, SecretLookup lookup) {
		this.dsn = dsn;
		this.lookup = lookup == null ? SecretLookup.NONE : lookup;
		for (Dsn.Option o : dsn.options()) {
			if (Opt.isSecretName(o.key())) {
				secretsSeen.add(o.value());
			}
		}
	}

	Dsn dsn() {
		return dsn;
	}

	/** The trimmed value, or null when absent or blank. */
	String text(Opt opt) {
		for (String name : opt.names()) {
			Optional<String> v = dsn.get(name);
			if (v.isPresent() && !v.get().isBlank()) {
				return v.get().trim();
			}
		}
		return null;
	}

	/** The value exactly as stored (spaces matter in secrets), from the DSN or else the lookup; null when neither. */
	String secret(Opt opt) {
		for (String name : opt.names()) {
			Optional<String> v = dsn.get(name);
			if (v.isPresent() && !v.get().isEmpty()) {
				secretsSeen.add(v.get());
				return v.get();
			}
		}
		Optional<String> stored = lookup.secret(dsn.name(), opt.spelling());
		if (stored.isPresent() && !stored.get().isEmpty()) {
			secretsSeen.add(stored.get());
			return stored.get();
		}
		return null;
	}

	int integer(Opt opt, int defaultValue) throws ConnectionException {
		String v = text(opt);
		if (v == null) {
			return defaultValue;
		}
		try {
			return Integer.parseInt(v);
		} catch (NumberFormatException e) {
			throw new ConnectionException(ConnectionProblem
					.builder(ConnectionProblem.Kind.CONFIGURATION, opt + " must be a whole number, not '" + v + "'.")
					.options(opt.spelling()).build());
		}
	}

	/** A non-negative number of seconds. */
	int seconds(Opt opt, int defaultValue) throws ConnectionException {
		int v = integer(opt, defaultValue);
		if (v < 0) {
			throw new ConnectionException(ConnectionProblem
					.builder(ConnectionProblem.Kind.CONFIGURATION,
							opt + " is a number of seconds (0 for no limit), not " + v + ".")
					.options(opt.spelling()).build());
		}
		return v;
	}

	/** Every secret value met so far: all secret-named options in the DSN plus every looked-up secret. */
	List<String> secretsSeen() {
		return List.copyOf(secretsSeen);
	}
}
