package io.restdsn.engine;

import io.restdsn.core.dsn.Dsn;
import io.restdsn.engine.model.Model;

/**
 * A connection to one REST data source: its schema, a page cache, and a local SQL engine. Open it with
 * {@link RestEngine#open}.
 * <p>
 * Thread-safe. Statements that need the local SQL engine load and query it one at a time (a second one waits
 * until the first has its result); streamed statements do not wait. Cursors may be read while other statements
 * run.
 */
public interface RestSession extends AutoCloseable {

	Dsn dsn();

	/** The tables, columns and relations. The first call samples short-form tables (HTTP requests). */
	SchemaInfo schema();

	/** The effective Model: the configured one with sampled tables in full form. */
	Model model();

	/** The effective Model as a full-form {@code .rest} text. */
	String modelJson();

	/** A statement for one SQL query; nothing runs until {@link QueryStatement#execute()}. */
	QueryStatement prepare(String sql);

	/** Shorthand for {@code prepare(sql).execute()}. */
	default ResultCursor query(String sql) {
		return prepare(sql).execute();
	}

	/** Drops cached pages and loaded tables: the next query fetches everything again. */
	void clearCache();

	/** Releases the local database (its temporary files) and the cache. */
	@Override
	void close();
}
