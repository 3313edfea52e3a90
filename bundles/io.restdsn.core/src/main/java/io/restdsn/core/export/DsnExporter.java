package io.restdsn.core.export;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import io.restdsn.core.connstr.CDataConnectionString;
import io.restdsn.core.connstr.ConnectionStringProblem;
import io.restdsn.core.connstr.FormattedString;
import io.restdsn.core.connstr.JdbcUrl;
import io.restdsn.core.connstr.OdbcConnectionString;
import io.restdsn.core.dsn.Dsn;
import io.restdsn.core.ini.OdbcIniDocument;
import io.restdsn.core.options.OptionCatalog;

/**
 * Writes DSNs for use elsewhere: an odbc.ini fragment, an ODBC connection string, a JDBC URL or a CData string.
 * <p>
 * Secrets (as the option catalog defines them) are omitted unless the caller chooses otherwise: an export is meant
 * to be copied around. Forms that have no place for an option's meaning say so in the notes instead of dropping it
 * silently. Choices made here:
 * <ul>
 * <li>{@code ini}: {@code [ODBC Data Sources]} listing every DSN, then one section per DSN, as unixODBC reads it
 * (values it would misread are refused with {@link io.restdsn.core.ini.IniValueException}).</li>
 * <li>{@code string}: DSN-less ({@code DRIVER={…};…}) when the DSN has a {@code Driver}, so the string works on a
 * machine without this odbc.ini (a driver manager given both {@code DSN=} and {@code DRIVER=} uses the first);
 * {@code DSN=name;…} otherwise.</li>
 * <li>{@code jdbc}, {@code cdata}: without {@code Driver}, the ODBC driver library, which means nothing there.</li>
 * </ul>
 * String forms put one DSN per line; the text then ends without a line break.
 */
public final class DsnExporter {

	private static final String DRIVER = "Driver";

	private final Predicate<String> isSecret;

	/** @param isSecret whether an option key (any spelling) names a secret */
	public DsnExporter(Predicate<String> isSecret) {
		this.isSecret = Objects.requireNonNull(isSecret, "isSecret");
	}

	/** Secrets as the standard option catalog defines them. */
	public static DsnExporter standard() {
		OptionCatalog catalog = OptionCatalog.standard();
		return new DsnExporter(catalog::isSecret);
	}

	/** One DSN, secrets omitted. */
	public Export export(Dsn dsn, ExportFormat format) {
		return export(List.of(dsn), format, SecretPolicy.OMIT);
	}

	/**
	 * @throws IllegalArgumentException when a DSN is given twice, or a name or value cannot be written in that form
	 *                                  (the message names the option)
	 */
	public Export export(List<Dsn> dsns, ExportFormat format, SecretPolicy policy) {
		if (format == ExportFormat.INI) {
			Set<String> names = new HashSet<>();
			for (Dsn d : dsns) {
				if (!names.add(d.name().trim().toLowerCase(Locale.ROOT))) {
					throw new IllegalArgumentException("DSN '" + d.name() + "' is given twice; export it once");
				}
			}
		}
		List<String> notes = new ArrayList<>();
		List<Dsn> ready = new ArrayList<>();
		for (Dsn d : dsns) {
			ready.add(applySecretPolicy(d, policy, notes));
		}
		return switch (format) {
		case INI -> new Export(ini(ready), notes);
		case ODBC_STRING -> new Export(lines(ready, DsnExporter::odbcString), notes);
		case JDBC_URL -> new Export(lines(ready, d -> JdbcUrl.format(d.without(DRIVER))), notes);
		case CDATA -> new Export(lines(ready, d -> cdata(d, notes)), notes);
		};
	}

	/** The DSN as the policy wants it exported; notes say which secrets were left out or replaced. */
	public Dsn applySecretPolicy(Dsn dsn, SecretPolicy policy, List<String> notes) {
		if (policy == SecretPolicy.INCLUDE) {
			return dsn;
		}
		Dsn out = dsn;
		for (Dsn.Option o : dsn.options()) {
			if (!isSecret.test(o.key())) {
				continue;
			}
			if (policy == SecretPolicy.OMIT) {
				out = out.without(o.key());
				notes.add("DSN '" + dsn.name() + "': secret option " + o.key() + " left out; supply it where the "
						+ "export is used, or export with secrets included");
			} else {
				out = out.with(o.key(), SecretPolicy.placeholder(o.key()));
				notes.add("DSN '" + dsn.name() + "': secret option " + o.key() + " written as "
						+ SecretPolicy.placeholder(o.key()) + "; replace it with the real value before use");
			}
		}
		return out;
	}

	private static String ini(List<Dsn> dsns) {
		OdbcIniDocument doc = OdbcIniDocument.empty();
		for (Dsn d : dsns) {
			doc = doc.put(d);
		}
		return doc.text();
	}

	private static String odbcString(Dsn d) {
		return OdbcConnectionString.format(d.has(DRIVER) ? d.withName("") : d);
	}

	private static String cdata(Dsn d, List<String> notes) {
		FormattedString f = CDataConnectionString.format(d.without(DRIVER));
		for (ConnectionStringProblem p : f.notes()) {
			notes.add("DSN '" + d.name() + "': " + p.message());
		}
		return f.text();
	}

	private static String lines(List<Dsn> dsns, Function<Dsn, String> one) {
		List<String> out = new ArrayList<>();
		for (Dsn d : dsns) {
			out.add(one.apply(d));
		}
		return String.join("\n", out);
	}
}
