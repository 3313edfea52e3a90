package io.restdsn.engine.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.restdsn.engine.EngineException;
import io.restdsn.engine.internal.Pushdown.Pred;
import io.restdsn.engine.internal.Pushdown.Use;
import io.restdsn.engine.model.Operator;
import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.operators.conditional.AndExpression;
import net.sf.jsqlparser.expression.operators.relational.ComparisonOperator;
import net.sf.jsqlparser.expression.operators.relational.EqualsTo;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.expression.operators.relational.GreaterThan;
import net.sf.jsqlparser.expression.operators.relational.GreaterThanEquals;
import net.sf.jsqlparser.expression.operators.relational.InExpression;
import net.sf.jsqlparser.expression.operators.relational.MinorThan;
import net.sf.jsqlparser.expression.operators.relational.MinorThanEquals;
import net.sf.jsqlparser.expression.operators.relational.NotEqualsTo;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.select.AllColumns;
import net.sf.jsqlparser.statement.select.FromItem;
import net.sf.jsqlparser.statement.select.Join;
import net.sf.jsqlparser.statement.select.Limit;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.SelectItem;
import net.sf.jsqlparser.util.TablesNamesFinder;

/**
 * Analyses a SELECT with JSqlParser and decides what the service can do (§6).
 * <p>
 * Predicates of the top-level WHERE (AND-ed conditions) on parameter columns become request parameters: {@code =}
 * on an {@code #eq} column is one request, an {@code IN} list one request per value (or one {@code #in}
 * request), other comparisons go to their {@code #ne/#lt/#le/#gt/#ge} parameters. Unconstrained parameters use
 * their {@code #default}; a {@code #mandatory} one without a value is an error. {@code LIMIT n} is pushed into
 * paging when nothing else needs more rows. Everything else is left to the local SQL engine.
 */
final class QueryPlanner {

	private static final String CONFIGURATION = "_CONFIGURATION";

	private final RelSchema schema;
	private final ParameterBinder binder;
	private final boolean streaming;

	QueryPlanner(RelSchema schema, int maxFanout, boolean streaming) {
		this.schema = schema;
		this.binder = new ParameterBinder(maxFanout);
		this.streaming = streaming;
	}

	QueryPlan plan(String sql) {
		Statement st;
		try {
			st = CCJSqlParserUtil.parse(sql);
		} catch (JSQLParserException e) {
			return fallback(sql);
		}
		if (!(st instanceof Select select)) {
			throw new EngineException(EngineException.Kind.SQL,
					"Only SELECT statements are supported: the REST data source is read-only");
		}
		Set<String> names;
		try {
			names = new TablesNamesFinder<Void>().getTables(st);
		} catch (RuntimeException e) {
			return fallback(sql);
		}
		Set<RelTable> referenced = new LinkedHashSet<>();
		boolean configuration = false;
		for (String n : names) {
			String name = lastPart(n);
			if (name.equalsIgnoreCase(CONFIGURATION)) {
				configuration = true;
				continue;
			}
			RelTable t = schema.table(name);
			if (t != null) {
				referenced.add(t);
			}
		}
		PlainSelect ps = select instanceof PlainSelect p && (p.getWithItemsList() == null || p.getWithItemsList()
				.isEmpty()) ? p : null;
		Map<String, RelTable> from = new HashMap<>();
		List<RelTable> fromList = new ArrayList<>();
		boolean outer = ps != null && collectFrom(ps, from, fromList);
		List<Expression> conjuncts = new ArrayList<>();
		if (ps != null && ps.getWhere() != null) {
			flatten(ps.getWhere(), conjuncts);
		}
		Map<Expression, Use> uses = new IdentityHashMap<>();
		List<Pred> preds = new ArrayList<>();
		for (Expression c : conjuncts) {
			uses.put(c, Use.LOCAL);
			Pred p = predicate(c, from, fromList);
			if (p != null && countOf(fromList, p.table()) == 1) {
				preds.add(p);
			}
		}
		Map<RelTable, List<Variant>> variants = new LinkedHashMap<>();
		for (RelTable t : referenced) {
			if (!variants.containsKey(t.root)) {
				variants.put(t.root, binder.bind(t.root, preds, uses, outer));
			}
		}
		String localSql = sql;
		if (uses.containsValue(Use.REMOVED)) {
			List<Expression> kept = new ArrayList<>();
			for (Expression c : conjuncts) {
				if (uses.get(c) != Use.REMOVED) {
					kept.add(c);
				}
			}
			ps.setWhere(and(kept));
			localSql = ps.toString();
		}
		QueryPlan plan = new QueryPlan(sql, localSql, referenced, configuration);
		boolean whereServed = uses.values().stream().allMatch(u -> u != Use.LOCAL);
		boolean whereGuaranteed = uses.values().stream().allMatch(u -> u == Use.GUARANTEED || u == Use.REMOVED);
		RelTable single = ps != null && fromList.size() == 1 && (ps.getJoins() == null || ps.getJoins().isEmpty())
				? fromList.get(0) : null;
		long limit = single != null && whereServed ? pushableLimit(ps) : -1;
		for (Map.Entry<RelTable, List<Variant>> e : variants.entrySet()) {
			RelTable root = e.getKey();
			Set<RelTable> wanted = new LinkedHashSet<>();
			for (RelTable t : referenced) {
				if (t.root == root) {
					wanted.add(t);
				}
			}
			boolean limited = limit >= 0 && single.root == root && !configuration;
			plan.fetches.put(root, new QueryPlan.RootFetch(root, wanted, e.getValue(), limited ? limit : -1,
					limited ? single : null));
		}
		if (streaming && single != null && whereGuaranteed && !configuration && referenced.size() == 1) {
			plan.stream = StreamShapeFinder.find(ps, single);
		}
		return plan;
	}

