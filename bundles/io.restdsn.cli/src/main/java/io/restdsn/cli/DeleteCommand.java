package io.restdsn.cli;

import java.io.IOException;
import java.util.List;

import io.restdsn.secure.SecretStoreException;
import io.restdsn.secure.registry.DeleteResult;
import io.restdsn.secure.registry.DsnRegistry;

/** {@code restdsn delete NAME}: removes a DSN from the odbc.ini and its secrets from secure storage. */
final class DeleteCommand implements Command {

	@Override
	public String name() {
		return "delete";
	}

	@Override
	public String summary() {
		return "delete a DSN and its secrets";
	}

	@Override
	public String help() {
		return """
				Usage: restdsn delete NAME [--odbcini FILE] [--keyring FILE --password-file FILE]

				Deletes the DSN's section (and its [ODBC Data Sources] entry) from the odbc.ini, keeping the rest
				of the file as it is (the previous version is kept as FILE.bak), and removes its secrets from
				secure storage. Needs no master password. A name the odbc.ini does not have, but under which
				secure storage still holds secrets (left behind when the DSN was deleted by another program), has
				those secrets removed.
				""";
	}

	@Override
	public int run(CliContext ctx, List<String> args) throws UsageException, OperationFailedException {
		if (args.size() != 1 || args.get(0).startsWith("--")) {
			throw new UsageException(args.isEmpty() ? "delete: give the DSN name"
					: args.get(0).startsWith("--") ? "delete: unknown option '" + args.get(0) + "'"
							: "delete: one DSN name at a time (got " + args.size() + " arguments)");
		}
		String name = args.get(0);
		SecretAccess.checkOdbcIni(ctx);
		DsnRegistry registry = SecretAccess.registry(ctx);
		try {
			DeleteResult r = registry.delete(name);
			String storage = registry.secrets().describe();
			if (r.dsnDeleted()) {
				ctx.out.println("Deleted DSN '" + name + "' from " + registry.odbcIni()
						+ (r.secretsRemoved() > 0 ? " and its " + secrets(r.secretsRemoved()) + " from " + storage : "") + ".");
			} else if (r.secretsRemoved() > 0) {
				ctx.out.println("No DSN '" + name + "' in " + registry.odbcIni() + "; removed the "
						+ secrets(r.secretsRemoved()) + " left behind under that name from " + storage + ".");
			} else {
				throw UsageException.badInput("no DSN named '" + name + "' in " + registry.odbcIni());
			}
			return Restdsn.OK;
		} catch (SecretStoreException e) {
			throw SecretAccess.failure(e);
		} catch (IOException e) {
			throw SecretAccess.failure(registry.odbcIni(), e);
		}
	}

	private static String secrets(int n) {
		return n == 1 ? "1 secret" : n + " secrets";
	}
}
