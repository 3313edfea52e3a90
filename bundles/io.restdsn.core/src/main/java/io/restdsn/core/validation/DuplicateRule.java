package io.restdsn.core.validation;

import java.util.List;

import io.restdsn.core.dsn.Duplicate;

/** Long and short (or legacy) name of one option in one DSN: the connector refuses such a DSN. */
final class DuplicateRule implements Rule {

	@Override
	public void check(Subject s, List<Problem> out) {
		for (Duplicate d : s.normalization.duplicates()) {
			out.add(Problem.error(d.option(), d.option() + " is set twice, as '" + d.keptKey() + "' and as '"
					+ d.droppedKey() + "' (" + (d.sameValue() ? "same value" : "different values")
					+ "); the connector rejects a DSN that names one option twice. Remove '" + d.droppedKey()
					+ "' (the first, '" + d.keptKey() + "', is the one used here)."));
		}
	}
}
