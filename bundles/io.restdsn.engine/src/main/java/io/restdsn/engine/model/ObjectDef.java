package io.restdsn.engine.model;

import java.util.List;
import java.util.Objects;

/**
 * A nested object flattened into its parent row: {@code address.city} becomes {@code ADDRESS_CITY}.
 * An alias replaces the {@code ADDRESS} prefix.
 */
public record ObjectDef(String jsonName, String alias, List<FieldDef> fields) implements FieldDef {

	public ObjectDef {
		Objects.requireNonNull(jsonName, "jsonName");
		fields = List.copyOf(fields);
	}
}
