package io.restdsn.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * The standard Eclipse secure storage arguments {@code -eclipse.keyring FILE} and {@code -eclipse.password FILE}:
 * Equinox reads them itself from the command line (for the default secure storage), so the command line of
 * {@code restdsn} accepts them anywhere and leaves them out of what its commands parse.
 */
final class EclipseArguments {

	private static final List<String> NAMES = List.of("-eclipse.keyring", "-eclipse.password");

	private EclipseArguments() {
	}

	/** The arguments without those pairs (matched as Equinox matches them: any letter case, value not an option). */
	static String[] strip(String[] args) {
		List<String> out = new ArrayList<>();
		for (int i = 0; i < args.length; i++) {
			boolean pair = i + 1 < args.length && !args[i + 1].startsWith("-")
					&& NAMES.stream().anyMatch(args[i]::equalsIgnoreCase);
			if (pair) {
				i++;
			} else {
				out.add(args[i]);
			}
		}
		return out.toArray(String[]::new);
	}
}
