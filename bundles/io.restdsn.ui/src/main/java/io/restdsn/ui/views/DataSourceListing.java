package io.restdsn.ui.views;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.restdsn.core.dsn.DsnSummary;
import io.restdsn.core.ini.IniProblem;
import io.restdsn.core.ini.OdbcIniDocument;

/** The result of reading an odbc.ini for the Data Sources view: rows, or an error a user can act on. */
record DataSourceListing(Path file, List<DataSourceRow> rows, String error) {

	/** Reads and parses; runs in a Job, never on the UI thread. */
	static DataSourceListing read(Path file) {
		OdbcIniDocument doc;
		try {
			doc = OdbcIniDocument.parse(file);
		} catch (NoSuchFileException e) {
			return new DataSourceListing(file, List.of(), null);
		} catch (IOException e) {
			return new DataSourceListing(file, List.of(), "Cannot read " + file + ": " + e.getMessage()
					+ "\nCheck the file's permissions, or choose another odbc.ini in Window > Preferences.");
		}
		for (IniProblem p : doc.problems()) {
			if (p.isError()) {
				return new DataSourceListing(file, List.of(), file + " cannot be used: line " + p.line() + ": "
						+ p.message() + "\nFix the file in a text editor, then press F5 to read it again.");
			}
		}
		List<DataSourceRow> rows = new ArrayList<>();
		for (String name : doc.dsnNames()) {
			doc.dsn(name).ifPresent(d -> {
				DsnSummary s = DsnSummary.of(d);
				rows.add(new DataSourceRow(s.name(), s.authentication(), s.source(),
						s.description().isEmpty() ? s.driver() : s.description(), d));
			});
		}
		return new DataSourceListing(file, List.copyOf(rows), null);
	}

	String summary() {
		if (error != null) {
			return "Problem reading " + file;
		}
		return rows.size() + (rows.size() == 1 ? " data source in " : " data sources in ") + file;
	}
}
