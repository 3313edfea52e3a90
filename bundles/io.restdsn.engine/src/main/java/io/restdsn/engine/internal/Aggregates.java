package io.restdsn.engine.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Types;

import io.restdsn.engine.model.SqlType;

/**
 * Streaming COUNT/SUM/AVG/MIN/MAX that give exactly what H2 gives for the same column, value and type: a query
 * must not change its answer because the engine chose not to load H2. Only the type/function pairs whose H2
 * arithmetic is reproduced here are {@link #supports supported}; everything else goes through H2.
 */
final class Aggregates {

	/** DECFLOAT precision H2 gives AVG over DOUBLE PRECISION. */
	private static final int AVG_DECFLOAT_PRECISION = 27;
	/** Extra scale H2 gives AVG over BIGINT. */
	private static final int AVG_BIGINT_SCALE = 10;

	private Aggregates() {
	}

	static boolean supports(StreamShape.AggKind kind, SqlType type) {
		return switch (kind) {
			case COUNT_STAR, COUNT -> true;
			case SUM, AVG -> isNumeric(type);
			case MIN, MAX -> switch (type.name()) {
				case VARCHARIGNORECASE, GUID, BINARY, VARBINARY, LONGVARBINARY, TIMEWITHTIMEZONE,
						TIMESTAMPWITHTIMEZONE -> false;
				case DECIMAL -> type.scale() != null;
				default -> true;
			};
		};
	}

	/** Result type of an aggregate, as H2 reports it: {jdbc type, type name}. */
	static Object[] resultType(StreamShape.Agg a) {
		SqlType t = a.column() == null ? null : a.column().type;
		return switch (a.kind()) {
			case COUNT_STAR, COUNT -> new Object[] { Types.BIGINT, "BIGINT" };
			case SUM -> switch (t.name()) {
				case TINYINT, SMALLINT, INTEGER -> new Object[] { Types.BIGINT, "BIGINT" };
				case BIGINT -> new Object[] { Types.NUMERIC, "NUMERIC" };
				default -> new Object[] { Types.NUMERIC, "DECFLOAT" };
			};
			case AVG -> switch (t.name()) {
				case TINYINT, SMALLINT, INTEGER -> new Object[] { Types.DOUBLE, "DOUBLE PRECISION" };
				case BIGINT -> new Object[] { Types.NUMERIC, "NUMERIC" };
				default -> new Object[] { Types.NUMERIC, "DECFLOAT" };
			};
			case MIN, MAX -> new Object[] { H2Types.jdbcType(t), H2Types.typeName(t) };
		};
	}

	/** One running aggregate. */
	static final class Accumulator {
		private final StreamShape.Agg agg;
		private final int index;
		private final SqlType.Name type;
		private long count;
		private long longSum;
		private double doubleSum;
		private BigDecimal decimalSum;
		private Comparable<Object> best;

		Accumulator(StreamShape.Agg agg) {
			this.agg = agg;
			this.index = agg.column() == null ? -1 : agg.column().index;
			this.type = agg.column() == null ? null : agg.column().type.name();
		}

		@SuppressWarnings("unchecked")
		void add(Object[] row) {
			if (agg.kind() == StreamShape.AggKind.COUNT_STAR) {
				count++;
				return;
			}
			Object v = row[index];
			if (v == null) {
				return;
			}
			count++;
			switch (agg.kind()) {
				case SUM, AVG -> {
					switch (type) {
						case TINYINT, SMALLINT, INTEGER -> {
							int i = (Integer) v;
							longSum += i;
							doubleSum += i;
						}
						case BIGINT -> decimalSum = add(decimalSum, BigDecimal.valueOf((Long) v));
						default -> decimalSum = add(decimalSum, BigDecimal.valueOf((Double) v));
					}
				}
				case MIN -> {
					if (best == null || ((Comparable<Object>) v).compareTo(best) < 0) {
						best = (Comparable<Object>) v;
					}
				}
				case MAX -> {
					if (best == null || ((Comparable<Object>) v).compareTo(best) > 0) {
						best = (Comparable<Object>) v;
					}
				}
				default -> {
					// COUNT: counted above
				}
			}
		}

		private static BigDecimal add(BigDecimal a, BigDecimal b) {
			return a == null ? b : a.add(b);
		}

		Object result() {
			switch (agg.kind()) {
				case COUNT_STAR, COUNT:
					return count;
				case MIN, MAX:
					return best;
				default:
					break;
			}
			if (count == 0) {
				return null;
			}
			boolean small = type == SqlType.Name.TINYINT || type == SqlType.Name.SMALLINT
					|| type == SqlType.Name.INTEGER;
			if (agg.kind() == StreamShape.AggKind.SUM) {
				if (small) {
					return longSum;
				}
				return type == SqlType.Name.BIGINT ? decimalSum : decfloat(decimalSum);
			}
			if (small) {
				return doubleSum / count;
			}
			BigDecimal n = BigDecimal.valueOf(count);
			if (type == SqlType.Name.BIGINT) {
				return decimalSum.divide(n, AVG_BIGINT_SCALE, RoundingMode.HALF_DOWN);
			}
			int p = AVG_DECFLOAT_PRECISION;
			BigDecimal q = decimalSum.divide(n, decimalSum.scale() - decimalSum.precision() + n.precision() - n.scale()
					+ p, RoundingMode.HALF_DOWN);
			if (q.precision() > p) {
				q = q.setScale(q.scale() - q.precision() + p, RoundingMode.HALF_UP);
			}
			return decfloat(q);
		}

		private static BigDecimal decfloat(BigDecimal d) {
			BigDecimal s = d.stripTrailingZeros();
			return s.signum() == 0 ? BigDecimal.ZERO : s;
		}
	}

	static boolean isNumeric(SqlType t) {
		return switch (t.name()) {
			case TINYINT, SMALLINT, INTEGER, BIGINT, FLOAT, DOUBLE -> true;
			default -> false;
		};
	}
}
