package io.restdsn.engine.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Inserts extracted rows into H2 through batched prepared statements, one per table, committing at the end:
 * rows go from the parser to the database without being collected anywhere.
 */
final class TableLoader implements RowSink, AutoCloseable {

	private final Connection connection;
	private final int batchSize;
	private final CancelToken cancel;
	private final Map<RelTable, Batch> batches = new HashMap<>();
	/** Rows since the last commit: H2 keeps a transaction's undo log on the heap, so commit now and then. */
	private int uncommitted;
	private static final int COMMIT_ROWS = 20_000;

	private static final class Batch {
		final PreparedStatement ps;
		final int[] sqlTypes;
		int pending;

		Batch(PreparedStatement ps, int[] sqlTypes) {
			this.ps = ps;
			this.sqlTypes = sqlTypes;
		}
	}

	TableLoader(Connection connection, Set<RelTable> tables, int batchSize, CancelToken cancel) {
		this.connection = connection;
		this.batchSize = batchSize;
		this.cancel = cancel;
		try {
			connection.setAutoCommit(false);
			for (RelTable t : tables) {
				StringBuilder sql = new StringBuilder("INSERT INTO ").append(LocalDatabase.qualified(t.name)).append(
						" VALUES (");
				int[] types = new int[t.width()];
				for (int i = 0; i < t.width(); i++) {
					sql.append(i > 0 ? ", ?" : "?");
					types[i] = H2Types.jdbcType(t.columns.get(i).type);
				}
				batches.put(t, new Batch(connection.prepareStatement(sql.append(')').toString()), types));
			}
		} catch (SQLException e) {
			throw LocalDatabase.sqlError(e);
		}
	}

	@Override
	public void accept(RelTable table, Object[] row) {
		Batch b = batches.get(table);
		if (b == null) {
			return;
		}
		try {
			PreparedStatement ps = b.ps;
			for (int i = 0; i < row.length; i++) {
				Object v = row[i];
				if (v == null) {
					ps.setNull(i + 1, b.sqlTypes[i]);
				} else {
					ps.setObject(i + 1, v);
				}
			}
			ps.addBatch();
			if (++b.pending >= batchSize) {
				ps.executeBatch();
				uncommitted += b.pending;
				b.pending = 0;
				if (uncommitted >= COMMIT_ROWS) {
					connection.commit();
					uncommitted = 0;
				}
				cancel.check();
			}
		} catch (SQLException e) {
			throw LocalDatabase.sqlError(e);
		}
	}

	/** Flushes the last batches and commits. */
	void finish() {
		try {
			for (Batch b : batches.values()) {
				if (b.pending > 0) {
					b.ps.executeBatch();
					b.pending = 0;
				}
			}
			connection.commit();
		} catch (SQLException e) {
			throw LocalDatabase.sqlError(e);
		}
	}

	@Override
	public void close() {
		for (Batch b : batches.values()) {
			try {
				b.ps.close();
			} catch (SQLException e) {
				// closing a statement cannot lose data here
			}
		}
		try {
			if (!connection.getAutoCommit()) {
				connection.rollback();
				connection.setAutoCommit(true);
			}
		} catch (SQLException e) {
			// nothing sensible to do
		}
	}
}
