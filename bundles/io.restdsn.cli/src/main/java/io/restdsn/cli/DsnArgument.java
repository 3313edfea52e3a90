package io.restdsn.cli;

import java.util.List;

import io.restdsn.core.connstr.ConnectionStringProblem;
import io.restdsn.core.connstr.ConnectionStrings;
import io.restdsn.core.connstr.ParsedConnectionString;
import io.restdsn.core.dsn.Dsn;

/**
 * The DSN a command works on: {@code NAME} (a section of the odbc.ini) or {@code --string STR} (a connection string
 * of any supported family, used without saving).
 */
final class DsnArgument {

	private DsnArgument() {
	}

	/** Takes {@code --string STR} out of {@code args} if present and parses it; null when absent. */
	static Dsn takeString(CliContext ctx, List<String> args) throws UsageException {
		for (int i = 0; i < args.size(); i++) {
			String a = args.get(i);
			String value = null;
			if (a.equals("--string")) {
				if (i + 1 >= args.size()) {
					throw new UsageException("--string needs a connection string");
				}
				value = args.remove(i + 1);
				args.remove(i);
			} else if (a.startsWith("--string=")) {
				value = a.substring("--string=".length());
				args.remove(i);
			}
			if (value != null) {
				return parse(ctx, value);
			}
		}
		return null;
	}

	static Dsn parse(CliContext ctx, String text) throws UsageException {
		ParsedConnectionString parsed = ConnectionStrings.parse(text);
		for (ConnectionStringProblem p : parsed.problems()) {
			if (p.severity() == ConnectionStringProblem.Severity.ERROR) {
				throw UsageException.badInput("connection string" + (p.position() > 0 ? " at character " + p.position() : "")
						+ ": " + p.message());
			}
			ctx.err.println("note: connection string" + (p.position() > 0 ? " at character " + p.position() : "") + ": "
					+ p.message());
		}
		return parsed.dsn();
	}

	/** {@code NAME} or {@code --string STR}, the only positional argument of commands that use one DSN. */
	static Dsn resolve(CliContext ctx, List<String> args, String command) throws UsageException {
		Dsn dsn = takeString(ctx, args);
		if (dsn == null) {
			if (args.size() != 1 || args.get(0).startsWith("-")) {
				throw new UsageException(command + " needs one DSN name or --string STR"
						+ (args.isEmpty() ? "" : " (got '" + String.join(" ", args) + "')"));
			}
			return named(ctx, args.get(0));
		}
		if (!args.isEmpty()) {
			throw new UsageException(command + ": unexpected argument '" + args.get(0) + "'");
		}
		return dsn;
	}

	/** The DSN named {@code name} in the odbc.ini, or an input error naming the file. */
	static Dsn named(CliContext ctx, String name) throws UsageException {
		OdbcIniSource ini = OdbcIniSource.read(ctx);
		return ini.document().dsn(name).orElseThrow(() -> UsageException.badInput("no DSN named '" + name + "' in "
				+ ini.path() + " (restdsn list shows the DSNs there)"));
	}
}
