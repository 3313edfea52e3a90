package io.restdsn.engine.model;

import java.util.List;
import java.util.Objects;

/**
 * A JSON object whose member names are data (dates, ids): {@code "m{Date}": {…}} becomes a child table with a
 * {@code KEY} column of {@code keyType} plus the value's columns ({@code fields}) or one {@code VALUE} column
 * ({@code valueType}).
 */
public record MapDef(String jsonName, String alias, SqlType keyType, List<FieldDef> fields, SqlType valueType,
		String valuePattern) implements FieldDef {

	public MapDef {
		Objects.requireNonNull(jsonName, "jsonName");
		Objects.requireNonNull(keyType, "keyType");
		if ((fields == null) == (valueType == null)) {
			throw new IllegalArgumentException("a map holds either objects or scalars");
		}
		fields = fields == null ? null : List.copyOf(fields);
	}

	public boolean isScalar() {
		return valueType != null;
	}
}