	/** When JSqlParser cannot read the SQL, load every table whose name appears in it and let H2 judge. */
	private QueryPlan fallback(String sql) {
		Set<RelTable> referenced = new LinkedHashSet<>();
		for (RelTable t : schema.tables.values()) {
			if (Pattern.compile("(?i)(?<![A-Za-z0-9_])\"?" + Pattern.quote(t.name) + "\"?(?![A-Za-z0-9_])").matcher(
					sql).find()) {
				referenced.add(t);
			}
		}
		boolean configuration = sql.toUpperCase(Locale.ROOT).contains(CONFIGURATION);
		QueryPlan plan = new QueryPlan(sql, sql, referenced, configuration);
		Map<RelTable, Set<RelTable>> groups = new LinkedHashMap<>();
		for (RelTable t : referenced) {
			groups.computeIfAbsent(t.root, r -> new LinkedHashSet<>()).add(t);
		}
		groups.forEach((root, wanted) -> plan.fetches.put(root, new QueryPlan.RootFetch(root, wanted, binder.bind(root,
				List.of(), new IdentityHashMap<>(), false), -1, null)));
		return plan;
	}

	private static String lastPart(String name) {
		String n = name;
		int dot = n.lastIndexOf('.');
		if (dot >= 0 && !n.endsWith("\"")) {
			n = n.substring(dot + 1);
		} else if (n.endsWith("\"")) {
			int open = n.lastIndexOf('"', n.length() - 2);
			n = n.substring(open);
		}
		return SqlLiterals.unquote(n);
	}

	/** FROM and JOIN tables by alias and name; returns whether an outer join is present. */
	private boolean collectFrom(PlainSelect ps, Map<String, RelTable> from, List<RelTable> fromList) {
		boolean outer = false;
		addFrom(ps.getFromItem(), from, fromList);
		if (ps.getJoins() != null) {
			for (Join j : ps.getJoins()) {
				outer |= j.isLeft() || j.isRight() || j.isFull() || j.isOuter();
				addFrom(j.getRightItem(), from, fromList);
			}
		}
		return outer;
	}

	private void addFrom(FromItem item, Map<String, RelTable> from, List<RelTable> fromList) {
		if (item instanceof Table t) {
			RelTable rt = schema.table(SqlLiterals.unquote(t.getName()));
			if (rt == null) {
				fromList.add(null);
				return;
			}
			fromList.add(rt);
			from.put(rt.name.toUpperCase(Locale.ROOT), rt);
			if (t.getAlias() != null) {
				from.put(SqlLiterals.unquote(t.getAlias().getName()).toUpperCase(Locale.ROOT), rt);
			}
		} else {
			fromList.add(null);
		}
	}

	private static int countOf(List<RelTable> list, RelTable t) {
		int n = 0;
		for (RelTable x : list) {
			if (x == t) {
				n++;
			}
		}
		return n;
	}

	private static void flatten(Expression e, List<Expression> out) {
		Expression x = SqlLiterals.unwrap(e);
		if (x instanceof AndExpression a) {
			flatten(a.getLeftExpression(), out);
			flatten(a.getRightExpression(), out);
		} else {
			out.add(e);
		}
	}

