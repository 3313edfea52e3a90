package io.restdsn.engine.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One table entry of the Model: where its rows come from and how they map to columns.
 * <p>
 * A table read from the short form (or a definition without columns) has {@code fields == null}: it must be
 * sampled before it has columns; its paths, headers and paging are used for the sample requests.
 *
 * @param postBody fixed fields of the POST body as compact JSON text ({@code #post}), or {@code null}
 * @param extras   {@code #keys} the engine does not interpret, as compact JSON, kept so a round trip loses nothing
 */
public record TableDef(String jsonName, String alias, List<EndpointPath> paths, Map<String, String> headers,
		String postBody, Paging paging, List<FieldDef> fields, Map<String, String> extras) {

	public TableDef {
		Objects.requireNonNull(jsonName, "jsonName");
		paths = List.copyOf(paths);
		if (paths.isEmpty()) {
			throw new IllegalArgumentException("table '" + jsonName + "' has no path");
		}
		headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers == null ? Map.of() : headers));
		paging = paging == null ? Paging.NONE : paging;
		fields = fields == null ? null : List.copyOf(fields);
		extras = Collections.unmodifiableMap(new LinkedHashMap<>(extras == null ? Map.of() : extras));
	}

	/** A short-form entry: name and endpoint only. */
	public static TableDef shortForm(String name, EndpointPath path) {
		return new TableDef(name, null, List.of(path), Map.of(), null, Paging.NONE, null, Map.of());
	}

	/** True when this table still needs sampling (short form). */
	public boolean needsSampling() {
		return fields == null;
	}

	public TableDef withFields(List<FieldDef> newFields) {
		return new TableDef(jsonName, alias, paths, headers, postBody, paging, newFields, extras);
	}

	public TableDef withPaths(List<EndpointPath> newPaths) {
		return new TableDef(jsonName, alias, newPaths, headers, postBody, paging, fields, extras);
	}
}
