package io.restdsn.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.restdsn.core.dsn.Dsn;
import io.restdsn.core.export.DsnExporter;
import io.restdsn.core.export.Export;
import io.restdsn.core.export.ExportFormat;
import io.restdsn.core.export.SecretPolicy;
import io.restdsn.core.ini.IniValueException;
import io.restdsn.core.io.AtomicFiles;

/** {@code restdsn export NAME… --format …}: DSNs as odbc.ini text or connection strings, secrets omitted by default. */
final class ExportCommand implements Command {

	@Override
	public String name() {
		return "export";
	}

	@Override
	public String summary() {
		return "export DSNs as odbc.ini text, an ODBC string, a JDBC URL or a CData string";
	}

	@Override
	public String help() {
		return """
				Usage: restdsn export NAME… [--format ini|string|jdbc|cdata] [--secrets omit|placeholder|include]
				                      [--out FILE]

				  --format    ini (default): [ODBC Data Sources] and the DSN sections; string: one ODBC
				              connection string per DSN; jdbc: jdbc:datadirect:autorest:… URLs; cdata: CData names
				  --secrets   omit (default) leaves secret options out; placeholder writes <ClientSecret>-style
				              markers to fill in; include writes them in clear text (only when you ask)
				  --out FILE  write to FILE (atomically) instead of standard output
				""";
	}

	@Override
	public int run(CliContext ctx, List<String> argv) throws UsageException, OperationFailedException {
		List<String> args = new ArrayList<>(argv);
		ExportFormat format = ExportFormat.INI;
		SecretPolicy secrets = SecretPolicy.OMIT;
		Path out = null;
		List<String> names = new ArrayList<>();
		for (int i = 0; i < args.size(); i++) {
			String a = args.get(i);
			switch (a) {
			case "--format" -> format = parse("--format", value(args, ++i, a), ExportFormat::fromCliName);
			case "--secrets" -> secrets = parse("--secrets", value(args, ++i, a), SecretPolicy::fromCliName);
			case "--out" -> out = Path.of(value(args, ++i, a));
			default -> {
				if (a.startsWith("-")) {
					throw new UsageException("export: unknown option '" + a + "'");
				}
				names.add(a);
			}
			}
		}
		if (names.isEmpty()) {
			throw new UsageException("export needs at least one DSN name");
		}
		List<Dsn> dsns = new ArrayList<>();
		for (String n : names) {
			dsns.add(DsnArgument.named(ctx, n));
		}
		if (secrets != SecretPolicy.OMIT) { // the secrets `restdsn set` keeps in secure storage, not in the odbc.ini
			dsns = new StoredSecrets(ctx).addTo(dsns, secrets == SecretPolicy.INCLUDE);
		}
		Export export;
		try {
			export = DsnExporter.standard().export(dsns, format, secrets);
		} catch (IniValueException e) {
			throw OperationFailedException.of(e.getMessage());
		}
		export.notes().forEach(n -> ctx.err.println("note: " + n));
		if (out == null) {
			ctx.out.print(export.text());
			if (!export.text().endsWith("\n")) {
				ctx.out.println();
			}
		} else {
			try {
				AtomicFiles.replace(out.toAbsolutePath(), export.text().getBytes(StandardCharsets.UTF_8), null);
			} catch (IOException e) {
				throw OperationFailedException.of("cannot write " + out + ": " + e.getMessage());
			}
			ctx.err.println("wrote " + dsns.size() + (dsns.size() == 1 ? " DSN to " : " DSNs to ") + out);
		}
		return Restdsn.OK;
	}

	private static String value(List<String> args, int i, String option) throws UsageException {
		if (i >= args.size()) {
			throw new UsageException(option + " needs a value");
		}
		return args.get(i);
	}

	private interface Parser<T> {
		T parse(String s);
	}

	private static <T> T parse(String option, String value, Parser<T> parser) throws UsageException {
		try {
			return parser.parse(value);
		} catch (IllegalArgumentException e) {
			throw new UsageException(option + ": " + e.getMessage());
		}
	}
}
