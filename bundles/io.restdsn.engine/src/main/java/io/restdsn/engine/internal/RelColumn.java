package io.restdsn.engine.internal;

import io.restdsn.engine.model.ColumnDef;
import io.restdsn.engine.model.SqlType;

/**
 * A column of a relational table as the engine stores it: its place in the row array, its type, and where its
 * value comes from.
 */
public final class RelColumn {

	/** Where a column's value comes from. */
	public enum Origin {
		/** a member of the JSON row */
		DATA,
		/** a synthetic row number: the table has no key of its own */
		ROWID,
		/** index of the element in its array (child tables) */
		POSITION,
		/** the member name of a map entry (map child tables) */
		MAP_KEY,
		/** the value of a scalar array element or map entry */
		VALUE,
		/** a copy of a parent's key column, so children join back */
		PARENT_KEY,
		/** a parameter column that is not in the response: it holds the value sent in the request */
		PARAMETER
	}

	final String name;
	final SqlType type;
	final String pattern;
	final Origin origin;
	final int index;
	final ColumnDef def;
	final RelColumn parentColumn;
	final ValueReader reader;
	boolean key;
	/** {@code TABLE.COLUMN}, for error messages. */
	String label;

	RelColumn(String name, SqlType type, String pattern, Origin origin, int index, ColumnDef def,
			RelColumn parentColumn) {
		this.name = name;
		this.type = type;
		this.pattern = pattern;
		this.origin = origin;
		this.index = index;
		this.def = def;
		this.parentColumn = parentColumn;
		this.reader = ValueReader.forType(type, pattern);
		this.label = name;
	}

	public String name() {
		return name;
	}

	public SqlType type() {
		return type;
	}

	public Origin origin() {
		return origin;
	}

	public boolean isKey() {
		return key;
	}

	/** The Model's definition for data and parameter columns, else {@code null}. */
	public ColumnDef def() {
		return def;
	}

	/** True when predicates on this column can be sent to the service. */
	public boolean isParameter() {
		return def != null && def.isParameter();
	}

	@Override
	public String toString() {
		return name + " " + type.format();
	}
}
