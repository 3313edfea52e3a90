package io.restdsn.demo;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The options of a method-53 DSN for a running demo, in the order the editor and odbc.ini show them.
 * <p>
 * Chosen to be the settings a careful user would pick, not the connector's defaults: {@code POST} on the token URI
 * and Basic credentials (mode 1), as RFC 6749 asks, so the demo DSN raises none of the editor's warnings. The
 * secret is included: the caller moves it to secure storage like any imported secret.
 */
final class DemoConnectionOptions {

	private DemoConnectionOptions() {
	}

	static Map<String, String> of(String baseUrl, Path modelFile) {
		Map<String, String> m = new LinkedHashMap<>();
		m.put("Description", "Built-in demo data source: made-up customers, orders and events served on this computer");
		m.put("AuthenticationMethod", "53");
		m.put("ClientID", DemoService.CLIENT_ID);
		m.put("ClientSecret", DemoService.CLIENT_SECRET);
		m.put("TokenURI", "POST " + baseUrl + "/oauth/token");
		m.put("Scope", DemoService.DEFAULT_SCOPE);
		m.put("ClientCredentialsMode", "1");
		m.put("RestConfigFile", modelFile.toAbsolutePath().normalize().toString());
		m.put("HealthURI", baseUrl + HealthEndpoint.PATH);
		return Collections.unmodifiableMap(m);
	}
}
