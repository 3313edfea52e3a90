package io.restdsn.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.restdsn.core.dsn.Dsn;
import io.restdsn.core.options.OptionCatalog;
import io.restdsn.secure.SecretStoreException;
import io.restdsn.secure.registry.DsnEntry;
import io.restdsn.secure.registry.DsnRegistry;
import io.restdsn.secure.registry.OrphanedSecrets;
import io.restdsn.secure.registry.SecretMode;

/** {@code restdsn show NAME}: every option of one DSN, secrets masked unless {@code --secrets include}. */
final class ShowCommand implements Command {

	/** What a stored secret shows as. */
	static final String STORED = "•••• (stored)";
	/** What a secret written in clear in the odbc.ini shows as. */
	static final String IN_INI = "•••• (in odbc.ini, not in secure storage)";

	@Override
	public String name() {
		return "show";
	}

	@Override
	public String summary() {
		return "show all options of a DSN, secrets masked";
	}

	@Override
	public String help() {
		return """
				Usage: restdsn show NAME [--json] [--secrets mask|include] [--odbcini FILE]
				                        [--keyring FILE --password-file FILE]

				Prints every option of the DSN: those of the odbc.ini in file order, then the secrets held in
				secure storage. Secrets are shown as '%s'; a secret found in clear in the odbc.ini is shown as
				'%s' ('restdsn set NAME' moves it into secure storage).

				  --json               one JSON object: name, odbcIni, secureStorage, options (in order),
				                       storedSecrets, secretsInOdbcIni
				  --secrets include    show the secrets' values (decrypts them: needs the master password)
				  --secrets mask       mask them (the default; needs no master password)
				""".formatted(STORED, IN_INI);
	}

	@Override
	public int run(CliContext ctx, List<String> args) throws UsageException, OperationFailedException {
		String name = null;
		boolean json = false;
		boolean include = false;
		for (int i = 0; i < args.size(); i++) {
			String a = args.get(i);
			if (a.equals("--json")) {
				json = true;
			} else if (a.equals("--secrets") || a.startsWith("--secrets=")) {
				String v = a.startsWith("--secrets=") ? a.substring("--secrets=".length())
						: i + 1 < args.size() ? args.get(++i) : "";
				switch (v) {
				case "include" -> include = true;
				case "mask" -> include = false;
				default -> throw new UsageException("show: --secrets takes 'mask' or 'include'");
				}
			} else if (a.startsWith("--")) {
				throw new UsageException("show: unknown option '" + a + "'");
			} else if (name == null) {
				name = a;
			} else {
				throw new UsageException("show: unexpected argument '" + a + "' (one DSN name)");
			}
		}
		if (name == null) {
			throw new UsageException("show: give the DSN name");
		}
		OdbcIniSource.read(ctx); // refuses a file unixODBC would reject, as list does
		DsnRegistry registry = SecretAccess.registry(ctx);
		OptionCatalog catalog = OptionCatalog.standard();
		try {
			Optional<DsnEntry> found = registry.entry(name);
			if (found.isEmpty()) {
				throw UsageException.badInput(notFound(registry, name));
			}
			DsnEntry entry = found.get();
			Map<String, String> shown = new LinkedHashMap<>();
			if (include) {
				registry.load(name, SecretMode.INCLUDE).orElseThrow().options().forEach(o -> shown.put(o.key(), o.value()));
			} else {
				for (Dsn.Option o : entry.inIni().options()) {
					shown.put(o.key(), catalog.isSecret(o.key()) && !o.value().isEmpty() ? IN_INI : o.value());
				}
				for (String s : entry.storedSecrets()) {
					if (entry.inIni().options().stream().noneMatch(o -> catalog.canonicalName(o.key()).equalsIgnoreCase(s))) {
						shown.put(s, STORED);
					}
				}
			}
			if (json) {
				Map<String, Object> obj = new LinkedHashMap<>();
				obj.put("name", entry.name());
				obj.put("odbcIni", registry.odbcIni().toString());
				obj.put("secureStorage", registry.secrets().describe());
				obj.put("options", shown);
				obj.put("storedSecrets", entry.storedSecrets());
				obj.put("secretsInOdbcIni", entry.secretsInIni());
				ctx.printJson(obj);
				return Restdsn.OK;
			}
			ctx.out.println("DSN " + entry.name() + " in " + registry.odbcIni());
			Table t = new Table("OPTION", "VALUE");
			shown.forEach(t::row);
			t.print(ctx.out);
			if (!entry.secretsInIni().isEmpty()) {
				ctx.err.println("note: " + String.join(", ", entry.secretsInIni()) + " in clear in " + registry.odbcIni()
						+ "; 'restdsn set " + entry.name() + "' moves " + (entry.secretsInIni().size() == 1 ? "it" : "them")
						+ " into secure storage");
			}
			return Restdsn.OK;
		} catch (SecretStoreException e) {
			throw SecretAccess.failure(e);
		} catch (IOException e) {
			throw SecretAccess.failure(registry.odbcIni(), e);
		}
	}

	/** "no DSN named …", mentioning secrets left behind under that name. */
	static String notFound(DsnRegistry registry, String name) throws IOException, SecretStoreException {
		String msg = "no DSN named '" + name + "' in " + registry.odbcIni();
		List<String> orphans = new ArrayList<>();
		for (OrphanedSecrets o : registry.orphans()) {
			if (o.dsn().equalsIgnoreCase(name)) {
				orphans.addAll(o.options());
			}
		}
		if (!orphans.isEmpty()) {
			msg += " (secure storage still holds " + String.join(", ", orphans) + " for that name; 'restdsn delete "
					+ name + "' removes " + (orphans.size() == 1 ? "it" : "them") + ")";
		}
		return msg;
	}
}
