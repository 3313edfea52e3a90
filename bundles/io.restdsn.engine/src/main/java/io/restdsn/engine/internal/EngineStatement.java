package io.restdsn.engine.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.restdsn.engine.EngineException;
import io.restdsn.engine.QueryStatement;
import io.restdsn.engine.ResultCursor;
import io.restdsn.engine.StatementStats;

/**
 * One execution of a SQL statement: plan, fetch, and either stream the rows (simple single-table queries) or
 * load H2 and run the SQL there.
 */
final class EngineStatement implements QueryStatement {

	private final EngineSession session;
	private final String sql;
	private final CancelToken cancel = new CancelToken();
	private final StatsCollector stats = new StatsCollector();
	private boolean refresh;
	private boolean executed;

	EngineStatement(EngineSession session, String sql) {
		this.session = session;
		this.sql = sql;
	}

	@Override
	public String sql() {
		return sql;
	}

	@Override
	public QueryStatement refresh(boolean bypassCache) {
		this.refresh = bypassCache;
		return this;
	}

	@Override
	public void cancel() {
		cancel.cancel();
	}

	@Override
	public boolean isCancelled() {
		return cancel.isCancelled();
	}

	@Override
	public StatementStats stats() {
		return stats.snapshot();
	}

	@Override
	public ResultCursor execute() {
		synchronized (this) {
			if (executed) {
				throw new IllegalStateException("a statement executes once; prepare another");
			}
			executed = true;
		}
		stats.start();
		try {
			cancel.check();
			RelSchema schema = session.relSchema(cancel, stats);
			QueryPlan plan = new QueryPlanner(schema, session.options().maxRequestsPerInList(), session.options()
					.streaming()).plan(sql);
			ScanContext ctx = new ScanContext(session.http(), session.json(), cancel, stats, new CallBudget(session
					.settings().stmtCallLimit), refresh);
			if (plan.stream != null) {
				stats.path = "streaming";
				return stream(plan, ctx);
			}
			stats.path = "h2";
			return local(plan, ctx);
		} catch (EngineException e) {
			stats.finish();
			if (cancel.isCancelled() && e.kind() != EngineException.Kind.CANCELLED) {
				throw EngineException.cancelled();
			}
			throw e;
		}
	}

	private ResultCursor stream(QueryPlan plan, ScanContext ctx) {
		StreamShape shape = plan.stream;
		QueryPlan.RootFetch fetch = plan.fetches.get(shape.table.root);
		Set<RelColumn> columns = new java.util.HashSet<>(shape.columns);
		if (shape.aggregates != null) {
			shape.aggregates.stream().filter(a -> a.column() != null).forEach(a -> columns.add(a.column()));
		}
		TableScan scan = new TableScan(ctx, fetch.root(), Set.of(shape.table), java.util.Map.of(shape.table, columns),
				fetch.variants(), session.plans(fetch.root()), fetch.rowLimit(), fetch.limitTable());
		if (shape.aggregates == null) {
			int n = shape.columns.size();
			String[] names = shape.labels.toArray(new String[0]);
			int[] types = new int[n];
			String[] typeNames = new String[n];
			int[] projection = new int[n];
			for (int i = 0; i < n; i++) {
				RelColumn c = shape.columns.get(i);
				types[i] = H2Types.jdbcType(c.type);
				typeNames[i] = H2Types.typeName(c.type);
				projection[i] = c.index;
			}
			return new RowsCursor(names, types, typeNames, projection, scan, shape.table, shape.limit, stats);
		}
		List<Aggregates.Accumulator> accs = new ArrayList<>();
		for (StreamShape.Agg a : shape.aggregates) {
			accs.add(new Aggregates.Accumulator(a));
		}
		RowSink sink = (t, row) -> {
			if (t == shape.table) {
				for (Aggregates.Accumulator acc : accs) {
					acc.add(row);
				}
			}
		};
		while (scan.step(sink)) {
			// aggregate page by page: nothing is kept
		}
		int n = accs.size();
		String[] names = new String[n];
		int[] types = new int[n];
		String[] typeNames = new String[n];
		Object[] row = new Object[n];
		for (int i = 0; i < n; i++) {
			StreamShape.Agg a = shape.aggregates.get(i);
			Object[] t = Aggregates.resultType(a);
			names[i] = a.label();
			types[i] = (Integer) t[0];
			typeNames[i] = (String) t[1];
			row[i] = accs.get(i).result();
		}
		stats.finish();
		return new RowsCursor(names, types, typeNames, List.<Object[]>of(row), shape.limit, stats);
	}

	private ResultCursor local(QueryPlan plan, ScanContext ctx) {
		session.lock.lock();
		try {
			session.checkOpen();
			LocalDatabase db = session.database();
			if (plan.configuration) {
				db.configuration(session.modelJson());
			}
			for (QueryPlan.RootFetch f : plan.fetches.values()) {
				session.load(f, ctx);
			}
			if (plan.referenced.size() > 1) {
				session.index(plan.referenced); // joins use keys; a bare scan does not need the index build
			}
			cancel.check();
			Statement st = db.connection().createStatement();
			cancel.sql(st);
			try {
				ResultSet rs = st.executeQuery(plan.localSql);
				H2Cursor cursor = new H2Cursor(st, rs, stats);
				stats.finish();
				return cursor;
			} catch (SQLException e) {
				closeQuietly(st);
				if (cancel.isCancelled()) {
					throw EngineException.cancelled();
				}
				throw LocalDatabase.sqlError(e);
			} finally {
				cancel.sql(null);
			}
		} catch (SQLException e) {
			throw LocalDatabase.sqlError(e);
		} finally {
			session.lock.unlock();
		}
	}

	private static void closeQuietly(Statement st) {
		try {
			st.close();
		} catch (SQLException e) {
			// the original error matters more
		}
	}
}
