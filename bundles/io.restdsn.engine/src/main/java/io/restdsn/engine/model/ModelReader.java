package io.restdsn.engine.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.json.JsonReadFeature;

import io.restdsn.engine.EngineException;
import io.restdsn.engine.model.JsonTree.Kind;
import io.restdsn.engine.model.JsonTree.Node;

/**
 * Reads Model files, short and full form, leniently: {@code //} and block comments, trailing commas, any case
 * in type names and {@code #keys}.
 * <p>
 * Every error is an {@link EngineException} of kind {@code MODEL} naming the line, column and JSON path of the
 * offending value, because Model files are written by hand and a vague error is useless there.
 */
public final class ModelReader {

	/** {@code name<alias>[]} or {@code name<alias>{Type}}: member name, optional alias, optional suffix. */
	private static final Pattern FIELD_KEY = Pattern.compile(
			"^(?<name>.*?)(?:<(?<alias>[^<>]*)>)?(?<suffix>\\[\\]|\\{(?<ktype>[^{}]*)\\})?$", Pattern.DOTALL);

	private static final JsonFactory FACTORY = JsonFactory.builder()
			.enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
			.enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
			.build();

	private ModelReader() {
	}

	/** Reads a Model file (UTF-8). An unreadable file is a {@code CONFIG} error naming the path. */
	public static Model read(Path file) {
		String text;
		try {
			text = Files.readString(file, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new EngineException(EngineException.Kind.CONFIG, "cannot read Model file " + file + ": " + e, e);
		}
		return read(text);
	}

	/** Reads a Model from its text. */
	public static Model read(String text) {
		Node root = JsonTree.parse(FACTORY, text);
		if (!root.isObject()) {
			throw root.error("a Model is a JSON object of tables");
		}
		String hostname = null;
		Map<String, String> headers = Map.of();
		List<HttpRule> rules = List.of();
		Map<String, Object> paging = new LinkedHashMap<>();
		Map<String, String> extras = new LinkedHashMap<>();
		List<TableDef> tables = new ArrayList<>();
		for (Map.Entry<String, Node> e : root.fields.entrySet()) {
			String key = e.getKey();
			Node value = e.getValue();
			if (key.startsWith("#")) {
				String lower = key.toLowerCase(Locale.ROOT);
				switch (lower) {
					case "#hostname" -> hostname = value.string("#hostname");
					case "#headers" -> headers = headers(value);
					case "#http" -> rules = httpRules(value);
					default -> {
						if (!readPaging(key, value, paging)) {
							extras.put(key, value.toJson(FACTORY));
						}
					}
				}
			} else {
				tables.add(table(key, value));
			}
		}
		return new Model(hostname, headers, rules, Paging.fromMap(paging), extras, tables);
	}

	private static TableDef table(String key, Node value) {
		String[] nameAlias = nameAndAlias(key, value);
		if (value.kind == Kind.STRING || value.kind == Kind.ARRAY) {
			return new TableDef(nameAlias[0], nameAlias[1], paths(value), Map.of(), null, Paging.NONE, null, Map
					.of());
		}
		if (!value.isObject()) {
			throw value.error("a table is an endpoint URL or a table definition object");
		}
		List<EndpointPath> paths = null;
		Map<String, String> headers = Map.of();
		String post = null;
		Map<String, Object> paging = new LinkedHashMap<>();
		Map<String, String> extras = new LinkedHashMap<>();
		List<FieldDef> fields = new ArrayList<>();
		for (Map.Entry<String, Node> e : value.fields.entrySet()) {
			String k = e.getKey();
			Node v = e.getValue();
			if (k.startsWith("#")) {
				switch (k.toLowerCase(Locale.ROOT)) {
					case "#path" -> paths = paths(v);
					case "#headers" -> headers = headers(v);
					case "#post" -> post = v.toJson(FACTORY);
					default -> {
						if (!readPaging(k, v, paging)) {
							extras.put(k, v.toJson(FACTORY));
						}
					}
				}
			} else {
				fields.add(field(k, v, true));
			}
		}
		if (paths == null) {
			throw value.error("table '" + key + "' has no #path");
		}
		// a definition with request settings but no columns is sampled like a short-form entry
		return new TableDef(nameAlias[0], nameAlias[1], paths, headers, post, Paging.fromMap(paging), fields.isEmpty()
				? null : fields, extras);
	}

	private static String[] nameAndAlias(String key, Node at) {
		Matcher m = FIELD_KEY.matcher(key);
		if (!m.matches() || m.group("suffix") != null) {
			throw at.keyError("a table name is 'name' or 'name<alias>', not '" + key + "'");
		}
		return new String[] { m.group("name"), emptyToNull(m.group("alias")) };
	}

	private static List<EndpointPath> paths(Node v) {
		List<Node> items = v.kind == Kind.ARRAY ? v.items : List.of(v);
		if (items.isEmpty()) {
			throw v.error("#path needs at least one URL");
		}
		List<EndpointPath> out = new ArrayList<>();
		for (Node n : items) {
			try {
				out.add(EndpointPath.parse(n.string("a path")));
			} catch (IllegalArgumentException e) {
				throw n.error(e.getMessage());
			}
		}
		return out;
	}

	private static Map<String, String> headers(Node v) {
		if (!v.isObject()) {
			throw v.error("#headers must be an object of header names to values");
		}
		Map<String, String> out = new LinkedHashMap<>();
		v.fields.forEach((k, n) -> out.put(k, n.scalarText("header '" + k + "'")));
		return out;
	}

	private static List<HttpRule> httpRules(Node v) {
		if (v.kind != Kind.ARRAY) {
			throw v.error("#http must be a list of rules");
		}
		List<HttpRule> out = new ArrayList<>();
		for (Node r : v.items) {
			if (!r.isObject()) {
				throw r.error("an #http rule is an object with #code and #action");
			}
			String code = null;
			HttpRule.Action action = null;
			String message = null;
			String match = null;
			Double delay = null;
			for (Map.Entry<String, Node> e : r.fields.entrySet()) {
				Node n = e.getValue();
				switch (e.getKey().toLowerCase(Locale.ROOT)) {
					case "#code" -> code = n.scalarText("#code").toLowerCase(Locale.ROOT);
					case "#action" -> {
						try {
							action = HttpRule.Action.valueOf(n.string("#action").trim().toUpperCase(Locale.ROOT));
						} catch (IllegalArgumentException ex) {
							throw n.error("unknown #action '" + n.text + "'; expected one of "
									+ java.util.Arrays.toString(HttpRule.Action.values()));
						}
					}
					case "#message" -> message = n.string("#message");
					case "#match" -> match = n.string("#match");
					case "#delay" -> {
						try {
							delay = Double.valueOf(n.scalarText("#delay"));
						} catch (NumberFormatException ex) {
							throw n.error("#delay must be a number of seconds");
						}
					}
					default -> throw n.keyError("unknown key '" + e.getKey() + "' in an #http rule");
				}
			}
			if (code == null || action == null) {
				throw r.error("an #http rule needs #code and #action");
			}
			try {
				out.add(new HttpRule(code, action, message, match, delay));
			} catch (IllegalArgumentException ex) {
				throw r.error(ex.getMessage());
			}
		}
		return out;
	}

	private static boolean readPaging(String key, Node v, Map<String, Object> into) {
		String canonical = Paging.canonicalKey(key);
		if (canonical == null) {
			return false;
		}
		into.put(canonical, Paging.isNumeric(canonical) ? (Object) v.integer(key) : v.scalarText(key));
		return true;
	}

	static FieldDef field(String key, Node v, boolean topLevel) {
		Matcher m = FIELD_KEY.matcher(key);
		if (!m.matches() || m.group("name").isEmpty()) {
			throw v.keyError("bad member name '" + key + "'");
		}
		String name = m.group("name");
		String alias = emptyToNull(m.group("alias"));
		String suffix = m.group("suffix");
		if ("[]".equals(suffix)) {
			if (v.kind == Kind.STRING) {
				ColumnSpec spec = ColumnSpec.parse(v);
				return new ArrayDef(name, alias, null, spec.type, spec.pattern);
			}
			if (v.isObject()) {
				return ArrayDef.ofObjects(name, alias, fields(v));
			}
			throw v.error("an array member maps to a type string or an object of columns");
		}
		if (suffix != null) {
			SqlType keyType;
			try {
				keyType = SqlType.parse(m.group("ktype"));
			} catch (IllegalArgumentException e) {
				throw v.keyError("map key type: " + e.getMessage());
			}
			if (v.kind == Kind.STRING) {
				ColumnSpec spec = ColumnSpec.parse(v);
				return new MapDef(name, alias, keyType, null, spec.type, spec.pattern);
			}
			if (v.isObject()) {
				return new MapDef(name, alias, keyType, fields(v), null, null);
			}
			throw v.error("a map member maps to a type string or an object of columns");
		}
		if (v.kind == Kind.STRING) {
			ColumnSpec spec = ColumnSpec.parse(v);
			return new ColumnDef(name, alias, spec.type, spec.pattern, spec.key, spec.readOnly, spec.notNull,
					spec.unique, false, Map.of(), null, false, false);
		}
		if (v.isObject()) {
			if (hasKey(v, "#type")) {
				ColumnDef c = columnObject(name, alias, v);
				if (c.virtual() && !topLevel) {
					throw v.error("a #virtual parameter column belongs at the top level of a table");
				}
				return c;
			}
			return new ObjectDef(name, alias, fields(v));
		}
		throw v.error("a column maps to a type string like \"VarChar(36)\" or an object");
	}

	private static List<FieldDef> fields(Node obj) {
		List<FieldDef> out = new ArrayList<>();
		for (Map.Entry<String, Node> e : obj.fields.entrySet()) {
			if (e.getKey().startsWith("#")) {
				throw e.getValue().keyError("unexpected '" + e.getKey() + "' among columns");
			}
			out.add(field(e.getKey(), e.getValue(), false));
		}
		return out;
	}

	private static ColumnDef columnObject(String name, String alias, Node v) {
		ColumnSpec spec = null;
		boolean virtual = false;
		boolean mandatory = false;
		boolean header = false;
		String dflt = null;
		Map<Operator, String> ops = new EnumMap<>(Operator.class);
		boolean key = false;
		boolean readOnly = false;
		boolean notNull = false;
		boolean unique = false;
		for (Map.Entry<String, Node> e : v.fields.entrySet()) {
			String k = e.getKey();
			Node n = e.getValue();
			Operator op = Operator.ofKey(k);
			if (op != null) {
				ops.put(op, n.string(k));
				continue;
			}
			switch (k.toLowerCase(Locale.ROOT)) {
				case "#type" -> spec = ColumnSpec.parse(n);
				case "#virtual" -> virtual = n.bool(k);
				case "#mandatory" -> mandatory = n.bool(k);
				case "#header" -> header = n.bool(k);
				case "#default" -> dflt = n.scalarText(k);
				case "#queryparameter" -> ops.put(Operator.EQ, n.string(k));
				case "#key" -> key = n.bool(k);
				case "#readonly" -> readOnly = n.bool(k);
				case "#notnull" -> notNull = n.bool(k);
				case "#unique" -> unique = n.bool(k);
				default -> throw n.keyError("unknown key '" + k + "' in column '" + name + "'");
			}
		}
		if ((mandatory || header || dflt != null) && ops.isEmpty() && !virtual) {
			throw v.error("column '" + name + "' has #default/#mandatory/#header but no operator (#eq, #in, …)");
		}
		if (virtual && ops.isEmpty()) {
			throw v.error("virtual column '" + name + "' needs an operator such as \"#eq\": \"param\"");
		}
		return new ColumnDef(name, alias, spec.type, spec.pattern, key || spec.key, readOnly || spec.readOnly,
				notNull || spec.notNull, unique || spec.unique, virtual, ops, dflt, mandatory, header);
	}

	private static boolean hasKey(Node obj, String key) {
		return obj.fields.keySet().stream().anyMatch(k -> k.equalsIgnoreCase(key));
	}

	private static String emptyToNull(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

	/** {@code "Type[,pattern][,#flag…]"}: commas inside parentheses belong to the type. */
	static final class ColumnSpec {
		SqlType type;
		String pattern;
		boolean key;
		boolean readOnly;
		boolean notNull;
		boolean unique;

		static ColumnSpec parse(Node n) {
			String text = n.string("a column type");
			ColumnSpec s = new ColumnSpec();
			int depth = 0;
			int cut = text.length();
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				if (c == '(') {
					depth++;
				} else if (c == ')') {
					depth--;
				} else if (c == ',' && depth == 0) {
					cut = i;
					break;
				}
			}
			try {
				s.type = SqlType.parse(text.substring(0, cut));
			} catch (IllegalArgumentException e) {
				throw n.error(e.getMessage());
			}
			if (cut < text.length()) {
				List<String> pattern = new ArrayList<>();
				for (String part : text.substring(cut + 1).split(",", -1)) {
					String t = part.trim();
					if (t.startsWith("#")) {
						switch (t.toLowerCase(Locale.ROOT)) {
							case "#key" -> s.key = true;
							case "#readonly" -> s.readOnly = true;
							case "#notnull" -> s.notNull = true;
							case "#unique" -> s.unique = true;
							default -> throw n.error("unknown column flag '" + t + "'");
						}
					} else {
						pattern.add(part);
					}
				}
				String p = String.join(",", pattern).trim();
				s.pattern = p.isEmpty() ? null : p;
			}
			return s;
		}
	}
}
