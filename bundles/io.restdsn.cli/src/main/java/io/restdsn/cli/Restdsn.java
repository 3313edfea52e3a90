package io.restdsn.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code restdsn} command line: global options, command dispatch and exit codes (see the README and
 * {@code restdsn --help}). Plain Java, so it runs in unit tests exactly as in the product.
 * <p>
 * Exit codes: 0 success, 1 the operation failed, 2 usage or input error.
 */
public final class Restdsn {

	public static final int OK = 0;
	public static final int FAILED = 1;
	public static final int USAGE = 2;

	private final CliContext ctx;
	private final Map<String, Command> commands = new LinkedHashMap<>();

	public Restdsn(PrintStream out, PrintStream err, InputStream in, Map<String, String> env, String version) {
		this.ctx = new CliContext(out, err, in, env, version);
		register(new ListCommand());
		register(new ShowCommand());
		register(new SetCommand());
		register(new RenameCommand());
		register(new DeleteCommand());
		register(new ValidateCommand());
		register(new ImportCommand());
		register(new ExportCommand());
		register(new TestCommand());
		register(new TokenCommand());
		register(new TablesCommand());
		register(new ColumnsCommand());
		register(new QueryCommand());
		register(new SampleCommand());
		register(new DemoCommand());
		register(new VersionCommand());
	}

	private void register(Command c) {
		commands.put(c.name(), c);
	}

	public int run(String... argv) {
		List<String> args = new ArrayList<>(List.of(argv));
		try {
			String command = null;
			// global options may come before the command
			while (!args.isEmpty() && args.get(0).startsWith("-")) {
				String a = args.remove(0);
				switch (a) {
				case "-h", "--help" -> {
					ctx.out.print(overview());
					return OK;
				}
				case "--version" -> {
					command = "version";
				}
				default -> {
					if (!takeGlobalOption(a, args)) {
						throw new UsageException("unknown option '" + a + "'");
					}
				}
				}
				if (command != null) {
					break;
				}
			}
			if (command == null) {
				if (args.isEmpty()) {
					ctx.err.print(overview());
					return USAGE;
				}
				command = args.remove(0);
			}
			if (command.equals("help")) {
				return help(args);
			}
			Command c = commands.get(command);
			if (c == null) {
				ctx.err.println("restdsn: unknown command '" + command + "'");
				ctx.err.print(overview());
				return USAGE;
			}
			List<String> rest = new ArrayList<>();
			for (int i = 0; i < args.size(); i++) {
				String a = args.get(i);
				if (a.equals("-h") || a.equals("--help")) {
					ctx.out.print(c.help());
					return OK;
				}
				List<String> tail = new ArrayList<>(args.subList(i + 1, args.size()));
				int before = tail.size();
				if (a.startsWith("--") && takeGlobalOption(a, tail)) {
					i += before - tail.size();
					continue;
				}
				rest.add(a);
			}
			return c.run(ctx, rest);
		} catch (UsageException e) {
			ctx.err.println("restdsn: " + e.getMessage());
			if (e.aboutUsage()) {
				ctx.err.println("Run 'restdsn --help' for usage.");
			}
			return USAGE;
		} catch (OperationFailedException e) {
			ctx.err.println("restdsn: " + e.getMessage());
			return FAILED;
		} catch (RuntimeException e) {
			// a bug: say so plainly, never a raw stack trace on a user's terminal
			ctx.err.println("restdsn: internal error: " + e.getClass().getSimpleName()
					+ (e.getMessage() == null ? "" : ": " + e.getMessage()));
			return FAILED;
		}
	}

	/** Consumes a global option (and its value) from the front of {@code rest}; false if {@code a} is not one. */
	private boolean takeGlobalOption(String a, List<String> rest) throws UsageException {
		String name = a;
		String value = null;
		int eq = a.indexOf('=');
		if (eq > 0) {
			name = a.substring(0, eq);
			value = a.substring(eq + 1);
		}
		if (!name.equals("--odbcini") && !name.equals("--keyring") && !name.equals("--password-file")) {
			return false;
		}
		if (value == null) {
			if (rest.isEmpty()) {
				throw new UsageException("option " + name + " needs a file name");
			}
			value = rest.remove(0);
		}
		Path p = Path.of(value);
		switch (name) {
		case "--odbcini" -> ctx.odbcIni = p;
		case "--keyring" -> ctx.keyring = p;
		default -> ctx.passwordFile = p;
		}
		return true;
	}

	private int help(List<String> args) throws UsageException {
		if (args.isEmpty()) {
			ctx.out.print(overview());
			return OK;
		}
		Command c = commands.get(args.get(0));
		if (c == null) {
			throw new UsageException("unknown command '" + args.get(0) + "'");
		}
		ctx.out.print(c.help());
		return OK;
	}

	String overview() {
		StringBuilder sb = new StringBuilder();
		sb.append("Usage: restdsn [GLOBAL OPTIONS] COMMAND [ARGS]\n\n");
		sb.append("Set up, test and query REST-API data sources (DSNs of the Autonomous REST connector kind).\n\n");
		sb.append("Commands:\n");
		for (Command c : commands.values()) {
			sb.append(String.format("  %-10s %s%n", c.name(), c.summary()));
		}
		sb.append(String.format("  %-10s %s%n", "help", "show help for a command (restdsn help COMMAND)"));
		sb.append("\nGlobal options:\n");
		sb.append("  --odbcini FILE        the odbc.ini to use (default: $ODBCINI, else ~/.odbc.ini)\n");
		sb.append("  --keyring FILE        the secure storage file for secrets\n");
		sb.append("  --password-file FILE  master password of that storage (for scripts and CI)\n");
		sb.append("  -h, --help            this help; COMMAND --help for a command's help\n");
		sb.append("  --version             print the version\n");
		sb.append("\nExit codes: 0 success, 1 the operation failed, 2 usage or input error.\n");
		return sb.toString();
	}
}
