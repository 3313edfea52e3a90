package io.restdsn.cli;

import java.util.ArrayList;
import java.util.List;

import io.restdsn.core.dsn.Dsn;
import io.restdsn.http.ConnectionTestResult;
import io.restdsn.http.Progress;
import io.restdsn.http.StageOutcome;
import io.restdsn.http.StageResult;

/** {@code restdsn test NAME|--string STR [--json]}: the staged connection test; exit 0 only when every stage passed. */
final class TestCommand implements Command {

	@Override
	public String name() {
		return "test";
	}

	@Override
	public String summary() {
		return "staged connection test: connect, TLS, token, first data request, parse";
	}

	@Override
	public String help() {
		return """
				Usage: restdsn test NAME [--json] [--verbose]
				       restdsn test --string STR [--json] [--verbose]

				Proves a DSN works, stage by stage: resolve and connect, TLS, obtain a token, the first data
				request (HealthURI, else RestSamplePath, else the first table of the Model file), and parsing
				the first page. Each stage prints its duration and outcome; a failing stage says which option
				to change. --verbose adds the redacted transcript of each stage (secrets masked).
				Exit 0 when every stage passed, 1 otherwise.
				""";
	}

	@Override
	public int run(CliContext ctx, List<String> argv) throws UsageException {
		List<String> args = new ArrayList<>(argv);
		boolean json = args.remove("--json");
		boolean verbose = args.remove("--verbose");
		Dsn dsn = DsnArgument.resolve(ctx, args, "test");
		ConnectionTestResult result;
		try (CliServices services = new CliServices()) {
			result = services.http().connectionTest(dsn, services.secrets(ctx), services.firstDataUrl()).run(Progress.NONE);
		}
		if (json) {
			ctx.out.println(result.toJson());
		} else {
			for (StageResult s : result.stages()) {
				String mark = switch (s.outcome()) {
				case PASSED -> "ok  ";
				case FAILED -> "FAIL";
				case SKIPPED -> "skip";
				};
				ctx.out.printf("%s  %-8s %6d ms  %s%n", mark, s.stage().name().toLowerCase(), s.duration().toMillis(),
						s.message());
				if (s.outcome() == StageOutcome.FAILED && !s.options().isEmpty()) {
					ctx.out.println("                         change: " + String.join(", ", s.options()));
				}
				if (verbose && !s.transcript().isEmpty()) {
					s.transcript().lines().forEach(l -> ctx.out.println("        | " + l));
				}
			}
			ctx.out.println(result.passed() ? "Connection test passed in " + result.duration().toMillis() + " ms"
					: "Connection test failed");
		}
		return result.passed() ? Restdsn.OK : Restdsn.FAILED;
	}
}
