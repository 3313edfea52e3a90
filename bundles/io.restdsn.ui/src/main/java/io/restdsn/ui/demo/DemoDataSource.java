package io.restdsn.ui.demo;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

import io.restdsn.core.dsn.Dsn;
import io.restdsn.demo.DemoService;
import io.restdsn.ui.store.DsnStore;

/**
 * The built-in demo data source inside the studio: serves {@link DemoService} on 127.0.0.1 for as long as the
 * application runs, with its Model file under the plugin's state folder, and keeps a method-53 DSN for it in the
 * user's odbc.ini (its secret in secure storage, like any other).
 * <p>
 * The service listens on a new port when the one saved in the DSN is taken, and then rewrites the DSN and the Model
 * file, so the demo keeps working across restarts. All methods block (socket, files, secure storage): call them from
 * a Job.
 */
public final class DemoDataSource {

	public static final String DSN_NAME = DemoService.DSN_NAME;

	private final Path stateDir;
	private DemoService service;

	public DemoDataSource(Path stateDir) {
		this.stateDir = stateDir;
	}

	/** Starts the service (if needed) and adds or updates the demo DSN; returns its name. */
	public synchronized String install(DsnStore store) throws IOException {
		Optional<Dsn> existing = store.names().stream().anyMatch(DSN_NAME::equalsIgnoreCase)
				? Optional.of(store.load(DSN_NAME)) : Optional.empty();
		start(existing.map(DemoDataSource::port).orElse(0));
		Path model = service.writeModelFile(stateDir.resolve("demo").resolve("demo.rest"));
		Dsn dsn = service.dsn(DSN_NAME, model);
		if (existing.isEmpty()) {
			store.save(null, dsn);
		} else if (!sameEndpoints(existing.get(), dsn)) {
			store.save(DSN_NAME, dsn);
		}
		return DSN_NAME;
	}

	/** When the user's odbc.ini has the demo DSN, serve it again (on its port if free). Nothing otherwise. */
	public synchronized void resumeIfConfigured(DsnStore store) throws IOException {
		if (service == null && store.names().stream().anyMatch(DSN_NAME::equalsIgnoreCase)) {
			install(store);
		}
	}

	public synchronized boolean isRunning() {
		return service != null && service.isRunning();
	}

	public synchronized void stop() {
		if (service != null) {
			service.stop();
			service = null;
		}
	}

	private void start(int preferredPort) throws IOException {
		if (service != null) {
			return;
		}
		if (preferredPort > 0) {
			try {
				service = new DemoService(preferredPort).start();
				return;
			} catch (IOException portTaken) {
				// another process has it now: take any free port and rewrite the DSN
			}
		}
		service = new DemoService(0).start();
	}

	private static int port(Dsn dsn) {
		try {
			String uri = dsn.get("TokenURI").orElse("").replaceFirst("(?i)^(GET|POST)\\s+", "").strip();
			return uri.isEmpty() ? 0 : Math.max(URI.create(uri).getPort(), 0);
		} catch (IllegalArgumentException e) {
			return 0;
		}
	}

	private static boolean sameEndpoints(Dsn a, Dsn b) {
		return a.get("TokenURI").equals(b.get("TokenURI")) && a.get("HealthURI").equals(b.get("HealthURI"))
				&& a.get("RestConfigFile").equals(b.get("RestConfigFile")) && a.get("ClientSecret").isPresent();
	}
}
