package io.restdsn.cli;

import java.util.ArrayList;
import java.util.List;

import io.restdsn.core.dsn.Dsn;
import io.restdsn.core.validation.DsnValidator;
import io.restdsn.core.validation.Problem;

/** {@code restdsn validate NAME | --string STR}: the problems of a DSN, exit 1 when there are errors. */
final class ValidateCommand implements Command {

	@Override
	public String name() {
		return "validate";
	}

	@Override
	public String summary() {
		return "check a DSN's options: errors and warnings with what to change";
	}

	@Override
	public String help() {
		return """
				Usage: restdsn validate NAME [--json]
				       restdsn validate --string STR [--json]

				Checks every option of the DSN (required options of its authentication method, TokenURI form
				and method, credentials mode, scope syntax, Model file present, value ranges) and prints one
				line per problem: severity, option, what to do. Exit 0 when there is no error (warnings
				allowed), 1 when there are errors, 2 when the DSN or string cannot be read.

				STR may be an ODBC connection string, a JDBC URL (jdbc:datadirect:autorest:…) or a CData-style
				string (AuthScheme=OAuthClient;OAuthClientId=…).
				""";
	}

	@Override
	public int run(CliContext ctx, List<String> argv) throws UsageException {
		List<String> args = new ArrayList<>(argv);
		boolean json = args.remove("--json");
		Dsn dsn = DsnArgument.resolve(ctx, args, "validate");
		List<Problem> problems = new DsnValidator().validate(dsn);
		if (json) {
			ctx.printJson(problems);
		} else if (problems.isEmpty()) {
			ctx.out.println("OK: no problems found");
		} else {
			for (Problem p : problems) {
				ctx.out.println((p.isError() ? "error   " : "warning ") + p.option() + ": " + p.message());
			}
		}
		return Problem.anyError(problems) ? Restdsn.FAILED : Restdsn.OK;
	}
}
