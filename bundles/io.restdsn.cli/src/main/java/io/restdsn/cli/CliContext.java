package io.restdsn.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restdsn.core.ini.OdbcIniLocator;

/** What a command may use: streams, environment, and the global options. */
final class CliContext {

	private static final ObjectMapper JSON = new ObjectMapper();

	final PrintStream out;
	final PrintStream err;
	final InputStream in;
	final Map<String, String> env;
	final String version;
	/** {@code --odbcini FILE}, or null. */
	Path odbcIni;
	/** {@code --keyring FILE}, or null. */
	Path keyring;
	/** {@code --password-file FILE}, or null. */
	Path passwordFile;

	CliContext(PrintStream out, PrintStream err, InputStream in, Map<String, String> env, String version) {
		this.out = out;
		this.err = err;
		this.in = in;
		this.env = env;
		this.version = version;
	}

	/** Writes a value as JSON on stdout (records become objects with their component names). */
	void printJson(Object value) {
		try {
			out.println(JSON.writeValueAsString(value));
		} catch (JsonProcessingException e) {
			throw new IllegalStateException("cannot write JSON output: " + e.getOriginalMessage(), e);
		}
	}

	/** The user's home folder ($HOME). */
	Path home() {
		return Path.of(env.getOrDefault("HOME", System.getProperty("user.home")));
	}

	/** The user odbc.ini: --odbcini, else $ODBCINI, else ~/.odbc.ini. */
	Path userOdbcIni() {
		return new OdbcIniLocator(env, home())
				.userFile(Optional.ofNullable(odbcIni));
	}
}
