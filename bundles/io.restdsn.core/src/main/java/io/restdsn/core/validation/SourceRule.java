package io.restdsn.core.validation;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

import io.restdsn.core.options.AuthMethod;
import io.restdsn.core.options.OptionDef;
import io.restdsn.core.options.OptionNames;
import io.restdsn.core.options.OptionType;

/**
 * The connector needs something that maps tables (a Model file or a sample endpoint), and every file the DSN names
 * must exist, or connecting fails long after the user saved the DSN.
 */
final class SourceRule implements Rule {

	@Override
	public void check(Subject s, List<Problem> out) {
		boolean custom = s.grant == AuthMethod.CUSTOM; // the method rule already demands RestConfigFile
		if (!custom && !s.isSet(OptionNames.REST_CONFIG_FILE) && !s.isSet(OptionNames.REST_SAMPLE_PATH)) {
			out.add(Problem.error(OptionNames.REST_CONFIG_FILE, "Neither RestConfigFile nor RestSamplePath is set: "
					+ "choose a Model file (*.rest), or enter the URL of one endpoint in RestSamplePath."));
		}
		for (OptionDef d : s.catalog.all()) {
			String v = s.value(d.name());
			if (d.type() == OptionType.PATH && v != null && s.used(d.name())) {
				checkFile(s, d.name(), v, out);
			}
		}
	}

	private static void checkFile(Subject s, String name, String value, List<Problem> out) {
		Path p;
		try {
			p = Path.of(value);
		} catch (InvalidPathException e) {
			out.add(Problem.error(name, name + " '" + value + "' is not a valid file path (" + e.getReason()
					+ "): choose the file again."));
			return;
		}
		if (!s.context.fileExists().test(p)) {
			out.add(Problem.error(name, name + " '" + value + "' does not exist or is not a file: choose an existing "
					+ "file, or copy it to that path on the machine that connects."));
		}
	}
}
