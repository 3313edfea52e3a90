package io.restdsn.engine.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.restdsn.engine.ColumnInfo;
import io.restdsn.engine.RelationInfo;
import io.restdsn.engine.SchemaInfo;
import io.restdsn.engine.TableInfo;
import io.restdsn.engine.model.Operator;

/** The public, immutable view of a {@link RelSchema}. */
final class SchemaInfos {

	private SchemaInfos() {
	}

	static SchemaInfo of(RelSchema schema) {
		List<TableInfo> tables = new ArrayList<>();
		List<RelationInfo> relations = new ArrayList<>();
		for (RelTable t : schema.tables()) {
			List<ColumnInfo> cols = new ArrayList<>();
			for (RelColumn c : t.columns) {
				cols.add(column(c));
			}
			List<String> parentKeys = t.parentKeyColumns().stream().map(c -> c.name).toList();
			tables.add(new TableInfo(LocalDatabase.SCHEMA, t.name, cols, t.keyColumns().stream().map(c -> c.name)
					.toList(), t.parent == null ? null : t.parent.name, parentKeys, t.children.stream().map(
							c -> c.name).toList(), t.root.def.paths().get(0).format(), t.jsonPath));
			if (t.parent != null) {
				List<String> parentCols = t.parentKeyColumns().stream().map(c -> c.parentColumn.name).toList();
				relations.add(new RelationInfo(t.parent.name, parentCols, t.name, parentKeys));
			}
		}
		return new SchemaInfo(LocalDatabase.SCHEMA, tables, relations);
	}

	private static ColumnInfo column(RelColumn c) {
		Map<String, String> ops = new LinkedHashMap<>();
		boolean mandatory = false;
		String dflt = null;
		if (c.def != null) {
			for (Map.Entry<Operator, String> e : c.def.operators().entrySet()) {
				ops.put(symbol(e.getKey()), e.getValue());
			}
			mandatory = c.def.mandatory();
			dflt = c.def.defaultValue();
		}
		return new ColumnInfo(c.name, c.type.format(), H2Types.jdbcType(c.type), c.key, c.isParameter(),
				c.origin == RelColumn.Origin.PARAMETER, mandatory, dflt, ops, c.origin.name());
	}

	private static String symbol(Operator op) {
		return switch (op) {
			case EQ -> "=";
			case NE -> "<>";
			case LT -> "<";
			case LE -> "<=";
			case GT -> ">";
			case GE -> ">=";
			case IN -> "IN";
		};
	}
}
