package io.restdsn.engine.model;

import java.util.List;
import java.util.Objects;

/**
 * An array mapped to a child table: of objects ({@code fields} set) or of scalars ({@code elementType} set; the
 * child table then has one {@code VALUE} column).
 * <p>
 * Child rows carry their parent's key columns and a {@code POSITION} column, so they join back to the parent.
 */
public record ArrayDef(String jsonName, String alias, List<FieldDef> fields, SqlType elementType,
		String elementPattern) implements FieldDef {

	public ArrayDef {
		Objects.requireNonNull(jsonName, "jsonName");
		if ((fields == null) == (elementType == null)) {
			throw new IllegalArgumentException("an array holds either objects or scalars");
		}
		fields = fields == null ? null : List.copyOf(fields);
	}

	public static ArrayDef ofObjects(String jsonName, String alias, List<FieldDef> fields) {
		return new ArrayDef(jsonName, alias, fields, null, null);
	}

	public static ArrayDef ofScalars(String jsonName, String alias, SqlType type) {
		return new ArrayDef(jsonName, alias, null, type, null);
	}

	public boolean isScalar() {
		return elementType != null;
	}
}
