package io.restdsn.engine.internal;

import java.sql.Types;

import io.restdsn.engine.model.SqlType;

/**
 * How Model types are stored in H2 and how H2 reports them back, so streamed results describe their columns
 * exactly as H2 results would. Character and binary columns are unbounded: declared lengths come from samples
 * and must not reject longer values later.
 */
final class H2Types {

	private H2Types() {
	}

	static String ddl(SqlType t) {
		return switch (t.name()) {
			case BIT, BOOLEAN -> "BOOLEAN";
			case TINYINT -> "TINYINT";
			case SMALLINT -> "SMALLINT";
			case INTEGER -> "INTEGER";
			case BIGINT -> "BIGINT";
			case FLOAT, DOUBLE -> "DOUBLE PRECISION";
			case DECIMAL -> t.scale() == null ? "DECFLOAT" : "NUMERIC(100000, " + t.scale() + ")";
			case CHAR, VARCHAR, NVARCHAR, LONGVARCHAR, LONGNVARCHAR, JSON -> "CHARACTER VARYING";
			case VARCHARIGNORECASE -> "VARCHAR_IGNORECASE";
			case BINARY, VARBINARY, LONGVARBINARY -> "BINARY VARYING";
			case DATE -> "DATE";
			case TIME -> "TIME(9)";
			case TIMESTAMP -> "TIMESTAMP(9)";
			case TIMEWITHTIMEZONE -> "TIME(9) WITH TIME ZONE";
			case TIMESTAMPWITHTIMEZONE -> "TIMESTAMP(9) WITH TIME ZONE";
			case GUID -> "UUID";
		};
	}

	static int jdbcType(SqlType t) {
		return switch (t.name()) {
			case BIT, BOOLEAN -> Types.BOOLEAN;
			case TINYINT -> Types.TINYINT;
			case SMALLINT -> Types.SMALLINT;
			case INTEGER -> Types.INTEGER;
			case BIGINT -> Types.BIGINT;
			case FLOAT, DOUBLE -> Types.DOUBLE;
			case DECIMAL -> Types.NUMERIC;
			case CHAR, VARCHAR, NVARCHAR, LONGVARCHAR, LONGNVARCHAR, JSON, VARCHARIGNORECASE -> Types.VARCHAR;
			case BINARY, VARBINARY, LONGVARBINARY -> Types.VARBINARY;
			case DATE -> Types.DATE;
			case TIME -> Types.TIME;
			case TIMESTAMP -> Types.TIMESTAMP;
			case TIMEWITHTIMEZONE -> Types.TIME_WITH_TIMEZONE;
			case TIMESTAMPWITHTIMEZONE -> Types.TIMESTAMP_WITH_TIMEZONE;
			case GUID -> Types.BINARY;
		};
	}

	static String typeName(SqlType t) {
		String ddl = ddl(t);
		return switch (t.name()) {
			case DECIMAL -> t.scale() == null ? "DECFLOAT" : "NUMERIC";
			case TIME -> "TIME";
			case TIMESTAMP -> "TIMESTAMP";
			case TIMEWITHTIMEZONE -> "TIME WITH TIME ZONE";
			case TIMESTAMPWITHTIMEZONE -> "TIMESTAMP WITH TIME ZONE";
			default -> ddl;
		};
	}
}
