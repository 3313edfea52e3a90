package io.restdsn.engine;

import java.util.Map;

/**
 * A column as the schema browser shows it.
 *
 * @param modelType  the Model type, e.g. {@code VarChar(36)}
 * @param jdbcType   the {@link java.sql.Types} code
 * @param key        part of the table's primary key
 * @param parameter  predicates on it are sent to the service (see {@code operators})
 * @param virtual    not in the response: holds the value sent in the request
 * @param operators  SQL operator ({@code =}, {@code <}, {@code IN} …) to request parameter name
 * @param origin     {@code DATA}, {@code ROWID}, {@code POSITION}, {@code MAP_KEY}, {@code VALUE},
 *                   {@code PARENT_KEY} or {@code PARAMETER}
 */
public record ColumnInfo(String name, String modelType, int jdbcType, boolean key, boolean parameter,
		boolean virtual, boolean mandatory, String defaultValue, Map<String, String> operators, String origin) {

	public ColumnInfo {
		operators = Map.copyOf(operators);
	}
}
