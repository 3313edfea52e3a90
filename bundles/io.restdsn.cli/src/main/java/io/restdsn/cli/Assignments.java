package io.restdsn.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.restdsn.core.ini.IniValueRules;
import io.restdsn.core.options.OptionCatalog;

/**
 * Parses the {@code KEY=VALUE} arguments of {@code restdsn set}: splits at the first {@code =}, recognises secret
 * options by the catalog (any of their names), and reads secret values given as {@code @-} (standard input) or
 * {@code @FILE}, so that secrets never need to be on the command line. {@code @@} escapes a secret that really starts
 * with {@code @}; values of other options are taken literally.
 * <p>
 * A secret read from stdin or a file loses its trailing line breaks ({@code echo s3cret | restdsn set ...}). A secret
 * that still spans lines, holds a NUL, or comes from an empty file is refused: it could not be exported to an odbc.ini
 * or a connection string, and an empty file is more likely a mistake than a request to remove the secret (that is
 * {@code KEY=}). Messages name the option and never show a value.
 */
final class Assignments {

	/** Larger than any password or token; a bigger file is the wrong file. */
	static final int MAX_SECRET_BYTES = 64 * 1024;

	private final OptionCatalog catalog;
	private final InputStream stdin;

	Assignments(OptionCatalog catalog, InputStream stdin) {
		this.catalog = catalog;
		this.stdin = stdin;
	}

	List<Assignment> parse(List<String> args) throws UsageException {
		List<Assignment> out = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		boolean stdinUsed = false;
		for (String arg : args) {
			int eq = arg.indexOf('=');
			if (eq < 0) {
				throw new UsageException("set: '" + arg + "' is not KEY=VALUE (write KEY= to remove an option)");
			}
			String key = arg.substring(0, eq);
			String value = arg.substring(eq + 1);
			java.util.Optional<String> keyProblem = IniValueRules.keyProblem(key);
			if (keyProblem.isPresent()) {
				throw UsageException.badInput("set: " + keyProblem.get());
			}
			String identity = catalog.canonicalName(key).toLowerCase(Locale.ROOT);
			if (!seen.add(identity)) {
				throw new UsageException("set: option " + catalog.canonicalName(key)
						+ " is given twice (perhaps under two of its names); give it once");
			}
			boolean secret = catalog.isSecret(key);
			Assignment.Origin origin = Assignment.Origin.COMMAND_LINE;
			if (secret && value.startsWith("@@")) {
				value = value.substring(1);
			} else if (secret && value.equals("@-")) {
				if (stdinUsed) {
					throw new UsageException("set: only one option can read its value from standard input (@-)");
				}
				stdinUsed = true;
				value = secretFromStdin(key);
				origin = Assignment.Origin.STDIN;
			} else if (secret && value.startsWith("@")) {
				value = secretFromFile(key, Path.of(value.substring(1)));
				origin = Assignment.Origin.FILE;
			}
			if (secret) {
				requireOneLine(key, value, origin);
			}
			out.add(new Assignment(key, value, secret, origin));
		}
		return out;
	}

	private String secretFromStdin(String key) throws UsageException {
		try {
			byte[] bytes = stdin.readNBytes(MAX_SECRET_BYTES + 1);
			if (bytes.length > MAX_SECRET_BYTES) {
				throw UsageException.badInput(key + "=@-: standard input holds more than " + MAX_SECRET_BYTES
						+ " bytes, which is no secret; pipe only the secret");
			}
			String value = stripLineBreaks(new String(bytes, StandardCharsets.UTF_8));
			if (value.isEmpty()) {
				throw UsageException.badInput(key + "=@-: standard input is empty; pipe the secret in (to remove "
						+ "the option, write " + key + "=)");
			}
			return value;
		} catch (IOException e) {
			throw UsageException.badInput(key + "=@-: cannot read standard input: " + e.getMessage());
		}
	}

	private String secretFromFile(String key, Path file) throws UsageException {
		String where = key + "=@" + file + ": ";
		try {
			if (Files.isDirectory(file)) {
				throw UsageException.badInput(where + "is a folder; give the file that holds the secret");
			}
			if (Files.size(file) > MAX_SECRET_BYTES) {
				throw UsageException.badInput(where + "the file is larger than " + MAX_SECRET_BYTES
						+ " bytes, which is no secret; give the file that holds only the secret");
			}
			String value = stripLineBreaks(Files.readString(file, StandardCharsets.UTF_8));
			if (value.isEmpty()) {
				throw UsageException.badInput(where + "the file is empty (to remove the option, write " + key + "=)");
			}
			return value;
		} catch (NoSuchFileException e) {
			throw UsageException.badInput(where + "no such file");
		} catch (AccessDeniedException e) {
			throw UsageException.badInput(where + "permission denied");
		} catch (IOException e) {
			throw UsageException.badInput(where + "cannot read it (" + e.getMessage() + "); it must be UTF-8 text");
		}
	}

	private static void requireOneLine(String key, String value, Assignment.Origin origin) throws UsageException {
		if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0 || value.indexOf('\0') >= 0) {
			throw UsageException.badInput("set: the value of " + key + (origin == Assignment.Origin.COMMAND_LINE ? ""
					: origin == Assignment.Origin.STDIN ? " (from standard input)" : " (from the file)")
					+ " spans several lines or holds a NUL character; a secret must be one line");
		}
	}

	static String stripLineBreaks(String s) {
		int end = s.length();
		while (end > 0 && (s.charAt(end - 1) == '\n' || s.charAt(end - 1) == '\r')) {
			end--;
		}
		return s.substring(0, end);
	}
}
