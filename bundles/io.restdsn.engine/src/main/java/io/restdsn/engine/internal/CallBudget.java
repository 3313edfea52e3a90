package io.restdsn.engine.internal;

/** StmtCallLimit: page requests one statement may make (0 = unlimited). Shared by all scans of a statement. */
final class CallBudget {

	private final int limit;
	private int used;

	CallBudget(int limit) {
		this.limit = limit;
	}

	/** Takes one call; false when the limit is reached. */
	synchronized boolean take() {
		if (limit > 0 && used >= limit) {
			return false;
		}
		used++;
		return true;
	}
}
