package io.restdsn.engine.internal;

/** Receives extracted rows; the array belongs to the sink afterwards. */
interface RowSink {

	void accept(RelTable table, Object[] row);
}
