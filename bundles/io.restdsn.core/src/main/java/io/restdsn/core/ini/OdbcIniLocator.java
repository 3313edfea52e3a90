package io.restdsn.core.ini;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where unixODBC looks for DSNs, given an environment and a home folder (passed in so tests and the command line can
 * choose them; {@link #fromSystem()} uses the real ones).
 * <p>
 * User DSNs: an explicit file ({@code --odbcini}), else {@code $ODBCINI}, else {@code ~/.odbc.ini}. System DSNs:
 * {@code $ODBCSYSINI/odbc.ini}, else {@code /etc/odbc.ini}. An empty variable counts as unset, as in unixODBC.
 */
public final class OdbcIniLocator {

	private final Map<String, String> env;
	private final Path home;

	public OdbcIniLocator(Map<String, String> env, Path home) {
		this.env = Map.copyOf(Objects.requireNonNull(env, "env"));
		this.home = Objects.requireNonNull(home, "home");
	}

	public static OdbcIniLocator fromSystem() {
		return new OdbcIniLocator(System.getenv(), Path.of(System.getProperty("user.home")));
	}

	/** The user file: {@code explicit} when given, else {@code $ODBCINI}, else {@code ~/.odbc.ini}. */
	public Path userFile(Optional<Path> explicit) {
		return explicit.orElseGet(() -> variable("ODBCINI").map(Path::of).orElse(home.resolve(".odbc.ini")));
	}

	public Path userFile() {
		return userFile(Optional.empty());
	}

	/** The system file: {@code $ODBCSYSINI/odbc.ini}, else {@code /etc/odbc.ini}. */
	public Path systemFile() {
		return systemFolder().resolve("odbc.ini");
	}

	/** The driver list beside the system file ({@code odbcinst.ini}). */
	public Path driversFile() {
		return systemFolder().resolve("odbcinst.ini");
	}

	private Path systemFolder() {
		return variable("ODBCSYSINI").map(Path::of).orElse(Path.of("/etc"));
	}

	private Optional<String> variable(String name) {
		String v = env.get(name);
		return v == null || v.isBlank() ? Optional.empty() : Optional.of(v);
	}
}
