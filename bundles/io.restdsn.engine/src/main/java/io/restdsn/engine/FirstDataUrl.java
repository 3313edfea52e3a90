package io.restdsn.engine;

import java.nio.file.Path;
import java.util.Optional;

import io.restdsn.core.dsn.Dsn;
import io.restdsn.engine.model.EndpointPath;
import io.restdsn.engine.model.Model;
import io.restdsn.engine.model.ModelReader;
import io.restdsn.engine.model.TableDef;

/**
 * The URL the connection test's data stage calls when a DSN has neither HealthURI nor RestSamplePath: the first
 * table of its Model file whose path needs no parameter. Reads the file only; no HTTP.
 */
public final class FirstDataUrl {

	private FirstDataUrl() {
	}

	public static Optional<String> of(Dsn dsn) {
		String file = dsn.get("RestConfigFile").or(() -> dsn.get("rcf")).or(() -> dsn.get("Config")).orElse(null);
		if (file == null || file.isBlank()) {
			return Optional.empty();
		}
		Model model;
		try {
			model = ModelReader.read(Path.of(file.strip()));
		} catch (RuntimeException e) {
			// an unreadable Model is reported by the data stage itself (nothing to call)
			return Optional.empty();
		}
		String host = dsn.get("HostName").or(() -> dsn.get("host")).filter(h -> !h.isBlank())
				.orElse(model.hostname());
		for (TableDef t : model.tables()) {
			for (EndpointPath p : t.paths()) {
				if (p.url() == null || p.url().contains("{") || !"GET".equalsIgnoreCase(p.method())) {
					continue;
				}
				return Optional.of(absolute(host, p.url()));
			}
		}
		return Optional.empty();
	}

	private static String absolute(String host, String url) {
		if (url.startsWith("http://") || url.startsWith("https://") || host == null || host.isBlank()) {
			return url;
		}
		return host.replaceAll("/+$", "") + (url.startsWith("/") ? "" : "/") + url;
	}
}
