package io.restdsn.cli;

import java.io.IOException;
import java.util.List;
import java.util.NoSuchElementException;

import io.restdsn.core.ini.IniValueException;
import io.restdsn.secure.SecretStoreException;
import io.restdsn.secure.registry.DsnRegistry;

/** {@code restdsn rename OLD NEW}: renames a DSN and moves its secrets with it. */
final class RenameCommand implements Command {

	@Override
	public String name() {
		return "rename";
	}

	@Override
	public String summary() {
		return "rename a DSN; its secrets move with it";
	}

	@Override
	public String help() {
		return """
				Usage: restdsn rename OLD NEW [--odbcini FILE] [--keyring FILE --password-file FILE]

				Renames the DSN's section and its [ODBC Data Sources] entry in the odbc.ini (only the names
				change) and moves its secrets in secure storage to the new name, which needs the master password
				when the DSN has secrets. Refused, with nothing changed, when a DSN named NEW exists already or
				NEW cannot be a DSN name.
				""";
	}

	@Override
	public int run(CliContext ctx, List<String> args) throws UsageException, OperationFailedException {
		for (String a : args) {
			if (a.startsWith("--")) {
				throw new UsageException("rename: unknown option '" + a + "'");
			}
		}
		if (args.size() != 2) {
			throw new UsageException("rename: give the old and the new name (got " + args.size() + " arguments)");
		}
		String from = args.get(0);
		String to = args.get(1);
		SecretAccess.checkOdbcIni(ctx);
		DsnRegistry registry = SecretAccess.registry(ctx);
		try {
			int moved = registry.rename(from, to);
			ctx.out.println("Renamed DSN '" + from + "' to '" + to + "' in " + registry.odbcIni()
					+ (moved > 0 ? "; moved " + (moved == 1 ? "1 secret" : moved + " secrets") + " in "
							+ registry.secrets().describe() : "") + ".");
			return Restdsn.OK;
		} catch (NoSuchElementException e) {
			try {
				throw UsageException.badInput(ShowCommand.notFound(registry, from));
			} catch (IOException | SecretStoreException inner) {
				throw UsageException.badInput(e.getMessage());
			}
		} catch (IniValueException e) {
			throw SecretAccess.badInput(e);
		} catch (IllegalArgumentException e) {
			throw UsageException.badInput(e.getMessage()); // the new name is taken
		} catch (SecretStoreException e) {
			throw SecretAccess.failure(e);
		} catch (IOException e) {
			throw SecretAccess.failure(registry.odbcIni(), e);
		}
	}
}
