package io.restdsn.engine.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

import io.restdsn.engine.EngineException;

/**
 * Streams one response body into rows of a root table and its child tables with Jackson's streaming parser:
 * no tree is built, members the Model does not map are skipped, and the paging pointers are captured in the
 * same pass.
 * <p>
 * Child rows need their parent's key, which may come after the array in the JSON object, so they wait in a
 * small per-row list until the parent row is complete.
 */
final class RowExtractor {

	private final RelTable root;
	private final Set<RelTable> wanted;
	private final Set<RelTable> traverse;
	private final JsonFactory json;
	/** Per table, the columns to convert; others are skipped unparsed. Absent: every column. */
	private final Map<RelTable, boolean[]> needed = new HashMap<>();

	/**
	 * @param wanted  tables whose rows are emitted; their ancestors are parsed too (for keys)
	 * @param columns the columns a wanted table's rows must carry, or {@code null} for all; values of other
	 *                columns are skipped without conversion (a COUNT(*) converts nothing)
	 */
	RowExtractor(RelTable root, Set<RelTable> wanted, Map<RelTable, Set<RelColumn>> columns, JsonFactory json) {
		this.root = root;
		this.wanted = wanted;
		this.json = json;
		this.traverse = new java.util.HashSet<>();
		for (RelTable t : wanted) {
			for (RelTable a = t; a != null; a = a.parent) {
				traverse.add(a);
			}
		}
		if (columns != null) {
			for (RelTable t : traverse) {
				boolean[] keep = new boolean[t.width()];
				Set<RelColumn> asked = wanted.contains(t) ? columns.get(t) : Set.of();
				boolean feedsChildren = t.children.stream().anyMatch(traverse::contains);
				for (RelColumn c : t.columns) {
					keep[c.index] = asked == null || asked.contains(c) || feedsChildren && c.key;
				}
				needed.put(t, keep);
			}
		}
	}

	/** A row of a child table waiting for its parent's key. */
	private static final class Pending {
		final RelTable table;
		final Object[] row;
		List<Pending> children;

		Pending(RelTable table, Object[] row) {
			this.table = table;
			this.row = row;
		}
	}

	private record Target(String[] segments, String pointer, boolean rows) {
	}

	/** Counts synthetic ROWIDs across the pages of one scan. */
	static final class RowIds {
		long next = 1;
	}

	/**
	 * Parses one body.
	 *
	 * @param rootPointer JSON pointer of the rows, {@code null} for the whole document
	 * @param watch       pointers whose values paging needs
	 * @param template    a root row with the parameter columns already set; cloned per row
	 */
	PageContent extract(byte[] body, String url, String rootPointer, List<String> watch, Object[] template,
			RowIds ids, RowSink sink) {
		List<Target> targets = new ArrayList<>();
		targets.add(new Target(segments(rootPointer), rootPointer, true));
		for (String w : watch) {
			targets.add(new Target(segments(w), w, false));
		}
		State st = new State(body, url, template, ids, sink);
		try (JsonParser p = json.createParser(body)) {
			st.parser = p;
			JsonToken t = p.nextToken();
			if (t == null) {
				return new PageContent(0, 0, Map.of());
			}
			walk(p, t, 0, targets, st);
			if (p.nextToken() != null) {
				JsonLocation at = p.currentTokenLocation();
				throw EngineException.body(EngineException.Kind.PARSE, url, at.getLineNr(), at.getColumnNr(), null,
						"response from " + url + " has content after the JSON document at line " + at.getLineNr()
								+ ", column " + at.getColumnNr(), null);
			}
		} catch (JsonProcessingException e) {
			JsonLocation at = e.getLocation();
			String msg = e.getOriginalMessage();
			int nl = msg.indexOf('\n');
			msg = nl > 0 ? msg.substring(0, nl) : msg;
			int line = at == null ? -1 : at.getLineNr();
			int col = at == null ? -1 : at.getColumnNr();
			throw EngineException.body(EngineException.Kind.PARSE, url, line, col, pointer(st.parser),
					"response from " + url + " is not valid JSON at line " + line + ", column " + col + ": " + msg
							+ snippet(body), e);
		} catch (ValueReader.ConversionException e) {
			JsonLocation at = st.parser.currentTokenLocation();
			throw EngineException.body(EngineException.Kind.DATA, url, at.getLineNr(), at.getColumnNr(), pointer(
					st.parser), st.column + ": " + e.getMessage() + " (response from " + url + " at line " + at
							.getLineNr() + ", column " + at.getColumnNr() + ")", e);
		} catch (IOException e) {
			throw EngineException.io(url, "cannot read response from " + url + ": " + e.getMessage(), e);
		}
		return new PageContent(st.rootRows, st.fingerprint, st.captured);
	}

