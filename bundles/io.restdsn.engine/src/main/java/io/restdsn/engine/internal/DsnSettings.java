package io.restdsn.engine.internal;

import java.util.Locale;

import io.restdsn.core.dsn.Dsn;
import io.restdsn.engine.EngineException;

/**
 * The connection options the engine reads, under their long names, short aliases and older spellings
 * (connection-options.md), parsed once with clear errors.
 */
final class DsnSettings {

	final String restConfigFile;
	final String restSamplePath;
	final String hostName;
	final String jsonRoot;
	final int wsFetchSize;
	final int stmtCallLimit;
	final int wsRetryCount;
	final Integer wsTimeoutSeconds;
	final int qualifyNames;
	final String authenticationMethod;

	DsnSettings(Dsn dsn) {
		restConfigFile = value(dsn, "RestConfigFile", "rcf", "Config");
		restSamplePath = value(dsn, "RestSamplePath", "rsp", "Sample");
		hostName = host(dsn);
		jsonRoot = value(dsn, "JSONRoot", "jr");
		wsFetchSize = integer(dsn, 0, "WSFetchSize");
		stmtCallLimit = integer(dsn, 0, "StmtCallLimit");
		wsRetryCount = integer(dsn, 0, "WSRetryCount");
		String timeout = value(dsn, "WSTimeout");
		wsTimeoutSeconds = timeout == null ? null : integer(dsn, 120, "WSTimeout");
		qualifyNames = integer(dsn, 0, "QualifyNormalizedNames", "qnn");
		if (qualifyNames < 0 || qualifyNames > 2) {
			throw new EngineException(EngineException.Kind.CONFIG, "QualifyNormalizedNames must be 0, 1 or 2, not "
					+ qualifyNames);
		}
		authenticationMethod = value(dsn, "AuthenticationMethod", "am");
	}

	/** Whether the DSN asks for the Model's {@code #authentication} steps (method 29, "Custom"). */
	boolean customAuthentication() {
		return authenticationMethod != null && (authenticationMethod.trim().equals("29") || authenticationMethod
				.trim().equalsIgnoreCase("Custom"));
	}

	private static String value(Dsn dsn, String... names) {
		for (String n : names) {
			String v = dsn.value(n);
			if (v != null && !v.isBlank()) {
				return v.trim();
			}
		}
		return null;
	}

	private static int integer(Dsn dsn, int dflt, String... names) {
		String v = value(dsn, names);
		if (v == null) {
			return dflt;
		}
		try {
			return Integer.parseInt(v);
		} catch (NumberFormatException e) {
			throw new EngineException(EngineException.Kind.CONFIG, names[0] + " must be a whole number, not '" + v
					+ "'");
		}
	}

	/** HostName with a scheme (https unless PortNumber 80 or EncryptionMethod 0) and PortNumber applied. */
	private static String host(Dsn dsn) {
		String h = value(dsn, "HostName", "host");
		if (h == null) {
			return null;
		}
		String port = value(dsn, "PortNumber", "port");
		String lower = h.toLowerCase(Locale.ROOT);
		if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
			String em = value(dsn, "EncryptionMethod", "em");
			boolean plain = "80".equals(port) || "0".equals(em);
			h = (plain ? "http://" : "https://") + h;
		}
		if (port != null) {
			int schemeEnd = h.indexOf("://") + 3;
			int slash = h.indexOf('/', schemeEnd);
			String authority = slash < 0 ? h.substring(schemeEnd) : h.substring(schemeEnd, slash);
			if (!authority.contains(":")) {
				h = h.substring(0, schemeEnd) + authority + ":" + port + (slash < 0 ? "" : h.substring(slash));
			}
		}
		return h;
	}
}
