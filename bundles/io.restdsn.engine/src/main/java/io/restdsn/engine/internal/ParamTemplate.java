package io.restdsn.engine.internal;

/**
 * A paging parameter as the Model writes it: {@code "offset"} (value {@code {OFFSET}}) or
 * {@code "range={OFFSET}-{LIMIT}"} (name and value template).
 */
record ParamTemplate(String name, String template) {

	static ParamTemplate parse(String spec, String defaultTemplate) {
		if (spec == null || spec.isBlank()) {
			return null;
		}
		int eq = spec.indexOf('=');
		if (eq > 0) {
			return new ParamTemplate(spec.substring(0, eq).trim(), spec.substring(eq + 1));
		}
		return new ParamTemplate(spec.trim(), defaultTemplate);
	}

	String value(java.util.Map<String, String> vars) {
		String v = template;
		for (java.util.Map.Entry<String, String> e : vars.entrySet()) {
			v = v.replace("{" + e.getKey() + "}", e.getValue());
		}
		return v;
	}
}
