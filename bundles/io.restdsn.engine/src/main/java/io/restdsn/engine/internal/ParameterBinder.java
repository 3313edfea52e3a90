package io.restdsn.engine.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.restdsn.engine.EngineException;
import io.restdsn.engine.model.ColumnDef;
import io.restdsn.engine.model.Operator;
import io.restdsn.engine.internal.Pushdown.Pred;
import io.restdsn.engine.internal.Pushdown.Use;
import net.sf.jsqlparser.expression.Expression;

/**
 * Turns the predicates found on a root table's parameter columns into request variants: which parameters each
 * request sends, and which value its rows show in the virtual columns. Records in {@code uses} how each
 * predicate was consumed, which decides what the local SQL engine still has to check.
 */
final class ParameterBinder {

	private final int maxFanout;

	ParameterBinder(int maxFanout) {
		this.maxFanout = maxFanout;
	}

	/** One way to satisfy a parameter column: the parameters it sends and the value its rows show. */
	private record Choice(List<BoundParam> params, Object stored) {
	}

	/**
	 * The request variants of {@code root}: the cartesian product of every parameter column's choices (an IN
	 * fan-out multiplies, everything else is one choice).
	 *
	 * @param outer an outer join is present: non-equality predicates on virtual columns are not pushed, since
	 *              removing them from the local SQL would change which rows the join keeps
	 */
	List<Variant> bind(RelTable root, List<Pred> preds, Map<Expression, Use> uses, boolean outer) {
		List<RelColumn> paramColumns = root.columns.stream().filter(RelColumn::isParameter).toList();
		List<List<Choice>> axes = new ArrayList<>();
		for (RelColumn c : paramColumns) {
			axes.add(choices(root, c, preds.stream().filter(p -> p.column() == c).toList(), uses, outer));
		}
		List<Variant> out = new ArrayList<>();
		expand(root, paramColumns, axes, 0, new ArrayList<>(), new Object[root.width()], out);
		return out;
	}

	private void expand(RelTable root, List<RelColumn> cols, List<List<Choice>> axes, int i, List<BoundParam> acc,
			Object[] template, List<Variant> out) {
		if (i == axes.size()) {
			out.add(new Variant(acc, template.clone()));
			return;
		}
		for (Choice ch : axes.get(i)) {
			List<BoundParam> next = new ArrayList<>(acc);
			next.addAll(ch.params);
			Object[] t = template.clone();
			RelColumn c = cols.get(i);
			if (c.origin == RelColumn.Origin.PARAMETER) {
				t[c.index] = ch.stored;
			}
			expand(root, cols, axes, i + 1, next, t, out);
		}
	}

