package io.restdsn.cli;

import java.util.ArrayList;
import java.util.List;

import io.restdsn.core.dsn.Dsn;
import io.restdsn.engine.EngineException;
import io.restdsn.engine.RestSession;
import io.restdsn.engine.SchemaInfo;
import io.restdsn.engine.TableInfo;

/** {@code restdsn tables NAME [--json]}: the tables the engine exposes for a DSN. */
final class TablesCommand implements Command {

	@Override
	public String name() {
		return "tables";
	}

	@Override
	public String summary() {
		return "the tables of a DSN (from its Model file, or sampled)";
	}

	@Override
	public String help() {
		return """
				Usage: restdsn tables NAME|--string STR [--json]

				Lists the SQL tables the query engine exposes for the DSN: name, parent table (child tables
				come from arrays in the responses), key columns, and the endpoint. Short-form Model files and
				RestSamplePath are sampled first (a few HTTP requests).
				""";
	}

	@Override
	public int run(CliContext ctx, List<String> argv) throws UsageException, OperationFailedException {
		List<String> args = new ArrayList<>(argv);
		boolean json = args.remove("--json");
		Dsn dsn = DsnArgument.resolve(ctx, args, "tables");
		try (CliServices services = new CliServices()) {
			RestSession session = services.openSession(ctx, dsn);
			SchemaInfo schema = session.schema();
			if (json) {
				ctx.printJson(schema.tables());
				return Restdsn.OK;
			}
			Table t = new Table("TABLE", "PARENT", "KEY", "ENDPOINT");
			for (TableInfo ti : schema.tables()) {
				t.row(ti.name(), ti.parent() == null ? "" : String.valueOf(ti.parent()), String.join(",", ti.keyColumns()),
						ti.endpoint() == null ? "" : String.valueOf(ti.endpoint()));
			}
			t.print(ctx.out);
			return Restdsn.OK;
		} catch (EngineException e) {
			throw OperationFailedException.of(e.getMessage());
		}
	}
}
