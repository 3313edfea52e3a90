package io.restdsn.engine.model;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

import io.restdsn.engine.EngineException;

/**
 * A JSON tree that remembers where every value and member name was in the text.
 * <p>
 * Jackson's own trees drop locations, and a Model error that does not say "line 12, column 7" sends the user
 * hunting; so the reader builds this small tree from the streaming parser instead.
 */
final class JsonTree {

	enum Kind {
		OBJECT, ARRAY, STRING, NUMBER, BOOLEAN, NULL
	}

	/** One value with its position; members keep file order and the position of their names. */
	static final class Node {
		final Kind kind;
		final int line;
		final int column;
		final String pointer;
		String text;
		boolean bool;
		Map<String, Node> fields;
		List<Node> items;
		int keyLine;
		int keyColumn;

		Node(Kind kind, JsonLocation at, String pointer) {
			this.kind = kind;
			this.line = at.getLineNr();
			this.column = at.getColumnNr();
			this.pointer = pointer;
		}

		boolean isObject() {
			return kind == Kind.OBJECT;
		}

		boolean isScalar() {
			return kind != Kind.OBJECT && kind != Kind.ARRAY;
		}

		EngineException error(String message) {
			return EngineException.model(message, line, column, pointer);
		}

		EngineException keyError(String message) {
			return EngineException.model(message, keyLine, keyColumn, pointer);
		}

		/** The value as text, or an error naming what was expected. */
		String string(String what) {
			if (kind != Kind.STRING) {
				throw error(what + " must be a string");
			}
			return text;
		}

		/** A scalar's text (strings, numbers, booleans), for values such as {@code #default}. */
		String scalarText(String what) {
			if (!isScalar() || kind == Kind.NULL) {
				throw error(what + " must be a string, number or boolean");
			}
			return kind == Kind.BOOLEAN ? Boolean.toString(bool) : text;
		}

		int integer(String what) {
			if (kind == Kind.NUMBER || kind == Kind.STRING) {
				try {
					return Integer.parseInt(text.trim());
				} catch (NumberFormatException e) {
					// fall through
				}
			}
			throw error(what + " must be an integer");
		}

		boolean bool(String what) {
			if (kind == Kind.BOOLEAN) {
				return bool;
			}
			if (kind == Kind.STRING && ("true".equalsIgnoreCase(text) || "false".equalsIgnoreCase(text))) {
				return Boolean.parseBoolean(text);
			}
			throw error(what + " must be true or false");
		}

		/** Compact JSON text of this value. */
		String toJson(JsonFactory factory) {
			StringWriter w = new StringWriter();
			try (JsonGenerator g = factory.createGenerator(w)) {
				write(g);
			} catch (IOException e) {
				throw new IllegalStateException(e);
			}
			return w.toString();
		}

		private void write(JsonGenerator g) throws IOException {
			switch (kind) {
				case OBJECT -> {
					g.writeStartObject();
					for (Map.Entry<String, Node> e : fields.entrySet()) {
						g.writeFieldName(e.getKey());
						e.getValue().write(g);
					}
					g.writeEndObject();
				}
				case ARRAY -> {
					g.writeStartArray();
					for (Node n : items) {
						n.write(g);
					}
					g.writeEndArray();
				}
				case STRING -> g.writeString(text);
				case NUMBER -> g.writeNumber(text);
				case BOOLEAN -> g.writeBoolean(bool);
				case NULL -> g.writeNull();
			}
		}
	}

	private JsonTree() {
	}

	/** Reads one JSON document; syntax errors carry Jackson's location and the current JSON path. */
	static Node parse(JsonFactory factory, String text) {
		try (JsonParser p = factory.createParser(text)) {
			JsonToken t = p.nextToken();
			if (t == null) {
				throw EngineException.model("the file is empty", 1, 1, "");
			}
			Node root = read(p, t, "");
			JsonToken extra = p.nextToken();
			if (extra != null) {
				JsonLocation at = p.currentTokenLocation();
				throw EngineException.model("unexpected content after the top-level object", at.getLineNr(), at
						.getColumnNr(), "");
			}
			return root;
		} catch (JsonProcessingException e) {
			JsonLocation at = e.getLocation();
			String msg = e.getOriginalMessage();
			int nl = msg.indexOf('\n');
			throw EngineException.model("invalid JSON: " + (nl > 0 ? msg.substring(0, nl) : msg), at == null ? -1
					: at.getLineNr(), at == null ? -1 : at.getColumnNr(), pointerOf(e));
		} catch (IOException e) {
			throw new EngineException(EngineException.Kind.MODEL, "cannot read Model: " + e.getMessage(), e);
		}
	}

	private static String pointerOf(JsonProcessingException e) {
		if (e.getProcessor() instanceof JsonParser p) {
			return p.getParsingContext().pathAsPointer().toString();
		}
		return null;
	}

	private static Node read(JsonParser p, JsonToken t, String pointer) throws IOException {
		JsonLocation at = p.currentTokenLocation();
		switch (t) {
			case START_OBJECT: {
				Node n = new Node(Kind.OBJECT, at, pointer);
				n.fields = new LinkedHashMap<>();
				while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
					String name = p.currentName();
					JsonLocation keyAt = p.currentTokenLocation();
					String childPointer = pointer + "/" + escape(name);
					Node child = read(p, p.nextToken(), childPointer);
					child.keyLine = keyAt.getLineNr();
					child.keyColumn = keyAt.getColumnNr();
					if (n.fields.putIfAbsent(name, child) != null) {
						throw EngineException.model("duplicate key '" + name + "'", keyAt.getLineNr(), keyAt
								.getColumnNr(), childPointer);
					}
				}
				return n;
			}
			case START_ARRAY: {
				Node n = new Node(Kind.ARRAY, at, pointer);
				n.items = new ArrayList<>();
				while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
					n.items.add(read(p, t, pointer + "/" + n.items.size()));
				}
				return n;
			}
			case VALUE_STRING: {
				Node n = new Node(Kind.STRING, at, pointer);
				n.text = p.getText();
				return n;
			}
			case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT: {
				Node n = new Node(Kind.NUMBER, at, pointer);
				n.text = p.getText();
				return n;
			}
			case VALUE_TRUE, VALUE_FALSE: {
				Node n = new Node(Kind.BOOLEAN, at, pointer);
				n.bool = t == JsonToken.VALUE_TRUE;
				return n;
			}
			case VALUE_NULL:
				return new Node(Kind.NULL, at, pointer);
			default:
				throw EngineException.model("unexpected " + t, at.getLineNr(), at.getColumnNr(), pointer);
		}
	}

	static String escape(String name) {
		return name.replace("~", "~0").replace("/", "~1");
	}
}
