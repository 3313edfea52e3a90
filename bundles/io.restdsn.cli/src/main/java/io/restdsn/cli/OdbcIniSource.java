package io.restdsn.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import io.restdsn.core.ini.IniProblem;
import io.restdsn.core.ini.OdbcIniDocument;

/** The odbc.ini a command works on, read with messages a user can act on (exit 2 for unreadable/malformed). */
record OdbcIniSource(Path path, OdbcIniDocument document) {

	/** Reads the file; a missing, unreadable or malformed file is a usage/input error naming the file and line. */
	static OdbcIniSource read(CliContext ctx) throws UsageException {
		Path path = ctx.userOdbcIni();
		OdbcIniDocument doc;
		try {
			doc = OdbcIniDocument.parse(path);
		} catch (NoSuchFileException e) {
			// the default file simply does not exist yet: an empty list, not an error
			if (ctx.odbcIni == null) {
				return new OdbcIniSource(path, OdbcIniDocument.empty());
			}
			throw UsageException.badInput("cannot read " + path + ": no such file");
		} catch (AccessDeniedException e) {
			throw UsageException.badInput("cannot read " + path + ": permission denied");
		} catch (IOException e) {
			throw UsageException.badInput("cannot read " + path + ": " + e.getMessage());
		}
		for (IniProblem p : doc.problems()) {
			if (p.isError()) {
				throw UsageException.badInput(path + ":" + p.line() + ": " + p.message());
			}
		}
		return new OdbcIniSource(path, doc);
	}
}
