package io.restdsn.engine.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the planner decided for one statement: which root tables to fetch with which requests, the SQL to run
 * locally (pushed-down predicates removed where the service already applied them), and, for simple queries,
 * the shape of a streamed evaluation that skips the local SQL engine.
 */
final class QueryPlan {

	/**
	 * The fetch of one root table.
	 *
	 * @param wanted     the tables of this root the query references (rows of others are not kept)
	 * @param rowLimit   pushed-down LIMIT (rows of {@code limitTable}), or -1
	 */
	record RootFetch(RelTable root, Set<RelTable> wanted, List<Variant> variants, long rowLimit,
			RelTable limitTable) {

		/** Identity of the data this fetch produces: same key, same rows (while the cache is fresh). */
		String loadKey() {
			StringBuilder b = new StringBuilder(root.name).append('|').append(rowLimit).append('|');
			for (Variant v : variants) {
				b.append(v.key()).append('|');
			}
			return b.toString();
		}
	}

	final String sql;
	final String localSql;
	final Set<RelTable> referenced;
	final boolean configuration;
	final Map<RelTable, RootFetch> fetches = new LinkedHashMap<>();
	StreamShape stream;

	QueryPlan(String sql, String localSql, Set<RelTable> referenced, boolean configuration) {
		this.sql = sql;
		this.localSql = localSql;
		this.referenced = referenced;
		this.configuration = configuration;
	}
}
