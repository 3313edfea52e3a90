package io.restdsn.engine.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * A column: a scalar member of the response, or a parameter column that is not in the response at all.
 * <p>
 * Parameter columns carry the request parameter each SQL operator is pushed down as ({@code operators}); the
 * same column may be both data and parameter (a response field the service can also filter on).
 *
 * @param pattern      date/time pattern written after the type, {@code null} for ISO-8601
 * @param virtual      {@code #virtual}: not in the response; its value is the one sent in the request
 * @param operators    operator to request-parameter name ({@code #eq: "carrier"})
 * @param defaultValue {@code #default}: sent when the query does not constrain the column
 * @param mandatory    {@code #mandatory}: a query that does not constrain the column is an error
 * @param header       {@code #header}: the value goes into a request header instead of a query parameter
 */
public record ColumnDef(String jsonName, String alias, SqlType type, String pattern, boolean key, boolean readOnly,
		boolean notNull, boolean unique, boolean virtual, Map<Operator, String> operators, String defaultValue,
		boolean mandatory, boolean header) implements FieldDef {

	public ColumnDef {
		Objects.requireNonNull(jsonName, "jsonName");
		Objects.requireNonNull(type, "type");
		EnumMap<Operator, String> ops = new EnumMap<>(Operator.class);
		if (operators != null) {
			ops.putAll(operators);
		}
		operators = Collections.unmodifiableMap(ops);
	}

	/** A plain data column. */
	public static ColumnDef of(String jsonName, SqlType type) {
		return new ColumnDef(jsonName, null, type, null, false, false, false, false, false, Map.of(), null, false,
				false);
	}

	/** True when a query predicate on this column can become part of the request. */
	public boolean isParameter() {
		return !operators.isEmpty();
	}

	/** True when the Model must write this column in object form ({@code {"#type": …}}). */
	public boolean needsObjectForm() {
		return virtual || isParameter() || defaultValue != null || mandatory || header;
	}

	public ColumnDef withAlias(String newAlias) {
		return new ColumnDef(jsonName, newAlias, type, pattern, key, readOnly, notNull, unique, virtual, operators,
				defaultValue, mandatory, header);
	}

	public ColumnDef withType(SqlType newType) {
		return new ColumnDef(jsonName, alias, newType, pattern, key, readOnly, notNull, unique, virtual, operators,
				defaultValue, mandatory, header);
	}

	public ColumnDef withKey(boolean newKey) {
		return new ColumnDef(jsonName, alias, type, pattern, newKey, readOnly, notNull, unique, virtual, operators,
				defaultValue, mandatory, header);
	}

	/** This column as a parameter: {@code WHERE col = x} is sent as {@code param=x}. */
	public ColumnDef withParameter(Operator op, String param, String newDefault, boolean newVirtual) {
		EnumMap<Operator, String> ops = new EnumMap<>(Operator.class);
		ops.putAll(operators);
		ops.put(op, param);
		return new ColumnDef(jsonName, alias, type, pattern, key, readOnly, notNull, unique, newVirtual, ops,
				newDefault, mandatory, header);
	}
}
