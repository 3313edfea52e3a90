package io.restdsn.engine;

import java.util.List;

/**
 * A table of the schema.
 *
 * @param parent          the parent table for child tables (arrays, maps), else {@code null}
 * @param parentKeyColumns this table's columns that hold the parent's key (same order as the parent's key)
 * @param endpoint        the root table's first endpoint, e.g. {@code GET https://host/v2/orders /data}
 * @param jsonPath        where the rows are inside a root row ({@code /} for root tables)
 */
public record TableInfo(String schema, String name, List<ColumnInfo> columns, List<String> keyColumns,
		String parent, List<String> parentKeyColumns, List<String> children, String endpoint, String jsonPath) {

	public TableInfo {
		columns = List.copyOf(columns);
		keyColumns = List.copyOf(keyColumns);
		parentKeyColumns = List.copyOf(parentKeyColumns);
		children = List.copyOf(children);
	}

	public ColumnInfo column(String columnName) {
		return columns.stream().filter(c -> c.name().equalsIgnoreCase(columnName)).findFirst().orElse(null);
	}
}
