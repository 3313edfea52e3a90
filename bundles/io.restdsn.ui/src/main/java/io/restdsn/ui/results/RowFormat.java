package io.restdsn.ui.results;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The text formats rows are copied and exported in. Each writes a header (column names), then rows, one call per
 * row so that exports can report progress and stop when cancelled.
 * <ul>
 * <li>{@link #TSV}: tab-separated, LF line ends, a field quoted only when it holds a tab, line break or quote (what
 * spreadsheets paste correctly); NULL empty.</li>
 * <li>{@link #CSV}: RFC 4180: comma-separated, CRLF line ends, a field quoted when it holds a comma, quote, CR or LF,
 * quotes doubled; NULL empty.</li>
 * <li>{@link #JSON}: an array of objects, one per line, keys the column names (made unique), values typed (numbers,
 * booleans, null, strings).</li>
 * </ul>
 */
public enum RowFormat {

	TSV("tsv", "\t", "\n"), CSV("csv", ",", "\r\n"), JSON("json", null, "\n");

	private final String extension;
	private final String separator;
	private final String lineEnd;

	RowFormat(String extension, String separator, String lineEnd) {
		this.extension = extension;
		this.separator = separator;
		this.lineEnd = lineEnd;
	}

	public String extension() {
		return extension;
	}

	/** A writer for rows with these column names. */
	public Writer writer(List<String> columnNames, boolean header) {
		return new Writer(this, columnNames, header);
	}

	/** Writes one table: header (optional), rows, end. Not thread-safe; one per copy or export. */
	public static final class Writer {

		private final RowFormat format;
		private final List<String> names;
		private final boolean header;
		private final String[] keys;
		private boolean started;
		private int rows;

		Writer(RowFormat format, List<String> names, boolean header) {
			this.format = format;
			this.names = List.copyOf(names);
			this.header = header;
			this.keys = format == JSON ? uniqueKeys(names) : null;
		}

		/** Writes the header (if wanted) or the JSON opening bracket. */
		public void begin(StringBuilder out) {
			started = true;
			if (format == JSON) {
				out.append('[');
				return;
			}
			if (header) {
				for (int i = 0; i < names.size(); i++) {
					if (i > 0) {
						out.append(format.separator);
					}
					out.append(format.field(names.get(i)));
				}
				out.append(format.lineEnd);
			}
		}

		/** One row, values in the order of the column names. */
		public void row(StringBuilder out, Object[] values) {
			if (!started) {
				begin(out);
			}
			if (format == JSON) {
				out.append(rows == 0 ? "\n  {" : ",\n  {");
				for (int i = 0; i < values.length; i++) {
					if (i > 0) {
						out.append(", ");
					}
					JsonText.string(out, keys[i]);
					out.append(": ");
					JsonText.value(out, values[i]);
				}
				out.append('}');
			} else {
				for (int i = 0; i < values.length; i++) {
					if (i > 0) {
						out.append(format.separator);
					}
					out.append(format.field(CellText.full(values[i])));
				}
				out.append(format.lineEnd);
			}
			rows++;
		}

		/** Closes the JSON array; nothing for CSV/TSV. */
		public void end(StringBuilder out) {
			if (!started) {
				begin(out);
			}
			if (format == JSON) {
				out.append(rows == 0 ? "]" : "\n]").append(format.lineEnd);
			}
		}
	}

	/** A CSV/TSV field, quoted when it must be. */
	String field(String s) {
		boolean quote;
		if (this == CSV) {
			quote = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\r') >= 0 || s.indexOf('\n') >= 0;
		} else {
			quote = s.indexOf('\t') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\r') >= 0 || s.indexOf('\n') >= 0;
		}
		return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
	}

	/** JSON keys must be unique: a second "ID" becomes "ID_2". */
	static String[] uniqueKeys(List<String> names) {
		String[] keys = new String[names.size()];
		Set<String> used = new HashSet<>();
		List<String> all = new ArrayList<>(names);
		for (int i = 0; i < all.size(); i++) {
			String k = all.get(i);
			String candidate = k;
			for (int n = 2; !used.add(candidate.toLowerCase(Locale.ROOT)); n++) {
				candidate = k + "_" + n;
			}
			keys[i] = candidate;
		}
		return keys;
	}

	/** Rows as one text, e.g. for the clipboard. */
	public String format(List<String> columnNames, List<Object[]> rows, boolean header) {
		StringBuilder out = new StringBuilder();
		Writer w = writer(columnNames, header);
		w.begin(out);
		for (Object[] r : rows) {
			w.row(out, r);
		}
		w.end(out);
		return out.toString();
	}
}
