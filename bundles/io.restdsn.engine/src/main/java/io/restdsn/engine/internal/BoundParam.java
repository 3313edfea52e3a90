package io.restdsn.engine.internal;

/**
 * A request parameter decided by the planner: a pushed-down predicate or a {@code #default}.
 *
 * @param value  String, Long, Double, BigDecimal or Boolean (kept typed for JSON bodies)
 * @param header sent as a request header instead of a query parameter
 */
record BoundParam(String name, Object value, boolean header) {

	String text() {
		return value instanceof java.math.BigDecimal d ? d.toPlainString() : String.valueOf(value);
	}
}
