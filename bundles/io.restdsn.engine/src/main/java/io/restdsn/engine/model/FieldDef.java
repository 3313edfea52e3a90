package io.restdsn.engine.model;

/**
 * One member of a JSON object as the Model maps it: a column, a flattened object, a child array or a map.
 * <p>
 * {@code jsonName} is the member name in the response; {@code alias} is the SQL name written in angle brackets,
 * or {@code null} when the SQL name is derived from the JSON name.
 */
public sealed interface FieldDef permits ColumnDef, ObjectDef, ArrayDef, MapDef {

	String jsonName();

	String alias();
}
