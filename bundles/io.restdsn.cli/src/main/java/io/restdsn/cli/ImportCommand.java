package io.restdsn.cli;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.restdsn.core.dsn.Dsn;
import io.restdsn.core.dsn.DsnNormalizer;
import io.restdsn.core.dsn.Normalization;
import io.restdsn.core.ini.IniProblem;
import io.restdsn.core.ini.IniValueException;
import io.restdsn.core.ini.OdbcIniDocument;
import io.restdsn.secure.SecretStoreException;
import io.restdsn.secure.registry.DsnRegistry;
import io.restdsn.secure.registry.ImportResult;
import io.restdsn.secure.registry.OnConflict;

/**
 * {@code restdsn import --string STR --name NAME} and {@code restdsn import --ini FILE [--dsn NAME]…}: DSNs from a
 * connection string or another odbc.ini into ours; legacy spellings normalized, secrets moved to secure storage.
 */
final class ImportCommand implements Command {

	@Override
	public String name() {
		return "import";
	}

	@Override
	public String summary() {
		return "import DSNs from a connection string or another odbc.ini (secrets go to secure storage)";
	}

	@Override
	public String help() {
		return """
				Usage: restdsn import --string STR --name NAME [--on-conflict rename|replace|skip]
				       restdsn import --ini FILE [--dsn NAME]… [--on-conflict rename|replace|skip]

				--string takes an ODBC connection string, a JDBC URL (jdbc:datadirect:autorest:…) or a
				CData-style string (AuthScheme=OAuthClient;…). --ini imports every DSN of FILE, or those named
				with --dsn. Legacy spellings (AuthenticationMethod=OAuth2, Config=, Sample=, LogonID=, short
				names) are normalized and reported. Secret options (ClientSecret, SecurityToken, passwords,
				tokens) are stored in secure storage and never written to the odbc.ini.

				  --on-conflict  what to do when a DSN of that name exists: rename (default; adds " (2)"),
				                 replace, or skip
				""";
	}

	@Override
	public int run(CliContext ctx, List<String> argv) throws UsageException, OperationFailedException {
		List<String> args = new ArrayList<>(argv);
		String string = null;
		String name = null;
		Path ini = null;
		List<String> only = new ArrayList<>();
		OnConflict onConflict = OnConflict.RENAME;
		for (int i = 0; i < args.size(); i++) {
			String a = args.get(i);
			if (!a.startsWith("--")) {
				throw new UsageException("import: unexpected argument '" + a + "'");
			}
			if (i + 1 >= args.size()) {
				throw new UsageException(a + " needs a value");
			}
			String v = args.get(++i);
			switch (a) {
			case "--string" -> string = v;
			case "--name" -> name = v;
			case "--ini" -> ini = Path.of(v);
			case "--dsn" -> only.add(v);
			case "--on-conflict" -> {
				try {
					onConflict = OnConflict.valueOf(v.toUpperCase(Locale.ROOT));
				} catch (IllegalArgumentException e) {
					throw new UsageException("--on-conflict must be rename, replace or skip (got '" + v + "')");
				}
			}
			default -> throw new UsageException("import: unknown option '" + a + "'");
			}
		}
		if ((string == null) == (ini == null)) {
			throw new UsageException("import needs either --string STR --name NAME or --ini FILE");
		}
		List<Dsn> incoming = new ArrayList<>();
		if (string != null) {
			if (name == null || name.isBlank()) {
				throw new UsageException("import --string needs --name NAME for the new DSN");
			}
			incoming.add(DsnArgument.parse(ctx, string).withName(name));
		} else {
			if (name != null) {
				throw new UsageException("--name goes with --string; use --dsn to pick DSNs of an odbc.ini");
			}
			incoming.addAll(readIni(ini, only));
		}
		DsnRegistry registry = SecretAccess.registry(ctx);
		try {
			for (Dsn dsn : incoming) {
				Normalization n = DsnNormalizer.standard().normalize(dsn);
				n.notes().forEach(note -> ctx.err.println("note: " + dsn.name() + ": " + note));
				n.duplicates().forEach(d -> ctx.err.println("warning: " + dsn.name() + ": " + d.message()));
				ImportResult r = registry.importDsn(n.dsn(), onConflict);
				if (r.skipped()) {
					ctx.out.println("Skipped '" + dsn.name() + "': a DSN of that name exists (--on-conflict skip).");
				} else {
					String as = r.savedAs().orElse(dsn.name());
					ctx.out.println("Imported '" + dsn.name() + "'" + (as.equals(dsn.name()) ? "" : " as '" + as + "'")
							+ " into " + registry.odbcIni() + ".");
					r.saved().ifPresent(s -> {
						if (!s.storedSecrets().isEmpty()) {
							ctx.out.println("Stored in " + registry.secrets().describe() + ": "
									+ String.join(", ", s.storedSecrets()) + ".");
						}
					});
				}
			}
			return Restdsn.OK;
		} catch (IniValueException e) {
			throw SecretAccess.badInput(e);
		} catch (SecretStoreException e) {
			throw SecretAccess.failure(e);
		} catch (IOException e) {
			throw SecretAccess.failure(registry.odbcIni(), e);
		}
	}

	private static List<Dsn> readIni(Path file, List<String> only) throws UsageException {
		OdbcIniDocument doc;
		try {
			doc = OdbcIniDocument.parse(file);
		} catch (NoSuchFileException e) {
			throw UsageException.badInput("cannot read " + file + ": no such file");
		} catch (IOException e) {
			throw UsageException.badInput("cannot read " + file + ": " + e.getMessage());
		}
		for (IniProblem p : doc.problems()) {
			if (p.isError()) {
				throw UsageException.badInput(file + ":" + p.line() + ": " + p.message());
			}
		}
		List<Dsn> out = new ArrayList<>();
		List<String> names = only.isEmpty() ? doc.dsnNames() : only;
		for (String n : names) {
			out.add(doc.dsn(n).orElseThrow(() -> UsageException.badInput("no DSN named '" + n + "' in " + file)));
		}
		if (out.isEmpty()) {
			throw UsageException.badInput(file + " has no DSN sections to import");
		}
		return out;
	}
}
