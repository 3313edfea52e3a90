package io.restdsn.ui;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;

import io.restdsn.core.ini.OdbcIniLocator;
import io.restdsn.http.RestClientFactory;
import io.restdsn.ui.checks.ConnectionChecks;
import io.restdsn.ui.checks.HttpConnectionChecks;
import io.restdsn.ui.checks.LastTests;
import io.restdsn.ui.store.DsnStore;
import io.restdsn.secure.SecureStorage;
import io.restdsn.ui.demo.DemoDataSource;
import io.restdsn.ui.store.RegistryDsnStore;

/**
 * The UI bundle's activator and the UI's composition root: preferences, the odbc.ini location, and the two services
 * the dialogs are handed (never looked up from inside them): the {@link DsnStore} and the {@link ConnectionChecks}.
 */
public class UiPlugin extends AbstractUIPlugin {

	public static final String ID = "io.restdsn.ui";
	/** Preference: explicit user odbc.ini path; empty means $ODBCINI, else ~/.odbc.ini. */
	public static final String PREF_ODBCINI = "odbcIniPath";
	/** Preference: a query window stops fetching after this many rows (they are kept in memory for the grid). */
	public static final String PREF_MAX_ROWS = "queryMaxRows";
	public static final int DEFAULT_MAX_ROWS = 2_000_000;

	private static UiPlugin instance;

	private DsnStore store;
	private DemoDataSource demo;
	private RestClientFactory http;
	private volatile ConnectionChecks checks;
	private final LastTests lastTests = new LastTests();

	@Override
	public void start(BundleContext context) throws Exception {
		super.start(context);
		instance = this;
		getPreferenceStore().setDefault(PREF_MAX_ROWS, DEFAULT_MAX_ROWS);
		// without a desktop keyring, the master password is asked in the studio's words, not the platform's
		io.restdsn.secure.SecureStorage.usePasswordDialog(io.restdsn.ui.storage.MasterPasswordProvider.MODULE_ID);
	}

	@Override
	public void stop(BundleContext context) throws Exception {
		synchronized (this) {
			if (demo != null) {
				demo.stop();
			}
		}
		synchronized (this) {
			if (http != null) {
				http.close();
				http = null;
			}
		}
		instance = null;
		super.stop(context);
	}

	/** Rows a query window fetches at most ({@link #PREF_MAX_ROWS}; at least 1). */
	public int maxQueryRows() {
		int n = getPreferenceStore().getInt(PREF_MAX_ROWS);
		return n > 0 ? n : DEFAULT_MAX_ROWS;
	}

	/** The built-in demo data source (served while the application runs, once the user asked for it). */
	public synchronized DemoDataSource demo() {
		if (demo == null) {
			// the same folder `restdsn demo` uses, so the Model file is easy to find and open
			demo = new DemoDataSource(Path.of(System.getProperty("user.home"), ".restdsn-studio"));
		}
		return demo;
	}

	public static UiPlugin getDefault() {
		return instance;
	}

	/**
	 * Where DSNs are loaded and saved.
	 * <p>
	 * The DSN registry shared with the command line: options in the user odbc.ini, secrets in the platform's default
	 * Eclipse secure storage (its master password comes from the desktop keyring, {@code -eclipse.password}, or the
	 * platform's password dialog).
	 */
	public synchronized DsnStore dsnStore() {
		if (store == null) {
			store = new RegistryDsnStore(this::userOdbcIni, () -> SecureStorage.openDefault(true));
		}
		return store;
	}

	/**
	 * "Test connection" and "Get token now": {@code io.restdsn.http}'s ConnectionTest and TokenOperation over the
	 * application's one HTTP runtime, unless something else was installed with {@link #setConnectionChecks}.
	 */
	public ConnectionChecks connectionChecks() {
		ConnectionChecks c = checks;
		return c != null ? c : defaultChecks();
	}

	private synchronized ConnectionChecks defaultChecks() {
		return new HttpConnectionChecks(restClients());
	}

	/**
	 * The application's one HTTP runtime (shared connection pool, per-DSN token caches), created on first use and
	 * closed when the bundle stops. The query window builds its sessions' authorized clients from it.
	 */
	public synchronized RestClientFactory restClients() {
		if (http == null) {
			http = RestClientFactory.create();
		}
		return http;
	}

	/** Where query windows keep each DSN's statement history (the plugin's state location; no secrets there). */
	public java.nio.file.Path queryHistoryDirectory() {
		return getStateLocation().toFile().toPath().resolve("history");
	}

	/**
	 * Replaces the connection checks, e.g. by {@link ConnectionChecks#unavailable()} or a scripted stand-in in UI
	 * tests; {@code null} restores the HTTP bundle's.
	 */
	public void setConnectionChecks(ConnectionChecks checks) {
		this.checks = checks;
	}

	/** The last connection-test result of each DSN, for the session. */
	public LastTests lastTests() {
		return lastTests;
	}

	/** The system odbc.ini ($ODBCSYSINI/odbc.ini, else /etc/odbc.ini), shown in the preferences. */
	public Path systemOdbcIni() {
		return OdbcIniLocator.fromSystem().systemFile();
	}

	/** The user odbc.ini the Data Sources view shows and edits. */
	public Path userOdbcIni() {
		String explicit = getPreferenceStore().getString(PREF_ODBCINI);
		return OdbcIniLocator.fromSystem()
				.userFile(explicit == null || explicit.isBlank() ? Optional.empty() : Optional.of(Path.of(explicit)));
	}
}