	private static String pointer(JsonParser p) {
		return p == null ? null : p.getParsingContext().pathAsPointer().toString();
	}

	private static String snippet(byte[] body) {
		int n = Math.min(body.length, 80);
		String s = new String(body, 0, n, java.nio.charset.StandardCharsets.UTF_8).replaceAll("\\s+", " ").trim();
		return s.isEmpty() ? " (empty body)" : " (body starts: " + s + (body.length > n ? "…" : "") + ")";
	}

	static String[] segments(String pointer) {
		if (pointer == null) {
			return new String[0];
		}
		String p = pointer.startsWith("/") ? pointer.substring(1) : pointer;
		if (p.isEmpty()) {
			return new String[0];
		}
		String[] parts = p.split("/", -1);
		for (int i = 0; i < parts.length; i++) {
			parts[i] = parts[i].replace("~1", "/").replace("~0", "~");
		}
		return parts;
	}

	/** Mutable state of one parse. */
	private static final class State {
		final byte[] body;
		final String url;
		final Object[] template;
		final RowIds ids;
		final RowSink sink;
		final Map<String, String> captured = new HashMap<>();
		JsonParser parser;
		int rootRows;
		long fingerprint;
		String column = "";

		State(byte[] body, String url, Object[] template, RowIds ids, RowSink sink) {
			this.body = body;
			this.url = url;
			this.template = template;
			this.ids = ids;
			this.sink = sink;
		}
	}

