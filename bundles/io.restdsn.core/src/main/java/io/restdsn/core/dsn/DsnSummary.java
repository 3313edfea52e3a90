package io.restdsn.core.dsn;

import java.util.Optional;

import io.restdsn.core.options.AuthMethod;

/**
 * What lists of DSNs show for each one (the Data Sources view, {@code restdsn list}): name, authentication method,
 * where its tables come from, and the description or driver.
 */
public record DsnSummary(String name, String authentication, String source, String description, String driver) {

	public static DsnSummary of(Dsn dsn) {
		String am = dsn.get("AuthenticationMethod").or(() -> dsn.get("am")).orElse(null);
		String method;
		if (am == null || am.isBlank()) {
			method = AuthMethod.DEFAULT.label();
		} else {
			Optional<AuthMethod> m = AuthMethod.fromValue(am.trim());
			method = m.map(AuthMethod::label).orElse("unknown (" + am.trim() + ")");
		}
		String source = first(dsn, "RestConfigFile", "rcf", "Config").or(() -> first(dsn, "RestSamplePath", "rsp", "Sample"))
				.orElse("");
		return new DsnSummary(dsn.name(), method, source, dsn.get("Description").orElse(""), dsn.get("Driver").orElse(""));
	}

	private static Optional<String> first(Dsn dsn, String... keys) {
		for (String k : keys) {
			Optional<String> v = dsn.get(k);
			if (v.isPresent() && !v.get().isBlank()) {
				return v;
			}
		}
		return Optional.empty();
	}
}
