package io.restdsn.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import io.restdsn.core.dsn.Dsn;
import io.restdsn.core.ini.IniValueException;
import io.restdsn.core.options.OptionCatalog;
import io.restdsn.core.validation.DsnValidator;
import io.restdsn.core.validation.Problem;
import io.restdsn.core.validation.Validation;
import io.restdsn.secure.SecretStoreException;
import io.restdsn.secure.registry.DsnEntry;
import io.restdsn.secure.registry.DsnRegistry;
import io.restdsn.secure.registry.SaveResult;
import io.restdsn.secure.registry.SecretMode;

/** {@code restdsn set NAME KEY=VALUE…}: creates or changes a DSN; secret options go to secure storage. */
final class SetCommand implements Command {

	@Override
	public String name() {
		return "set";
	}

	@Override
	public String summary() {
		return "create or change a DSN; secret options go to secure storage";
	}

	@Override
	public String help() {
		return """
				Usage: restdsn set NAME KEY=VALUE... [--odbcini FILE] [--keyring FILE --password-file FILE]

				Creates the DSN NAME in the odbc.ini, or changes its options. Secret options (ClientSecret,
				SecurityToken, Password, AccessToken, RefreshToken, SecretKey, JWTCertPassword,
				KeyStorePassword, KeyPassword, TrustStorePassword, ProxyPassword) are stored encrypted in
				secure storage and never written to the odbc.ini; all other options go to the odbc.ini.

				  KEY=VALUE      set an option (short and legacy names such as o2tu or Config are understood;
				                 an option the DSN already has keeps the name it has there)
				  KEY=           remove the option (for a secret: remove it from secure storage)
				  SECRET=@-      read the secret from standard input (trailing line breaks are dropped)
				  SECRET=@FILE   read the secret from FILE (trailing line breaks are dropped)
				  SECRET=@@...   a secret that really starts with '@'
				  (values of options that are not secrets are always taken literally)

				  --odbcini FILE        the odbc.ini to change (default: $ODBCINI, else ~/.odbc.ini)
				  --keyring FILE        the secure storage file (default: the platform's secure storage)
				  --password-file FILE  its master password; without one no password is ever prompted for

				Values that unixODBC would read back differently (leading or trailing blanks, line breaks, lines
				longer than 999 bytes) are refused with a message naming the option; nothing is changed then.
				Problems the validator finds are printed on stderr, but the DSN is saved, so that it can be
				completed one option at a time. 'restdsn set NAME' alone moves secrets found in clear in the
				odbc.ini into secure storage.

				Example:
				  printf '%s' "$SECRET" | restdsn set Analytics AuthenticationMethod=53 ClientID=abc \\
				      ClientSecret=@- TokenURI='POST https://accounts.example.com/token' RestConfigFile=/m/ga.rest
				""";
	}

	@Override
	public int run(CliContext ctx, List<String> args) throws UsageException, OperationFailedException {
		String name = null;
		List<String> pairs = new ArrayList<>();
		for (String a : args) {
			if (a.startsWith("--")) {
				throw new UsageException("set: unknown option '" + a + "'");
			} else if (name == null) {
				name = a;
			} else {
				pairs.add(a);
			}
		}
		if (name == null) {
			throw new UsageException("set: give the DSN name and KEY=VALUE options");
		}
		OptionCatalog catalog = OptionCatalog.standard();
		// read and check every value (and stdin) before anything is opened or written
		List<Assignment> assignments = new Assignments(catalog, ctx.in).parse(pairs);
		SecretAccess.checkOdbcIni(ctx);
		DsnRegistry registry = SecretAccess.registry(ctx);
		try {
			Optional<Dsn> existing = registry.load(name, SecretMode.OMIT);
			if (existing.isEmpty() && assignments.isEmpty()) {
				throw UsageException.badInput("no DSN named '" + name + "' in " + registry.odbcIni()
						+ "; give KEY=VALUE options to create it");
			}
			List<String> storedBefore = registry.entry(name).map(DsnEntry::storedSecrets).orElse(List.of());
			Dsn edited = new DsnEdit(catalog).apply(existing.orElse(Dsn.empty(name)), assignments);
			SaveResult result = registry.save(edited);
			report(ctx, registry, result);
			warnAboutCommandLineSecrets(ctx, assignments);
			Set<String> stored = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
			stored.addAll(storedBefore);
			stored.addAll(result.storedSecrets());
			stored.removeAll(result.removedSecrets());
			printProblems(ctx, result.name(), new DsnValidator(Validation.defaults().withSecretStored(stored::contains))
					.validate(registry.withoutSecrets(edited)));
			return Restdsn.OK;
		} catch (IniValueException e) {
			throw SecretAccess.badInput(e);
		} catch (SecretStoreException e) {
			throw SecretAccess.failure(e);
		} catch (IOException e) {
			throw SecretAccess.failure(registry.odbcIni(), e);
		}
	}

	private static void report(CliContext ctx, DsnRegistry registry, SaveResult r) {
		ctx.out.println((r.created() ? "Created" : "Updated") + " DSN '" + r.name() + "' in " + registry.odbcIni() + ".");
		String storage = registry.secrets().describe();
		if (!r.storedSecrets().isEmpty()) {
			ctx.out.println("Stored in " + storage + ": " + String.join(", ", r.storedSecrets()) + ".");
		}
		if (!r.movedFromIni().isEmpty()) {
			ctx.out.println("Moved out of the odbc.ini into secure storage: " + String.join(", ", r.movedFromIni()) + ".");
		}
		if (!r.removedSecrets().isEmpty()) {
			ctx.out.println("Removed from " + storage + ": " + String.join(", ", r.removedSecrets()) + ".");
		}
	}

	private static void warnAboutCommandLineSecrets(CliContext ctx, List<Assignment> assignments) {
		for (Assignment a : assignments) {
			if (a.secret() && !a.removes() && a.origin() == Assignment.Origin.COMMAND_LINE) {
				ctx.err.println("note: " + a.key() + " was given on the command line, where other users can see it "
						+ "(process list, shell history); next time use " + a.key() + "=@- or " + a.key() + "=@FILE");
			}
		}
	}

	private static void printProblems(CliContext ctx, String name, List<Problem> problems) {
		for (Problem p : problems) {
			ctx.err.println((p.isError() ? "error: " : "warning: ") + p.option() + ": " + p.message());
		}
		if (Problem.anyError(problems)) {
			ctx.err.println("DSN '" + name + "' was saved, but will not work until the errors above are fixed "
					+ "(restdsn set " + name + " KEY=VALUE...).");
		}
	}
}
