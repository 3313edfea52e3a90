package io.restdsn.engine.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.restdsn.engine.model.TableDef;

/**
 * A relational table of the schema: a root table (one per Model entry, fetched from its endpoint) or a child
 * table (an array or map inside a root's rows, fetched with the root).
 */
public final class RelTable {

	final String name;
	final TableDef def;
	final RelTable parent;
	final RelTable root;
	final List<RelColumn> columns = new ArrayList<>();
	final List<RelTable> children = new ArrayList<>();
	final Map<String, RelColumn> byName = new HashMap<>();
	final String jsonPath;
	/** How the members of a row object map to columns; for scalar arrays and maps see {@link #valueColumn}. */
	Layout.ObjectLayout layout;
	RelColumn valueColumn;
	RelColumn positionColumn;
	RelColumn mapKeyColumn;
	RelColumn rowIdColumn;
	boolean map;

	RelTable(String name, TableDef def, RelTable parent, String jsonPath) {
		this.name = name;
		this.def = def;
		this.parent = parent;
		this.root = parent == null ? this : parent.root;
		this.jsonPath = jsonPath;
	}

	RelColumn add(RelColumn c) {
		c.label = name + "." + c.name;
		columns.add(c);
		byName.put(c.name.toUpperCase(Locale.ROOT), c);
		return c;
	}

	public String name() {
		return name;
	}

	public List<RelColumn> columns() {
		return columns;
	}

	public RelColumn column(String name) {
		return byName.get(name.toUpperCase(Locale.ROOT));
	}

	public RelTable parent() {
		return parent;
	}

	public RelTable root() {
		return root;
	}

	public boolean isRoot() {
		return parent == null;
	}

	public List<RelTable> children() {
		return children;
	}

	public List<RelColumn> keyColumns() {
		return columns.stream().filter(c -> c.key).toList();
	}

	public List<RelColumn> parentKeyColumns() {
		return columns.stream().filter(c -> c.origin == RelColumn.Origin.PARENT_KEY).toList();
	}

	int width() {
		return columns.size();
	}

	@Override
	public String toString() {
		return name;
	}
}
