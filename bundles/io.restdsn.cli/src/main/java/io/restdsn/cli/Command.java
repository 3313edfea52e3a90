package io.restdsn.cli;

import java.util.List;

/** One {@code restdsn} sub-command. */
interface Command {

	String name();

	/** One line for the command overview. */
	String summary();

	/** The full {@code --help} text of the command (usage line first). */
	String help();

	/** Runs with the arguments after the command name; returns the exit code. */
	int run(CliContext ctx, List<String> args) throws UsageException, OperationFailedException;
}
