package io.restdsn.engine;

import java.util.List;

/** A parent/child relation: {@code child.childColumns[i] = parent.parentColumns[i]}. */
public record RelationInfo(String parent, List<String> parentColumns, String child, List<String> childColumns) {

	public RelationInfo {
		parentColumns = List.copyOf(parentColumns);
		childColumns = List.copyOf(childColumns);
	}

	/** The join condition, ready for SQL. */
	public String joinCondition() {
		StringBuilder b = new StringBuilder();
		for (int i = 0; i < parentColumns.size(); i++) {
			if (i > 0) {
				b.append(" AND ");
			}
			b.append(child).append('.').append(childColumns.get(i)).append(" = ").append(parent).append('.')
					.append(parentColumns.get(i));
		}
		return b.toString();
	}
}
