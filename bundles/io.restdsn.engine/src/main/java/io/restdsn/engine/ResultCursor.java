package io.restdsn.engine;

/**
 * The rows of a query, read forward once. Column indexes are <b>0-based</b> (grid columns are), unlike JDBC.
 * <p>
 * Rows are produced lazily: from the local SQL engine's result set, or, for simple queries, straight from the
 * responses page by page. Close it to release the result (and, while streaming, the connection).
 * Dates and times are {@code java.time} values; GUIDs {@code java.util.UUID}; decimals {@code BigDecimal}.
 */
public interface ResultCursor extends AutoCloseable {

	int columnCount();

	/** The column label (alias if the query gave one). */
	String columnName(int index);

	/** The {@link java.sql.Types} code. */
	int columnType(int index);

	/** The SQL type name, e.g. {@code CHARACTER VARYING}. */
	String columnTypeName(int index);

	/** Advances to the next row; false at the end. May fetch the next page of a streamed result. */
	boolean next();

	/** A value of the current row. */
	Object getObject(int index);

	/** The statement's statistics (final once {@link #next()} returned false). */
	StatementStats stats();

	@Override
	void close();
}
