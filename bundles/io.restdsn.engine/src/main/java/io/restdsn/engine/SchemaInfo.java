package io.restdsn.engine;

import java.util.List;

/** The relational schema a session exposes (schema {@code AUTOREST}), for browsing and completion. */
public record SchemaInfo(String schemaName, List<TableInfo> tables, List<RelationInfo> relations) {

	public SchemaInfo {
		tables = List.copyOf(tables);
		relations = List.copyOf(relations);
	}

	public TableInfo table(String name) {
		return tables.stream().filter(t -> t.name().equalsIgnoreCase(name)).findFirst().orElse(null);
	}
}
