package io.restdsn.engine.internal;

import java.util.List;

/**
 * One request series of a root table: the parameters it is sent with and the root-row template holding the
 * values its virtual parameter columns show. An {@code IN} list on an {@code #eq} column gives one variant per
 * value.
 */
record Variant(List<BoundParam> params, Object[] template) {

	Variant {
		params = List.copyOf(params);
	}

	/** Identity for the "already loaded" check. */
	String key() {
		StringBuilder b = new StringBuilder();
		for (BoundParam p : params) {
			b.append(p.header() ? "H:" : "Q:").append(p.name()).append('=').append(p.text()).append('&');
		}
		return b.toString();
	}
}
