package io.restdsn.e2e;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The materialized product's {@code restdsn} start script, run as a separate process the way a user or CI job runs
 * it: in a given home folder, without D-Bus or a display (no desktop keyring, no dialog), UTF-8, with a time limit so
 * a prompt waiting for input shows up as a failure rather than a hung build.
 */
final class ProductCli {

	static final long TIMEOUT_SECONDS = 120;

	record Result(int code, String out, String err) {
	}

	final Path product;
	final Path home;

	ProductCli(Path home) {
		this.product = productDir();
		this.home = home;
	}

	static Path productDir() {
		Path product = Path.of(System.getProperty("restdsn.product.dir", "missing")).toAbsolutePath().normalize();
		if (!Files.isExecutable(product.resolve("restdsn"))) {
			fail("no materialized product at " + product + "; build it first (./mvnw verify builds it before this test)");
		}
		return product;
	}

	/** A process builder for {@code restdsn ARGS} in the clean environment. */
	ProcessBuilder builder(String... args) {
		List<String> command = new ArrayList<>();
		command.add(product.resolve("restdsn").toString());
		command.addAll(List.of(args));
		ProcessBuilder pb = new ProcessBuilder(command).directory(home.toFile());
		Map<String, String> env = pb.environment();
		for (String v : List.of("ODBCINI", "ODBCSYSINI", "DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY",
				"ECLIPSE_KEYRING", "XDG_RUNTIME_DIR")) {
			env.remove(v);
		}
		env.put("HOME", home.toString());
		env.put("LC_ALL", "C.UTF-8");
		env.put("RESTDSN_VM_ARGS", "-Duser.home=" + home);
		return pb;
	}

	Result run(String... args) throws IOException, InterruptedException {
		return run(null, args);
	}

	/**
	 * Runs {@code restdsn ARGS} with {@code stdin} piped to it (UTF-8, then closed), as in
	 * {@code printf '%s' "$SECRET" | restdsn set NAME ClientSecret=@- ...}; null means no input (/dev/null).
	 */
	Result run(String stdin, String... args) throws IOException, InterruptedException {
		Path out = Files.createTempFile("restdsn-out", ".txt");
		Path err = Files.createTempFile("restdsn-err", ".txt");
		try {
			Process p = builder(args)
					.redirectInput(stdin == null ? ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))
							: ProcessBuilder.Redirect.PIPE)
					.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
			if (stdin != null) {
				try (java.io.OutputStream in = p.getOutputStream()) {
					in.write(stdin.getBytes(StandardCharsets.UTF_8));
				}
			}
			if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
				p.descendants().forEach(ProcessHandle::destroyForcibly);
				p.destroyForcibly();
				fail("restdsn " + String.join(" ", args) + " did not finish in " + TIMEOUT_SECONDS
						+ " s (waiting for a prompt?)");
			}
			return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
					Files.readString(err, StandardCharsets.UTF_8));
		} finally {
			Files.deleteIfExists(out);
			Files.deleteIfExists(err);
		}
	}
}
