package io.restdsn.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Runs {@link Restdsn} in-process with captured streams, a given HOME and environment. */
final class CliRunner {

	record Result(int code, String out, String err) {
	}

	private final Map<String, String> env = new HashMap<>();
	private byte[] stdin = new byte[0];

	CliRunner(Path home) {
		env.put("HOME", home.toString());
	}

	CliRunner env(String key, String value) {
		env.put(key, value);
		return this;
	}

	CliRunner stdin(String text) {
		stdin = text.getBytes(StandardCharsets.UTF_8);
		return this;
	}

	Result run(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = new Restdsn(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), new ByteArrayInputStream(stdin), env, "9.9.9")
				.run(args);
		return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}
}
