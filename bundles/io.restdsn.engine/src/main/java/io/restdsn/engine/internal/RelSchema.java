package io.restdsn.engine.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.restdsn.engine.model.Model;

/** All relational tables of a (sampled) Model, looked up by SQL name ignoring case. */
public final class RelSchema {

	final Model model;
	final List<RelTable> roots = new ArrayList<>();
	final Map<String, RelTable> tables = new LinkedHashMap<>();

	RelSchema(Model model) {
		this.model = model;
	}

	public Model model() {
		return model;
	}

	/** Every table: each root followed by its children, depth first. */
	public List<RelTable> tables() {
		return List.copyOf(tables.values());
	}

	public List<RelTable> roots() {
		return roots;
	}

	public RelTable table(String name) {
		return tables.get(name.toUpperCase(Locale.ROOT));
	}
}
