package io.restdsn.engine.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.select.AllColumns;
import net.sf.jsqlparser.statement.select.AllTableColumns;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.SelectItem;
import org.h2.util.ParserUtil;

/**
 * Recognises the queries that can skip H2 ({@link StreamShape}): a bare projection of one table or a row of plain
 * aggregates, labelled exactly as H2 would label them.
 */
final class StreamShapeFinder {

	private StreamShapeFinder() {
	}

	/** The shape of {@code ps} over its single table, or {@code null} when H2 must run it. */
	static StreamShape find(PlainSelect ps, RelTable table) {
		if (ps.getDistinct() != null || ps.getGroupBy() != null || ps.getHaving() != null
				|| ps.getOrderByElements() != null && !ps.getOrderByElements().isEmpty() || ps.getFetch() != null
				|| ps.getTop() != null || ps.getOffset() != null || ps.getIntoTables() != null
				|| ps.getWindowDefinitions() != null && !ps.getWindowDefinitions().isEmpty()
				|| ps.getQualify() != null || ps.getLimitBy() != null || ps.getForMode() != null) {
			return null;
		}
		long limit = -1;
		if (ps.getLimit() != null) {
			if (ps.getLimit().getOffset() != null || !(ps.getLimit().getRowCount() instanceof LongValue l)) {
				return null;
			}
			limit = l.getValue();
		}
		Table t = (Table) ps.getFromItem();
		Set<String> qualifiers = new java.util.HashSet<>();
		qualifiers.add(table.name.toUpperCase(Locale.ROOT));
		if (t.getAlias() != null) {
			qualifiers.add(SqlLiterals.unquote(t.getAlias().getName()).toUpperCase(Locale.ROOT));
		}
		List<RelColumn> cols = new ArrayList<>();
		List<String> labels = new ArrayList<>();
		List<StreamShape.Agg> aggs = new ArrayList<>();
		for (SelectItem<?> item : ps.getSelectItems()) {
			Expression e = item.getExpression();
			String alias = item.getAlias() == null ? null : label(item.getAlias().getName());
			if (e instanceof AllTableColumns atc) {
				if (item.getAlias() != null || !qualifiers.contains(SqlLiterals.unquote(atc.getTable().getName()).toUpperCase(
						Locale.ROOT)) || !atc.toString().endsWith(".*")) {
					return null;
				}
				cols.addAll(table.columns);
				table.columns.forEach(c -> labels.add(c.name));
			} else if (e instanceof AllColumns ac) {
				if (!ac.toString().equals("*")) {
					return null;
				}
				cols.addAll(table.columns);
				table.columns.forEach(c -> labels.add(c.name));
			} else if (e instanceof Column c) {
				RelColumn rc = column(c, table, qualifiers);
				if (rc == null) {
					return null;
				}
				cols.add(rc);
				labels.add(alias != null ? alias : rc.name);
			} else if (e instanceof Function f) {
				StreamShape.Agg a = aggregate(f, table, qualifiers, alias);
				if (a == null) {
					return null;
				}
				aggs.add(a);
			} else {
				return null;
			}
		}
		if (!aggs.isEmpty() && !cols.isEmpty()) {
			return null;
		}
		return aggs.isEmpty() ? new StreamShape(table, cols, labels, null, limit)
				: new StreamShape(table, List.of(), List.of(), aggs, limit);
	}

	private static String label(String alias) {
		return alias.startsWith("\"") ? SqlLiterals.unquote(alias) : alias.toUpperCase(Locale.ROOT);
	}

	private static RelColumn column(Column c, RelTable table, Set<String> qualifiers) {
		if (c.getColumnName().startsWith("\"")) {
			return null; // case-sensitive names: let H2 resolve them
		}
		if (c.getTable() != null && c.getTable().getName() != null && !qualifiers.contains(SqlLiterals.unquote(c.getTable()
				.getName()).toUpperCase(Locale.ROOT))) {
			return null;
		}
		return table.column(c.getColumnName());
	}

	private static StreamShape.Agg aggregate(Function f, RelTable table, Set<String> qualifiers, String alias) {
		if (f.isDistinct() || f.isUnique() || f.getKeep() != null || f.getOrderByElements() != null
				|| f.getHavingClause() != null || f.getMultipartName().size() != 1) {
			return null;
		}
		String name = f.getName().toUpperCase(Locale.ROOT);
		ExpressionList<?> args = f.getParameters();
		boolean star = f.isAllColumns() || args != null && args.size() == 1 && args.get(0) instanceof AllColumns all
				&& !(all instanceof AllTableColumns) && all.toString().equals("*");
		if (name.equals("COUNT") && star) {
			return new StreamShape.Agg(StreamShape.AggKind.COUNT_STAR, null, alias != null ? alias : "COUNT(*)");
		}
		ExpressionList<?> params = f.getParameters();
		if (params == null || params.size() != 1 || !(params.get(0) instanceof Column c)) {
			return null;
		}
		RelColumn rc = column(c, table, qualifiers);
		if (rc == null) {
			return null;
		}
		StreamShape.AggKind kind;
		try {
			kind = StreamShape.AggKind.valueOf(name);
		} catch (IllegalArgumentException e) {
			return null;
		}
		if (!Aggregates.supports(kind, rc.type)) {
			return null;
		}
		return new StreamShape.Agg(kind, rc, alias != null ? alias : name + "(" + h2Identifier(rc.name) + ")");
	}

	/** A column name as H2 writes it in a derived label: quoted when it is a keyword or not upper case. */
	private static String h2Identifier(String name) {
		return ParserUtil.isSimpleIdentifier(name, true, false) ? name : "\"" + name.replace("\"", "\"\"") + "\"";
	}
}
