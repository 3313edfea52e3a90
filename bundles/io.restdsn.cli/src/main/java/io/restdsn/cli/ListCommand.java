package io.restdsn.cli;

import java.util.ArrayList;
import java.util.List;

import io.restdsn.core.dsn.DsnSummary;

/** {@code restdsn list}: the DSNs of the odbc.ini with method and source. */
final class ListCommand implements Command {

	@Override
	public String name() {
		return "list";
	}

	@Override
	public String summary() {
		return "list the DSNs: name, authentication method, source";
	}

	@Override
	public String help() {
		return """
				Usage: restdsn list [--json] [--odbcini FILE]

				Lists the data sources of the odbc.ini file: name, authentication method, and the Model
				file or sample URL the tables come from.

				  --json           one JSON array of objects (name, authentication, source, description, driver)
				  --odbcini FILE   read FILE instead of $ODBCINI or ~/.odbc.ini
				""";
	}

	@Override
	public int run(CliContext ctx, List<String> args) throws UsageException {
		boolean json = false;
		for (String a : args) {
			if (a.equals("--json")) {
				json = true;
			} else {
				throw new UsageException("list: unexpected argument '" + a + "'");
			}
		}
		OdbcIniSource ini = OdbcIniSource.read(ctx);
		List<DsnSummary> rows = new ArrayList<>();
		for (String name : ini.document().dsnNames()) {
			ini.document().dsn(name).map(DsnSummary::of).ifPresent(rows::add);
		}
		if (json) {
			ctx.printJson(rows);
			return Restdsn.OK;
		}
		if (rows.isEmpty()) {
			ctx.err.println("No DSNs in " + ini.path() + ". Create one with: restdsn set NAME KEY=VALUE…, or restdsn import.");
			return Restdsn.OK;
		}
		Table t = new Table("NAME", "AUTHENTICATION", "SOURCE");
		rows.forEach(s -> t.row(s.name(), s.authentication(), s.source()));
		t.print(ctx.out);
		return Restdsn.OK;
	}
}
