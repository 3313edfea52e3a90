package io.restdsn.core.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The forms a DSN can be exported in, with the names the command line uses ({@code --format}). */
public enum ExportFormat {
	/** {@code [ODBC Data Sources]} and one section per DSN. */
	INI("ini"),
	/** ODBC connection string ({@code SQLDriverConnect}), one line per DSN. */
	ODBC_STRING("string"),
	/** {@code jdbc:datadirect:autorest:} URL, one line per DSN. */
	JDBC_URL("jdbc"),
	/** Connection string in CData's option names, one line per DSN. */
	CDATA("cdata");

	private final String cliName;

	ExportFormat(String cliName) {
		this.cliName = cliName;
	}

	public String cliName() {
		return cliName;
	}

	/** @throws IllegalArgumentException listing the accepted names */
	public static ExportFormat fromCliName(String name) {
		for (ExportFormat f : values()) {
			if (f.cliName.equals(name.toLowerCase(Locale.ROOT))) {
				return f;
			}
		}
		throw new IllegalArgumentException("unknown export format '" + name + "'; use one of "
				+ Arrays.stream(values()).map(ExportFormat::cliName).collect(Collectors.joining(", ")));
	}
}
