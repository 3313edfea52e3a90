package io.restdsn.engine.model;

import java.util.Locale;

/** The comparison a parameter column pushes to the service ({@code #eq}, {@code #lt}, …). */
public enum Operator {
	EQ, NE, LT, LE, GT, GE, IN;

	/** The Model-file key, e.g. {@code #eq}. */
	public String key() {
		return "#" + name().toLowerCase(Locale.ROOT);
	}

	/** The operator for a Model-file key (any case), or {@code null}. */
	public static Operator ofKey(String key) {
		for (Operator o : values()) {
			if (o.key().equalsIgnoreCase(key)) {
				return o;
			}
		}
		return null;
	}
}
