package io.restdsn.engine.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import io.restdsn.engine.EngineException;
import io.restdsn.engine.EngineOptions;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The session's embedded H2 database: schema {@code AUTOREST} (also the default schema, so {@code FROM orders}
 * works unqualified), one table per relational table, loaded per statement.
 * <p>
 * By default the database lives in a temporary file that is deleted on close: H2 then keeps only its page
 * cache on the heap, and a million-row table fits in a 1 GB JVM. {@link EngineOptions.Storage#MEMORY} keeps it
 * on the heap instead.
 */
final class LocalDatabase implements AutoCloseable {

	static final String SCHEMA = "AUTOREST";

	private final Connection connection;
	private final Path directory;

	LocalDatabase(EngineOptions options) {
		try {
			String url;
			if (options.storage() == EngineOptions.Storage.TEMP_FILE) {
				Path base = options.tempDirectory() != null ? options.tempDirectory() : Paths.get(System.getProperty(
						"java.io.tmpdir"));
				directory = Files.createTempDirectory(base, "restdsn-h2-");
				url = "jdbc:h2:file:" + directory.resolve("db").toAbsolutePath()
						+ ";DB_CLOSE_ON_EXIT=FALSE;CACHE_SIZE=32768;LOCK_TIMEOUT=10000";
			} else {
				directory = null;
				url = "jdbc:h2:mem:restdsn-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000";
			}
			// the data source rather than DriverManager: under OSGi the driver lives in another bundle's loader
			JdbcDataSource ds = new JdbcDataSource();
			ds.setURL(url);
			ds.setUser("sa");
			ds.setPassword("");
			connection = ds.getConnection();
			try (Statement s = connection.createStatement()) {
				s.execute("CREATE SCHEMA IF NOT EXISTS " + SCHEMA);
				s.execute("SET SCHEMA " + SCHEMA);
				// the engine's own KEY and VALUE columns, and common field names, must work unquoted
				s.execute("SET NON_KEYWORDS KEY, VALUE, DAY, MONTH, YEAR, HOUR, MINUTE, SECOND");
			}
		} catch (SQLException | IOException e) {
			throw new EngineException(EngineException.Kind.SQL, "cannot open the local SQL engine: " + e.getMessage(),
					e);
		}
	}

	Connection connection() {
		return connection;
	}

	static String quote(String identifier) {
		return "\"" + identifier.replace("\"", "\"\"") + "\"";
	}

	static String qualified(String table) {
		return SCHEMA + "." + quote(table);
	}

	/** (Re)creates a table, empty. */
	void create(RelTable t) {
		StringBuilder ddl = new StringBuilder("CREATE TABLE ").append(qualified(t.name)).append(" (");
		for (int i = 0; i < t.columns.size(); i++) {
			RelColumn c = t.columns.get(i);
			if (i > 0) {
				ddl.append(", ");
			}
			ddl.append(quote(c.name)).append(' ').append(H2Types.ddl(c.type));
		}
		ddl.append(')');
		List<String> sql = new java.util.ArrayList<>();
		sql.add("DROP TABLE IF EXISTS " + qualified(t.name));
		sql.add(ddl.toString());
		sql.add("COMMENT ON TABLE " + qualified(t.name) + " IS " + literal(t.parent == null ? t.def.paths().get(0)
				.format() : "child of " + t.parent.name + " at " + t.jsonPath));
		for (RelColumn c : t.columns) {
			String remark = remark(c);
			if (!remark.isEmpty()) {
				sql.add("COMMENT ON COLUMN " + qualified(t.name) + "." + quote(c.name) + " IS " + literal(remark));
			}
		}
		execute(sql.toArray(new String[0]));
	}

	/** What INFORMATION_SCHEMA.COLUMNS.REMARKS says about a column: key, parameter, where it comes from. */
	private static String remark(RelColumn c) {
		StringBuilder b = new StringBuilder();
		if (c.key) {
			b.append("key");
		}
		if (c.isParameter()) {
			b.append(b.length() > 0 ? ", " : "").append(c.origin == RelColumn.Origin.PARAMETER ? "virtual " : "")
					.append("parameter ").append(c.def.operators());
		}
		if (c.origin != RelColumn.Origin.DATA && c.origin != RelColumn.Origin.PARAMETER) {
			b.append(b.length() > 0 ? ", " : "").append(c.origin.name().toLowerCase(java.util.Locale.ROOT));
		}
		b.append(b.length() > 0 ? ", " : "").append(c.type.format());
		return b.toString();
	}

	private static String literal(String s) {
		return "'" + s.replace("'", "''") + "'";
	}

	/** Indexes the key and parent-key columns, which is what joins between parent and child use. */
	void index(RelTable t) {
		List<RelColumn> keys = t.keyColumns();
		List<RelColumn> parentKeys = t.parentKeyColumns();
		for (List<RelColumn> cols : List.of(keys, parentKeys)) {
			if (cols.isEmpty()) {
				continue;
			}
			StringBuilder b = new StringBuilder("CREATE INDEX ON ").append(qualified(t.name)).append(" (");
			for (int i = 0; i < cols.size(); i++) {
				b.append(i > 0 ? ", " : "").append(quote(cols.get(i).name));
			}
			execute(b.append(')').toString());
		}
	}

	/** The one-row {@code _CONFIGURATION} table with the effective Model. */
	void configuration(String modelJson) {
		execute("DROP TABLE IF EXISTS " + qualified("_CONFIGURATION"), "CREATE TABLE " + qualified("_CONFIGURATION")
				+ " (\"MODEL\" CHARACTER VARYING)");
		try (PreparedStatement ps = connection.prepareStatement("INSERT INTO " + qualified("_CONFIGURATION")
				+ " VALUES (?)")) {
			ps.setString(1, modelJson);
			ps.executeUpdate();
		} catch (SQLException e) {
			throw sqlError(e);
		}
	}

	private void execute(String... sql) {
		try (Statement s = connection.createStatement()) {
			for (String q : sql) {
				s.execute(q);
			}
		} catch (SQLException e) {
			throw sqlError(e);
		}
	}

	static EngineException sqlError(SQLException e) {
		String m = e.getMessage();
		int cut = m == null ? -1 : m.indexOf("; SQL statement:");
		return new EngineException(EngineException.Kind.SQL, cut > 0 ? m.substring(0, cut) : m, e);
	}

	@Override
	public void close() {
		try (Statement s = connection.createStatement()) {
			s.execute("SHUTDOWN IMMEDIATELY");
		} catch (SQLException e) {
			// the database is going away anyway
		}
		try {
			connection.close();
		} catch (SQLException e) {
			// already closed by SHUTDOWN
		}
		if (directory != null) {
			try (Stream<Path> files = Files.walk(directory)) {
				files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			} catch (IOException e) {
				// best effort: a temp directory left behind is harmless
			}
		}
	}
}
