package io.restdsn.engine.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A Model file in memory: global settings and the table entries, in file order.
 * <p>
 * Immutable and comparable with {@code equals}, which is what makes "write, then read, gives the same Model"
 * testable.
 *
 * @param hostname base URL for relative paths ({@code #hostname}), or {@code null}
 * @param headers  {@code #headers} sent on every request
 * @param paging   paging defaults for every table
 * @param extras   other {@code #keys} (e.g. {@code #authentication}) as compact JSON, kept for the round trip
 */
public record Model(String hostname, Map<String, String> headers, List<HttpRule> httpRules, Paging paging,
		Map<String, String> extras, List<TableDef> tables) {

	public Model {
		headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers == null ? Map.of() : headers));
		httpRules = httpRules == null ? List.of() : List.copyOf(httpRules);
		paging = paging == null ? Paging.NONE : paging;
		extras = Collections.unmodifiableMap(new LinkedHashMap<>(extras == null ? Map.of() : extras));
		tables = List.copyOf(tables);
	}

	/** A Model of tables only. */
	public static Model of(List<TableDef> tables) {
		return new Model(null, Map.of(), List.of(), Paging.NONE, Map.of(), tables);
	}

	public boolean needsSampling() {
		return tables.stream().anyMatch(TableDef::needsSampling);
	}

	public Model withTables(List<TableDef> newTables) {
		return new Model(hostname, headers, httpRules, paging, extras, newTables);
	}

	/** A copy with every table passed through {@code f}. */
	public Model mapTables(UnaryOperator<TableDef> f) {
		return withTables(tables.stream().map(f).toList());
	}
}
