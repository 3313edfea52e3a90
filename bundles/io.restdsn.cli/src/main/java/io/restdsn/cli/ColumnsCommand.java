package io.restdsn.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.restdsn.core.dsn.Dsn;
import io.restdsn.engine.ColumnInfo;
import io.restdsn.engine.EngineException;
import io.restdsn.engine.RestSession;
import io.restdsn.engine.TableInfo;

/** {@code restdsn columns NAME TABLE [--json]}: the columns of one table. */
final class ColumnsCommand implements Command {

	@Override
	public String name() {
		return "columns";
	}

	@Override
	public String summary() {
		return "the columns of one table: type, key, parameter columns for push-down";
	}

	@Override
	public String help() {
		return """
				Usage: restdsn columns NAME|--string STR TABLE [--json]

				Lists the columns of TABLE: name, SQL type, whether it is part of the key, and for parameter
				columns the operators pushed to the service (WHERE col = 'x' becomes a request parameter) and
				whether a query must constrain it.
				""";
	}

	@Override
	public int run(CliContext ctx, List<String> argv) throws UsageException, OperationFailedException {
		List<String> args = new ArrayList<>(argv);
		boolean json = args.remove("--json");
		Dsn dsn = DsnArgument.takeString(ctx, args);
		if (dsn == null) {
			if (args.size() != 2) {
				throw new UsageException("columns needs a DSN name (or --string STR) and a table name");
			}
			dsn = DsnArgument.named(ctx, args.remove(0));
		} else if (args.size() != 1) {
			throw new UsageException("columns needs a table name");
		}
		String table = args.get(0);
		try (CliServices services = new CliServices()) {
			RestSession session = services.openSession(ctx, dsn);
			TableInfo info = session.schema().tables().stream()
					.filter(t -> t.name().equalsIgnoreCase(table)).findFirst()
					.orElseThrow(() -> UsageException.badInput("no table '" + table + "' (restdsn tables shows them)"));
			if (json) {
				ctx.printJson(info.columns());
				return Restdsn.OK;
			}
			Table t = new Table("COLUMN", "TYPE", "KEY", "PUSH-DOWN");
			for (ColumnInfo c : info.columns()) {
				String push = c.parameter() ? c.operators().entrySet().stream().map(e -> e.getKey().toLowerCase(Locale.ROOT) + "→" + e.getValue()).sorted()
						.collect(java.util.stream.Collectors.joining(" "))
						+ (c.mandatory() ? " (required)" : "") + (c.defaultValue() != null ? " default " + c.defaultValue() : "") : "";
				t.row(c.name(), c.modelType(), c.key() ? "yes" : "", push);
			}
			t.print(ctx.out);
			return Restdsn.OK;
		} catch (EngineException e) {
			throw OperationFailedException.of(e.getMessage());
		}
	}
}
