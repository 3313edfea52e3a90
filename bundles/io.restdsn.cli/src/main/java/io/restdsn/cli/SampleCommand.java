package io.restdsn.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.restdsn.core.dsn.Dsn;
import io.restdsn.core.io.AtomicFiles;
import io.restdsn.engine.EngineException;
import io.restdsn.engine.RestSession;

/** {@code restdsn sample URL [--name NAME] [--dsn NAME] --out FILE.rest}: sample an endpoint into a full-form Model. */
final class SampleCommand implements Command {

	@Override
	public String name() {
		return "sample";
	}

	@Override
	public String summary() {
		return "sample an endpoint and write a full-form Model file (*.rest)";
	}

	@Override
	public String help() {
		return """
				Usage: restdsn sample URL --out FILE.rest [--dsn NAME|--string STR] [--json-root PATH]

				Reads the first pages of URL, infers tables, columns, types, keys and child tables (arrays
				become child tables, nested objects are flattened), and writes the full-form Model file. Use
				--dsn (or --string) to call the endpoint with that DSN's authentication and options.
				""";
	}

	@Override
	public int run(CliContext ctx, List<String> argv) throws UsageException, OperationFailedException {
		List<String> args = new ArrayList<>(argv);
		Path out = null;
		Dsn base = DsnArgument.takeString(ctx, args);
		String root = null;
		for (int i = 0; i < args.size(); i++) {
			String a = args.get(i);
			if (a.equals("--out") || a.equals("--dsn") || a.equals("--json-root")) {
				if (i + 1 >= args.size()) {
					throw new UsageException(a + " needs a value");
				}
				String v = args.remove(i + 1);
				args.remove(i--);
				switch (a) {
				case "--out" -> out = Path.of(v);
				case "--dsn" -> base = DsnArgument.named(ctx, v);
				default -> root = v;
				}
			} else if (a.startsWith("-")) {
				throw new UsageException("sample: unknown option '" + a + "'");
			}
		}
		if (args.size() != 1) {
			throw new UsageException("sample needs one URL");
		}
		if (out == null) {
			throw new UsageException("sample needs --out FILE.rest");
		}
		Dsn dsn = (base == null ? Dsn.empty("sample") : base).without("RestConfigFile").without("rcf").without("Config")
				.with("RestSamplePath", args.get(0));
		if (root != null) {
			dsn = dsn.with("JSONRoot", root);
		}
		try (CliServices services = new CliServices()) {
			RestSession session = services.openSession(ctx, dsn);
			int tables = session.schema().tables().size();
			String model = session.modelJson();
			AtomicFiles.replace(out.toAbsolutePath(), model.getBytes(StandardCharsets.UTF_8), null);
			ctx.err.println("wrote " + out + " (" + tables + (tables == 1 ? " table)" : " tables)"));
			return Restdsn.OK;
		} catch (EngineException e) {
			throw OperationFailedException.of(e.getMessage());
		} catch (IOException e) {
			throw OperationFailedException.of("cannot write " + out + ": " + e.getMessage());
		}
	}
}