	private void walk(JsonParser p, JsonToken t, int depth, List<Target> targets, State st) throws IOException {
		for (Target tg : targets) {
			if (tg.segments.length == depth) {
				if (tg.rows) {
					rows(p, t, st);
				} else {
					st.captured.put(tg.pointer, capture(p, t));
				}
				return;
			}
		}
		if (t == JsonToken.START_OBJECT) {
			while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
				String name = p.currentName();
				t = p.nextToken();
				List<Target> sub = select(targets, depth, name);
				if (sub.isEmpty()) {
					p.skipChildren();
				} else {
					walk(p, t, depth + 1, sub, st);
				}
			}
		} else if (t == JsonToken.START_ARRAY) {
			int i = 0;
			while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
				List<Target> sub = select(targets, depth, Integer.toString(i++));
				if (sub.isEmpty()) {
					p.skipChildren();
				} else {
					walk(p, t, depth + 1, sub, st);
				}
			}
		}
	}

	private static List<Target> select(List<Target> targets, int depth, String name) {
		List<Target> out = null;
		for (Target t : targets) {
			if (t.segments.length > depth && t.segments[depth].equals(name)) {
				if (out == null) {
					out = new ArrayList<>(2);
				}
				out.add(t);
			}
		}
		return out == null ? List.of() : out;
	}

	private String capture(JsonParser p, JsonToken t) throws IOException {
		if (t == JsonToken.VALUE_NULL) {
			return null;
		}
		if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
			return ValueReader.json(p, json);
		}
		return p.getText();
	}

	private void rows(JsonParser p, JsonToken t, State st) throws IOException {
		long start = p.currentTokenLocation().getByteOffset();
		if (t == JsonToken.START_ARRAY) {
			while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
				if (t == JsonToken.START_OBJECT) {
					rootRow(p, st);
				} else if (t != JsonToken.VALUE_NULL) {
					JsonLocation at = p.currentTokenLocation();
					throw EngineException.body(EngineException.Kind.PARSE, st.url, at.getLineNr(), at.getColumnNr(),
							pointer(p), "rows of table " + root.name + " in " + st.url + " are not objects (found "
									+ t.asString() + " at line " + at.getLineNr() + ", column " + at.getColumnNr()
									+ ")", null);
				}
			}
		} else if (t == JsonToken.START_OBJECT) {
			rootRow(p, st);
		} else {
			p.skipChildren();
		}
		long end = p.currentLocation().getByteOffset();
		if (start >= 0 && end > start && end <= st.body.length) {
			CRC32C a = new CRC32C();
			a.update(st.body, (int) start, (int) (end - start));
			CRC32 b = new CRC32();
			b.update(st.body, (int) start, (int) (end - start));
			st.fingerprint = a.getValue() << 32 ^ b.getValue() ^ (end - start);
		}
	}

	private void rootRow(JsonParser p, State st) throws IOException {
		st.rootRows++;
		Object[] row = st.template.clone();
		List<Pending> pending = readObject(p, root.layout, needed.get(root), row, null, st);
		if (root.rowIdColumn != null) {
			row[root.rowIdColumn.index] = st.ids.next++;
		}
		if (wanted.contains(root)) {
			st.sink.accept(root, row);
		}
		if (pending != null) {
			resolve(row, pending, st.sink);
		}
	}

	/** Fills the children's parent-key columns from the now complete parent row and emits them, depth first. */
	private void resolve(Object[] parentRow, List<Pending> children, RowSink sink) {
		for (Pending c : children) {
			for (RelColumn col : c.table.columns) {
				if (col.origin == RelColumn.Origin.PARENT_KEY) {
					c.row[col.index] = parentRow[col.parentColumn.index];
				}
			}
			if (wanted.contains(c.table)) {
				sink.accept(c.table, c.row);
			}
			if (c.children != null) {
				resolve(c.row, c.children, sink);
			}
		}
	}

	/** Reads the members of the object the parser is in; returns child rows found (or the list passed in). */
	private List<Pending> readObject(JsonParser p, Layout.ObjectLayout layout, boolean[] keep, Object[] row,
			List<Pending> pending, State st) throws IOException {
		JsonToken t;
		while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
			Layout.Slot slot = layout.members.get(p.currentName());
			t = p.nextToken();
			if (slot == null) {
				p.skipChildren();
			} else if (slot instanceof Layout.ColumnSlot cs) {
				RelColumn c = cs.column();
				if (keep != null && !keep[c.index]) {
					p.skipChildren();
					continue;
				}
				st.column = c.label;
				row[c.index] = c.reader.read(p, t, json);
			} else if (slot instanceof Layout.NestedSlot ns) {
				if (t == JsonToken.START_OBJECT) {
					pending = readObject(p, ns.layout(), keep, row, pending, st);
				} else {
					p.skipChildren();
				}
			} else {
				RelTable child = ((Layout.ChildSlot) slot).child();
				if (!traverse.contains(child) || (t != JsonToken.START_ARRAY && t != JsonToken.START_OBJECT)) {
					p.skipChildren();
				} else {
					if (pending == null) {
						pending = new ArrayList<>();
					}
					if (child.map) {
						mapRows(p, t, child, pending, st);
					} else {
						arrayRows(p, t, child, pending, st);
					}
				}
			}
		}
		return pending;
	}

	private void arrayRows(JsonParser p, JsonToken t, RelTable child, List<Pending> out, State st)
			throws IOException {
		if (t != JsonToken.START_ARRAY) {
			p.skipChildren();
			return;
		}
		int position = 0;
		while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
			Object[] row = new Object[child.width()];
			row[child.positionColumn.index] = position++;
			Pending pr = new Pending(child, row);
			if (child.valueColumn != null) {
				st.column = child.valueColumn.label;
				row[child.valueColumn.index] = child.valueColumn.reader.read(p, t, json);
			} else if (t == JsonToken.START_OBJECT) {
				pr.children = readObject(p, child.layout, needed.get(child), row, null, st);
			} else {
				p.skipChildren();
				continue;
			}
			out.add(pr);
		}
	}

	private void mapRows(JsonParser p, JsonToken t, RelTable child, List<Pending> out, State st)
			throws IOException {
		if (t != JsonToken.START_OBJECT) {
			p.skipChildren();
			return;
		}
		while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
			Object[] row = new Object[child.width()];
			st.column = child.mapKeyColumn.label;
			row[child.mapKeyColumn.index] = child.mapKeyColumn.reader.fromText(p.currentName());
			t = p.nextToken();
			Pending pr = new Pending(child, row);
			if (child.valueColumn != null) {
				st.column = child.valueColumn.label;
				row[child.valueColumn.index] = child.valueColumn.reader.read(p, t, json);
			} else if (t == JsonToken.START_OBJECT) {
				pr.children = readObject(p, child.layout, needed.get(child), row, null, st);
			} else {
				p.skipChildren();
				continue;
			}
			out.add(pr);
		}
	}
}
