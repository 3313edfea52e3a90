package io.restdsn.engine.internal;

import java.math.BigDecimal;

import net.sf.jsqlparser.expression.CastExpression;
import net.sf.jsqlparser.expression.DateTimeLiteralExpression;
import net.sf.jsqlparser.expression.DateValue;
import net.sf.jsqlparser.expression.DoubleValue;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.SignedExpression;
import net.sf.jsqlparser.expression.StringValue;
import net.sf.jsqlparser.expression.TimeValue;
import net.sf.jsqlparser.expression.TimestampValue;
import net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList;

/** Small helpers over JSqlParser's tree: literal values, parentheses, quoted names. */
final class SqlLiterals {

	private SqlLiterals() {
	}

	/** String, Long, Double, BigDecimal or ISO text for date/time literals; {@code null} when not a literal. */
	static Object literal(Expression e) {
		Expression x = unwrap(e);
		if (x instanceof StringValue s) {
			return s.getValue().replace("''", "'");
		}
		if (x instanceof LongValue l) {
			try {
				return l.getValue();
			} catch (NumberFormatException ex) {
				return new BigDecimal(l.getStringValue());
			}
		}
		if (x instanceof DoubleValue d) {
			return new BigDecimal(d.toString());
		}
		if (x instanceof SignedExpression s && s.getSign() == '-') {
			Object v = literal(s.getExpression());
			if (v instanceof Long l) {
				return -l;
			}
			if (v instanceof BigDecimal b) {
				return b.negate();
			}
			return null;
		}
		if (x instanceof CastExpression cast) {
			Object inner = literal(cast.getLeftExpression());
			return inner == null ? null : inner instanceof String ? inner : text(inner);
		}
		if (x instanceof DateTimeLiteralExpression dt) {
			String v = dt.getValue();
			return v.length() >= 2 && v.startsWith("'") && v.endsWith("'") ? v.substring(1, v.length() - 1) : v;
		}
		if (x instanceof DateValue d) {
			return d.getValue().toLocalDate().toString();
		}
		if (x instanceof TimestampValue t) {
			return t.getValue().toLocalDateTime().toString();
		}
		if (x instanceof TimeValue t) {
			return t.getValue().toLocalTime().toString();
		}
		return null;
	}

	static Expression unwrap(Expression e) {
		Expression x = e;
		while (x instanceof ParenthesedExpressionList<?> p && p.size() == 1) {
			x = p.get(0);
		}
		return x;
	}

	static String unquote(String s) {
		if (s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("`") && s.endsWith("`")
				|| s.startsWith("[") && s.endsWith("]"))) {
			return s.substring(1, s.length() - 1);
		}
		return s;
	}

	static String text(Object v) {
		return v instanceof BigDecimal d ? d.toPlainString() : String.valueOf(v);
	}
}
