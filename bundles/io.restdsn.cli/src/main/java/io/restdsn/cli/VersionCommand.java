package io.restdsn.cli;

import java.util.List;

final class VersionCommand implements Command {

	@Override
	public String name() {
		return "version";
	}

	@Override
	public String summary() {
		return "print the version of restdsn and of Java";
	}

	@Override
	public String help() {
		return "Usage: restdsn version\n\nPrints the product version and the Java runtime in use.\n";
	}

	@Override
	public int run(CliContext ctx, List<String> args) throws UsageException {
		if (!args.isEmpty()) {
			throw new UsageException("version takes no arguments (got '" + args.get(0) + "')");
		}
		ctx.out.println("restdsn " + ctx.version);
		ctx.out.println("Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")");
		return Restdsn.OK;
	}
}
