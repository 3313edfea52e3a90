package io.restdsn.engine.internal;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import io.restdsn.engine.EngineException;
import io.restdsn.engine.ResultCursor;
import io.restdsn.engine.StatementStats;

/** A cursor over an H2 result set, read row by row as the caller asks; dates and times as java.time values. */
final class H2Cursor implements ResultCursor {

	private final Statement statement;
	private final ResultSet rs;
	private final StatsCollector stats;
	private final String[] names;
	private final int[] types;
	private final String[] typeNames;
	private boolean closed;

	H2Cursor(Statement statement, ResultSet rs, StatsCollector stats) throws SQLException {
		this.statement = statement;
		this.rs = rs;
		this.stats = stats;
		ResultSetMetaData md = rs.getMetaData();
		int n = md.getColumnCount();
		names = new String[n];
		types = new int[n];
		typeNames = new String[n];
		for (int i = 0; i < n; i++) {
			names[i] = md.getColumnLabel(i + 1);
			types[i] = md.getColumnType(i + 1);
			typeNames[i] = md.getColumnTypeName(i + 1);
		}
	}

	@Override
	public int columnCount() {
		return names.length;
	}

	@Override
	public String columnName(int index) {
		return names[index];
	}

	@Override
	public int columnType(int index) {
		return types[index];
	}

	@Override
	public String columnTypeName(int index) {
		return typeNames[index];
	}

	@Override
	public boolean next() {
		if (closed) {
			return false;
		}
		try {
			return rs.next();
		} catch (SQLException e) {
			throw LocalDatabase.sqlError(e);
		}
	}

	@Override
	public Object getObject(int index) {
		try {
			int c = index + 1;
			return switch (types[index]) {
				case Types.DATE -> rs.getObject(c, LocalDate.class);
				case Types.TIME -> rs.getObject(c, LocalTime.class);
				case Types.TIMESTAMP -> rs.getObject(c, LocalDateTime.class);
				default -> rs.getObject(c);
			};
		} catch (SQLException e) {
			throw LocalDatabase.sqlError(e);
		}
	}

	@Override
	public StatementStats stats() {
		return stats.snapshot();
	}

	@Override
	public void close() {
		if (closed) {
			return;
		}
		closed = true;
		try {
			rs.close();
			statement.close();
		} catch (SQLException e) {
			throw new EngineException(EngineException.Kind.SQL, "closing the result failed: " + e.getMessage(), e);
		}
	}
}
