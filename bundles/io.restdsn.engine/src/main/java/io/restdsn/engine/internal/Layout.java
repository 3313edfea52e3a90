package io.restdsn.engine.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * How JSON members map onto row slots, compiled once per schema so the streaming reader does one hash lookup
 * per member and skips everything the Model does not mention.
 */
final class Layout {

	private Layout() {
	}

	/** Members of one JSON object level. */
	static final class ObjectLayout {
		final Map<String, Slot> members = new HashMap<>();
	}

	/** What a member becomes. */
	sealed interface Slot permits ColumnSlot, NestedSlot, ChildSlot {
	}

	/** A scalar stored in the row at {@code column.index}. */
	record ColumnSlot(RelColumn column) implements Slot {
	}

	/** A nested object flattened into the same row. */
	record NestedSlot(ObjectLayout layout) implements Slot {
	}

	/** An array or map that produces rows of a child table. */
	record ChildSlot(RelTable child) implements Slot {
	}
}
