package io.restdsn.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** Plain-text columns for people: padded, two spaces apart, the last column unpadded. */
final class Table {

	private final List<String[]> rows = new ArrayList<>();
	private final int columns;

	Table(String... header) {
		columns = header.length;
		rows.add(header);
	}

	void row(String... cells) {
		String[] r = new String[columns];
		for (int i = 0; i < columns; i++) {
			r[i] = i < cells.length && cells[i] != null ? cells[i] : "";
		}
		rows.add(r);
	}

	void print(PrintStream out) {
		int[] width = new int[columns];
		for (String[] r : rows) {
			for (int i = 0; i < columns; i++) {
				width[i] = Math.max(width[i], r[i].length());
			}
		}
		for (String[] r : rows) {
			StringBuilder sb = new StringBuilder();
			for (int i = 0; i < columns; i++) {
				if (i == columns - 1) {
					sb.append(r[i]);
				} else {
					sb.append(r[i]).append(" ".repeat(width[i] - r[i].length() + 2));
				}
			}
			out.println(sb.toString().stripTrailing());
		}
	}
}