	private List<Choice> choices(RelTable root, RelColumn c, List<Pred> preds, Map<Expression, Use> uses,
			boolean outer) {
		ColumnDef def = c.def;
		Map<Operator, String> ops = def.operators();
		boolean virtual = c.origin == RelColumn.Origin.PARAMETER;
		List<BoundParam> fixed = new ArrayList<>();
		List<Choice> fanout = null;
		Object stored = null;
		boolean constrained = false;
		Set<Operator> usedOps = new java.util.HashSet<>();
		for (Pred p : preds) {
			switch (p.op()) {
				case EQ -> {
					Operator via = ops.containsKey(Operator.EQ) ? Operator.EQ : ops.containsKey(Operator.IN)
							? Operator.IN : null;
					if (via == null || constrained && (usedOps.contains(Operator.EQ) || usedOps.contains(
							Operator.IN))) {
						continue;
					}
					Object v = typed(c, p.values().get(0));
					fixed.add(new BoundParam(ops.get(via), requestValue(p.values().get(0)), def.header()));
					usedOps.add(via);
					stored = v;
					uses.put(p.node(), virtual ? Use.GUARANTEED : Use.SERVER);
					constrained = true;
				}
				case IN -> {
					if (constrained && (usedOps.contains(Operator.EQ) || usedOps.contains(Operator.IN))) {
						continue;
					}
					if (ops.containsKey(Operator.IN)) {
						if (outer && virtual && p.values().size() > 1) {
							continue;
						}
						StringBuilder joined = new StringBuilder();
						for (Object v : p.values()) {
							if (joined.length() > 0) {
								joined.append(',');
							}
							joined.append(SqlLiterals.text(requestValue(v)));
						}
						fixed.add(new BoundParam(ops.get(Operator.IN), p.values().size() == 1 ? requestValue(p.values()
								.get(0)) : joined.toString(), def.header()));
						usedOps.add(Operator.IN);
						stored = p.values().size() == 1 ? typed(c, p.values().get(0)) : null;
						uses.put(p.node(), !virtual ? Use.SERVER : p.values().size() == 1 ? Use.GUARANTEED : Use.REMOVED);
						constrained = true;
					} else if (ops.containsKey(Operator.EQ) && p.values().size() <= maxFanout) {
						fanout = new ArrayList<>();
						for (Object v : new LinkedHashSet<>(p.values())) {
							fanout.add(new Choice(List.of(new BoundParam(ops.get(Operator.EQ), requestValue(v), def
									.header())), typed(c, v)));
						}
						usedOps.add(Operator.EQ);
						uses.put(p.node(), virtual ? Use.GUARANTEED : Use.SERVER);
						constrained = true;
					}
				}
				default -> {
					if (!ops.containsKey(p.op()) || usedOps.contains(p.op()) || outer && virtual) {
						continue;
					}
					fixed.add(new BoundParam(ops.get(p.op()), requestValue(p.values().get(0)), def.header()));
					usedOps.add(p.op());
					uses.put(p.node(), virtual ? Use.REMOVED : Use.SERVER);
					constrained = true;
				}
			}
		}
		if (!constrained) {
			if (def.defaultValue() != null) {
				String param = ops.containsKey(Operator.EQ) ? ops.get(Operator.EQ) : ops.values().iterator().next();
				fixed.add(new BoundParam(param, def.defaultValue(), def.header()));
				stored = typed(c, def.defaultValue());
			} else if (def.mandatory()) {
				throw new EngineException(EngineException.Kind.MANDATORY_PARAMETER, "Table " + root.name
						+ " needs a value for column " + c.name + ": add WHERE " + c.name + " " + describe(ops)
						+ " to the query");
			}
		}
		if (fanout == null) {
			return List.of(new Choice(fixed, stored));
		}
		List<Choice> out = new ArrayList<>();
		for (Choice f : fanout) {
			List<BoundParam> ps = new ArrayList<>(fixed);
			ps.addAll(f.params);
			out.add(new Choice(ps, f.stored));
		}
		return out;
	}

	private static String describe(Map<Operator, String> ops) {
		if (ops.containsKey(Operator.EQ)) {
			return "= …";
		}
		if (ops.containsKey(Operator.IN)) {
			return "IN (…)";
		}
		return switch (ops.keySet().iterator().next()) {
			case NE -> "<> …";
			case LT -> "< …";
			case LE -> "<= …";
			case GT -> "> …";
			default -> ">= …";
		};
	}

	/** The literal as the column's Java value (what a virtual column shows). */
	private static Object typed(RelColumn c, Object literal) {
		try {
			return c.reader.fromText(SqlLiterals.text(literal));
		} catch (ValueReader.ConversionException e) {
			throw new EngineException(EngineException.Kind.SQL, "Value " + SqlLiterals.text(literal) + " for column " + c.name
					+ ": " + e.getMessage());
		}
	}

	/** Literal as sent: numbers stay numbers (JSON bodies), the rest is text. */
	private static Object requestValue(Object literal) {
		if (literal instanceof BigDecimal d && d.scale() <= 0) {
			try {
				return d.longValueExact();
			} catch (ArithmeticException e) {
				return d;
			}
		}
		return literal;
	}
}
