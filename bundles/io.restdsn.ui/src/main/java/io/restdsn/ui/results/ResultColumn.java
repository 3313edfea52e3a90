package io.restdsn.ui.results;

/**
 * A column of a result as the grid shows it.
 *
 * @param name     the label (alias when the query gave one)
 * @param jdbcType the {@link java.sql.Types} code
 * @param typeName the SQL type name, e.g. {@code CHARACTER VARYING}
 */
public record ResultColumn(String name, int jdbcType, String typeName) {

	/** Whether values are numbers (right-aligned, JSON numbers). */
	public boolean numeric() {
		return switch (jdbcType) {
			case java.sql.Types.TINYINT, java.sql.Types.SMALLINT, java.sql.Types.INTEGER, java.sql.Types.BIGINT,
					java.sql.Types.DECIMAL, java.sql.Types.NUMERIC, java.sql.Types.REAL, java.sql.Types.FLOAT,
					java.sql.Types.DOUBLE -> true;
			default -> false;
		};
	}
}
