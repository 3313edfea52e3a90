package io.restdsn.engine.model;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;

import io.restdsn.engine.EngineException;

/**
 * Writes a Model in full form: no comments, tab-indented, keys in a fixed order (globals, then tables in Model
 * order; in a table {@code #path}, {@code #headers}, {@code #post}, paging keys, other {@code #keys}, columns).
 * <p>
 * The order is stable so that a saved file diffs cleanly, and what is written reads back to an equal
 * {@link Model}. Tables that were never sampled are written in their short form.
 */
public final class ModelWriter {

	private static final JsonFactory FACTORY = new JsonFactory();

	private ModelWriter() {
	}

	public static void write(Model model, Path file) {
		try {
			Files.writeString(file, write(model), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new EngineException(EngineException.Kind.CONFIG, "cannot write Model file " + file + ": " + e, e);
		}
	}

	public static String write(Model model) {
		StringWriter out = new StringWriter();
		DefaultIndenter tab = new DefaultIndenter("\t", "\n");
		DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
				.withSeparators(Separators.createDefaultInstance()
						.withObjectFieldValueSpacing(Separators.Spacing.AFTER))
				.withObjectIndenter(tab)
				.withArrayIndenter(tab);
		try (JsonGenerator g = FACTORY.createGenerator(out)) {
			g.setPrettyPrinter(pretty);
			g.writeStartObject();
			if (model.hostname() != null) {
				g.writeStringField("#hostname", model.hostname());
			}
			headers(g, model.headers());
			rules(g, model.httpRules());
			paging(g, model.paging());
			extras(g, model.extras());
			for (TableDef t : model.tables()) {
				table(g, t);
			}
			g.writeEndObject();
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
		return out.append('\n').toString();
	}

	private static void table(JsonGenerator g, TableDef t) throws IOException {
		g.writeFieldName(t.jsonName() + alias(t.alias()));
		boolean shortForm = t.needsSampling() && t.headers().isEmpty() && t.postBody() == null && t.paging()
				.isEmpty() && t.extras().isEmpty();
		if (shortForm) {
			paths(g, t.paths());
			return;
		}
		g.writeStartObject();
		g.writeFieldName("#path");
		paths(g, t.paths());
		headers(g, t.headers());
		if (t.postBody() != null) {
			g.writeFieldName("#post");
			raw(g, t.postBody());
		}
		paging(g, t.paging());
		extras(g, t.extras());
		if (t.fields() != null) {
			fields(g, t.fields());
		}
		g.writeEndObject();
	}

	private static void paths(JsonGenerator g, List<EndpointPath> paths) throws IOException {
		if (paths.size() == 1) {
			g.writeString(paths.get(0).format());
			return;
		}
		g.writeStartArray();
		for (EndpointPath p : paths) {
			g.writeString(p.format());
		}
		g.writeEndArray();
	}

	private static void fields(JsonGenerator g, List<FieldDef> fields) throws IOException {
		for (FieldDef f : fields) {
			if (f instanceof ColumnDef c) {
				column(g, c);
			} else if (f instanceof ObjectDef o) {
				g.writeFieldName(o.jsonName() + alias(o.alias()));
				g.writeStartObject();
				fields(g, o.fields());
				g.writeEndObject();
			} else if (f instanceof ArrayDef a) {
				g.writeFieldName(a.jsonName() + alias(a.alias()) + "[]");
				if (a.isScalar()) {
					g.writeString(spec(a.elementType(), a.elementPattern(), null));
				} else {
					g.writeStartObject();
					fields(g, a.fields());
					g.writeEndObject();
				}
			} else if (f instanceof MapDef m) {
				g.writeFieldName(m.jsonName() + alias(m.alias()) + "{" + m.keyType().format() + "}");
				if (m.isScalar()) {
					g.writeString(spec(m.valueType(), m.valuePattern(), null));
				} else {
					g.writeStartObject();
					fields(g, m.fields());
					g.writeEndObject();
				}
			}
		}
	}

	private static void column(JsonGenerator g, ColumnDef c) throws IOException {
		g.writeFieldName(c.jsonName() + alias(c.alias()));
		String spec = spec(c.type(), c.pattern(), c);
		if (!c.needsObjectForm()) {
			g.writeString(spec);
			return;
		}
		g.writeStartObject();
		g.writeStringField("#type", spec);
		if (c.virtual()) {
			g.writeBooleanField("#virtual", true);
		}
		for (Map.Entry<Operator, String> e : c.operators().entrySet()) {
			g.writeStringField(e.getKey().key(), e.getValue());
		}
		if (c.defaultValue() != null) {
			g.writeStringField("#default", c.defaultValue());
		}
		if (c.mandatory()) {
			g.writeBooleanField("#mandatory", true);
		}
		if (c.header()) {
			g.writeBooleanField("#header", true);
		}
		g.writeEndObject();
	}

	/** {@code Type[,pattern][,#key][,#readonly][,#notnull][,#unique]}. */
	static String spec(SqlType type, String pattern, ColumnDef flags) {
		StringBuilder b = new StringBuilder(type.format());
		if (pattern != null) {
			b.append(',').append(pattern);
		}
		if (flags != null) {
			if (flags.key()) {
				b.append(",#key");
			}
			if (flags.readOnly()) {
				b.append(",#readonly");
			}
			if (flags.notNull()) {
				b.append(",#notnull");
			}
			if (flags.unique()) {
				b.append(",#unique");
			}
		}
		return b.toString();
	}

	private static void headers(JsonGenerator g, Map<String, String> headers) throws IOException {
		if (headers.isEmpty()) {
			return;
		}
		g.writeObjectFieldStart("#headers");
		for (Map.Entry<String, String> e : headers.entrySet()) {
			g.writeStringField(e.getKey(), e.getValue());
		}
		g.writeEndObject();
	}

	private static void rules(JsonGenerator g, List<HttpRule> rules) throws IOException {
		if (rules.isEmpty()) {
			return;
		}
		g.writeArrayFieldStart("#http");
		for (HttpRule r : rules) {
			g.writeStartObject();
			if (r.code().endsWith("xx")) {
				g.writeStringField("#code", r.code());
			} else {
				g.writeNumberField("#code", Integer.parseInt(r.code()));
			}
			g.writeStringField("#action", r.action().name());
			if (r.message() != null) {
				g.writeStringField("#message", r.message());
			}
			if (r.match() != null) {
				g.writeStringField("#match", r.match());
			}
			if (r.delaySeconds() != null) {
				g.writeNumberField("#delay", r.delaySeconds());
			}
			g.writeEndObject();
		}
		g.writeEndArray();
	}

	private static void paging(JsonGenerator g, Paging paging) throws IOException {
		for (Map.Entry<String, Object> e : paging.asMap().entrySet()) {
			if (e.getValue() instanceof Integer i) {
				g.writeNumberField(e.getKey(), i);
			} else {
				g.writeStringField(e.getKey(), (String) e.getValue());
			}
		}
	}

	private static void extras(JsonGenerator g, Map<String, String> extras) throws IOException {
		for (Map.Entry<String, String> e : extras.entrySet()) {
			g.writeFieldName(e.getKey());
			raw(g, e.getValue());
		}
	}

	/** Re-emits stored JSON through the generator so it is indented like the rest. */
	private static void raw(JsonGenerator g, String json) throws IOException {
		try (JsonParser p = FACTORY.createParser(json)) {
			p.nextToken();
			g.copyCurrentStructure(p);
		}
	}

	private static String alias(String alias) {
		return alias == null ? "" : "<" + alias + ">";
	}
}