	private static Expression and(List<Expression> parts) {
		Expression e = null;
		for (Expression p : parts) {
			e = e == null ? p : new AndExpression(e, p);
		}
		return e;
	}

	/** A comparison or IN between a parameter column and literals, else {@code null}. */
	private Pred predicate(Expression c, Map<String, RelTable> from, List<RelTable> fromList) {
		Expression e = SqlLiterals.unwrap(c);
		if (e instanceof InExpression in) {
			if (in.isNot() || !(in.getLeftExpression() instanceof Column col)) {
				return null;
			}
			if (!(in.getRightExpression() instanceof ExpressionList<?> list) || list.isEmpty()) {
				return null;
			}
			List<Object> values = new ArrayList<>();
			for (Expression v : list) {
				Object lit = SqlLiterals.literal(v);
				if (lit == null) {
					return null;
				}
				values.add(lit);
			}
			return param(c, col, Operator.IN, values, from, fromList);
		}
		if (!(e instanceof ComparisonOperator cmp)) {
			return null;
		}
		Operator op = operator(cmp);
		if (op == null) {
			return null;
		}
		Expression l = cmp.getLeftExpression();
		Expression r = cmp.getRightExpression();
		if (l instanceof Column col && SqlLiterals.literal(r) != null) {
			return param(c, col, op, List.of(SqlLiterals.literal(r)), from, fromList);
		}
		if (r instanceof Column col && SqlLiterals.literal(l) != null) {
			return param(c, col, flip(op), List.of(SqlLiterals.literal(l)), from, fromList);
		}
		return null;
	}

	private Pred param(Expression node, Column col, Operator op, List<Object> values, Map<String, RelTable> from,
			List<RelTable> fromList) {
		String name = SqlLiterals.unquote(col.getColumnName());
		RelTable table;
		if (col.getTable() != null && col.getTable().getName() != null) {
			table = from.get(SqlLiterals.unquote(col.getTable().getName()).toUpperCase(Locale.ROOT));
		} else {
			table = null;
			for (RelTable t : fromList) {
				if (t != null && t.column(name) != null) {
					if (table != null && table != t) {
						return null;
					}
					table = t;
				}
			}
		}
		if (table == null || !table.isRoot()) {
			return null;
		}
		RelColumn c = table.column(name);
		if (c == null || !c.isParameter()) {
			return null;
		}
		return new Pred(node, table, c, op, values);
	}

	private static Operator operator(ComparisonOperator c) {
		if (c instanceof EqualsTo) {
			return Operator.EQ;
		}
		if (c instanceof NotEqualsTo) {
			return Operator.NE;
		}
		if (c instanceof GreaterThan) {
			return Operator.GT;
		}
		if (c instanceof GreaterThanEquals) {
			return Operator.GE;
		}
		if (c instanceof MinorThan) {
			return Operator.LT;
		}
		if (c instanceof MinorThanEquals) {
			return Operator.LE;
		}
		return null;
	}

	private static Operator flip(Operator op) {
		return switch (op) {
			case LT -> Operator.GT;
			case LE -> Operator.GE;
			case GT -> Operator.LT;
			case GE -> Operator.LE;
			default -> op;
		};
	}


	/** LIMIT n [OFFSET m] when the query is a bare scan of one table; -1 otherwise. */
	private static long pushableLimit(PlainSelect ps) {
		if (ps.getDistinct() != null || ps.getGroupBy() != null || ps.getHaving() != null
				|| ps.getOrderByElements() != null && !ps.getOrderByElements().isEmpty() || ps.getFetch() != null
				|| ps.getTop() != null) {
			return -1;
		}
		Limit limit = ps.getLimit();
		if (limit == null || !(limit.getRowCount() instanceof LongValue count)) {
			return -1;
		}
		long offset = 0;
		if (ps.getOffset() != null) {
			if (!(ps.getOffset().getOffset() instanceof LongValue o)) {
				return -1;
			}
			offset = o.getValue();
		}
		if (limit.getOffset() != null) {
			if (!(limit.getOffset() instanceof LongValue o)) {
				return -1;
			}
			offset += o.getValue();
		}
		for (SelectItem<?> item : ps.getSelectItems()) {
			Expression e = item.getExpression();
			if (!(e instanceof Column || e instanceof AllColumns)) {
				return -1;
			}
		}
		return count.getValue() + offset;
	}


}
