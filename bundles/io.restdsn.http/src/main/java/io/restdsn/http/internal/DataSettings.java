package io.restdsn.http.internal;

import java.util.ArrayList;
import java.util.List;

import io.restdsn.http.ConnectionException;
import okhttp3.HttpUrl;

/**
 * Where a DSN's data lives: HostName as the base for relative paths (with PortNumber and EncryptionMethod when
 * HostName has no scheme), HealthURI and RestSamplePath for the test connection, JSONRoot for parsing.
 */
record DataSettings(HttpUrl base, String healthUri, String samplePath, String jsonRoot) {

	/** A URL to call, with the options that produced it (for messages that say what to change). */
	record Target(HttpUrl url, List<Opt> options, String label) {
	}

	static DataSettings read(DsnReader r) throws ConnectionException {
		return new DataSettings(base(r), r.text(Opt.HEALTH_URI), r.text(Opt.REST_SAMPLE_PATH), r.text(Opt.JSON_ROOT));
	}

	private static HttpUrl base(DsnReader r) throws ConnectionException {
		String host = r.text(Opt.HOST_NAME);
		if (host == null) {
			return null;
		}
		if (host.contains("://")) {
			HttpUrl url = HttpUrl.parse(host);
			if (url == null) {
				throw Problem.config("HostName '" + host + "' is not a valid http or https URL.", Opt.HOST_NAME);
			}
			return url;
		}
		int port = r.integer(Opt.PORT_NUMBER, -1);
		boolean tls = r.integer(Opt.ENCRYPTION_METHOD, 0) == 1 || port == 443;
		HttpUrl url = HttpUrl.parse((tls ? "https://" : "http://") + host);
		if (url == null) {
			throw Problem.config("HostName '" + host + "' is not a valid host name or base URL.", Opt.HOST_NAME);
		}
		if (port > 0 && !host.matches("^[^/]*:[0-9]+(/.*)?$")) {
			if (port > 65535) {
				throw Problem.config("PortNumber " + port + " is not a valid port.", Opt.PORT_NUMBER);
			}
			url = url.newBuilder().port(port).build();
		}
		return url;
	}

	/**
	 * An absolute URL for a value that may be relative to HostName ({@code GET } prefixes are tolerated).
	 *
	 * @param source the option the value came from, null when the caller supplied it
	 */
	Target resolve(String value, Opt source, String label) throws ConnectionException {
		String v = value.trim().replaceFirst("(?i)^GET\\s+", "");
		List<Opt> options = new ArrayList<>();
		if (source != null) {
			options.add(source);
		}
		HttpUrl absolute = v.contains("://") ? HttpUrl.parse(v) : null;
		if (absolute != null) {
			return new Target(absolute, options, label);
		}
		if (v.contains("://")) {
			throw Problem.config((source == null ? "The URL" : source.toString()) + " '" + v
					+ "' is not a valid http or https URL.", options.toArray(Opt[]::new));
		}
		options.add(Opt.HOST_NAME);
		if (base == null) {
			throw Problem.config((source == null ? "The path" : source + " '" + v + "'")
					+ " is relative, so HostName must give the base URL (e.g. https://api.example.com).",
					options.toArray(Opt[]::new));
		}
		String joined = base.toString().replaceFirst("/+$", "") + "/" + v.replaceFirst("^/+", "");
		HttpUrl url = HttpUrl.parse(joined);
		if (url == null) {
			throw Problem.config("HostName and " + (source == null ? "the path" : source) + " do not form a valid URL: "
					+ joined, options.toArray(Opt[]::new));
		}
		return new Target(url, options, label);
	}

	/**
	 * What the test connection calls first: HealthURI, else RestSamplePath, else the Model's first table (found by
	 * the engine through {@code modelUrl}). Null when there is nothing to call.
	 */
	Target testTarget(String modelUrl) throws ConnectionException {
		if (healthUri != null) {
			return resolve(healthUri, Opt.HEALTH_URI, "HealthURI");
		}
		if (samplePath != null) {
			return resolve(samplePath, Opt.REST_SAMPLE_PATH, "RestSamplePath");
		}
		if (modelUrl != null && !modelUrl.isBlank()) {
			return resolve(modelUrl, Opt.REST_CONFIG_FILE, "the Model file's first table");
		}
		return null;
	}
}
