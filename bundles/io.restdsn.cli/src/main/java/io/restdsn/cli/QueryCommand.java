package io.restdsn.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonFactory;

import io.restdsn.core.dsn.Dsn;
import io.restdsn.engine.EngineException;
import io.restdsn.engine.QueryStatement;
import io.restdsn.engine.ResultCursor;
import io.restdsn.engine.RestSession;
import io.restdsn.engine.StatementStats;

/** {@code restdsn query NAME SQL [--format table|csv|json] [--max-rows N] [--stats]}. */
final class QueryCommand implements Command {

	private enum Format {
		TABLE, CSV, JSON
	}

	@Override
	public String name() {
		return "query";
	}

	@Override
	public String summary() {
		return "run SQL against the REST API and print the rows";
	}

	@Override
	public String help() {
		return """
				Usage: restdsn query NAME|--string STR SQL [--format table|csv|json] [--max-rows N] [--stats]

				Runs SQL through the query engine: conditions on parameter columns and LIMIT are pushed to
				the service, everything else (joins, GROUP BY, ORDER BY, functions) runs locally.

				  --format    table (default, for people), csv (RFC 4180 with a header row) or json (an
				              array of objects keyed by column name)
				  --max-rows  stop after N rows
				  --stats     print HTTP calls, rows, bytes, cache use and time to stderr
				""";
	}

	@Override
	public int run(CliContext ctx, List<String> argv) throws UsageException, OperationFailedException {
		List<String> args = new ArrayList<>(argv);
		Format format = Format.TABLE;
		long maxRows = Long.MAX_VALUE;
		boolean stats = args.remove("--stats");
		for (int i = 0; i < args.size(); i++) {
			String a = args.get(i);
			if (a.equals("--format") || a.equals("--max-rows")) {
				if (i + 1 >= args.size()) {
					throw new UsageException(a + " needs a value");
				}
				String v = args.remove(i + 1);
				args.remove(i--);
				if (a.equals("--format")) {
					try {
						format = Format.valueOf(v.toUpperCase(java.util.Locale.ROOT));
					} catch (IllegalArgumentException e) {
						throw new UsageException("--format must be table, csv or json (got '" + v + "')");
					}
				} else {
					try {
						maxRows = Long.parseLong(v);
						if (maxRows < 0) {
							throw new NumberFormatException();
						}
					} catch (NumberFormatException e) {
						throw new UsageException("--max-rows needs a number of rows (got '" + v + "')");
					}
				}
			}
		}
		Dsn dsn = DsnArgument.takeString(ctx, args);
		if (dsn == null) {
			if (args.size() != 2) {
				throw new UsageException("query needs a DSN name (or --string STR) and one SQL statement (quote it)");
			}
			dsn = DsnArgument.named(ctx, args.remove(0));
		} else if (args.size() != 1) {
			throw new UsageException("query needs one SQL statement (quote it)");
		}
		String sql = args.get(0);
		try (CliServices services = new CliServices()) {
			RestSession session = services.openSession(ctx, dsn);
			QueryStatement statement = session.prepare(sql);
			Thread cancelOnInterrupt = new Thread(statement::cancel, "restdsn-query-cancel");
			Runtime.getRuntime().addShutdownHook(cancelOnInterrupt);
			long rows;
			try (ResultCursor cursor = statement.execute()) {
				rows = switch (format) {
				case TABLE -> printTable(ctx.out, cursor, maxRows);
				case CSV -> printCsv(ctx.out, cursor, maxRows);
				case JSON -> printJson(ctx.out, cursor, maxRows);
				};
				if (stats) {
					printStats(ctx.err, cursor.stats(), rows);
				}
			} finally {
				try {
					Runtime.getRuntime().removeShutdownHook(cancelOnInterrupt);
				} catch (IllegalStateException e) {
					// already shutting down
				}
			}
			return Restdsn.OK;
		} catch (EngineException e) {
			throw OperationFailedException.of(e.getMessage());
		} catch (IOException e) {
			throw OperationFailedException.of("cannot write the result: " + e.getMessage());
		}
	}

	private static String text(Object v) {
		return v == null ? "NULL" : v.toString();
	}

	private static long printTable(PrintStream out, ResultCursor c, long max) {
		String[] header = new String[c.columnCount()];
		for (int i = 0; i < header.length; i++) {
			header[i] = c.columnName(i);
		}
		Table t = new Table(header);
		long n = 0;
		while (n < max && c.next()) {
			String[] row = new String[header.length];
			for (int i = 0; i < row.length; i++) {
				row[i] = text(c.getObject(i)).replace('\n', ' ');
			}
			t.row(row);
			n++;
		}
		t.print(out);
		out.println("(" + n + (n == 1 ? " row)" : " rows)"));
		return n;
	}

	/** RFC 4180: CRLF line ends, fields with comma, quote or line break quoted, quotes doubled; NULL is empty. */
	private static long printCsv(PrintStream out, ResultCursor c, long max) {
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < c.columnCount(); i++) {
			sb.append(i == 0 ? "" : ",").append(csv(c.columnName(i)));
		}
		out.print(sb.append("\r\n"));
		long n = 0;
		while (n < max && c.next()) {
			sb.setLength(0);
			for (int i = 0; i < c.columnCount(); i++) {
				Object v = c.getObject(i);
				sb.append(i == 0 ? "" : ",").append(v == null ? "" : csv(v.toString()));
			}
			out.print(sb.append("\r\n"));
			n++;
		}
		return n;
	}

	private static String csv(String s) {
		if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
			return s;
		}
		return '"' + s.replace("\"", "\"\"") + '"';
	}

	private static long printJson(PrintStream out, ResultCursor c, long max) throws IOException {
		long n = 0;
		try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
			g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
			g.writeStartArray();
			while (n < max && c.next()) {
				g.writeStartObject();
				for (int i = 0; i < c.columnCount(); i++) {
					g.writeFieldName(c.columnName(i));
					writeValue(g, c.getObject(i));
				}
				g.writeEndObject();
				n++;
			}
			g.writeEndArray();
		}
		out.println();
		return n;
	}

	/** Numbers and booleans as JSON values; dates, times and everything else as their ISO/text form. */
	private static void writeValue(JsonGenerator g, Object v) throws IOException {
		if (v == null) {
			g.writeNull();
		} else if (v instanceof Boolean b) {
			g.writeBoolean(b);
		} else if (v instanceof java.math.BigDecimal d) {
			g.writeNumber(d);
		} else if (v instanceof Double || v instanceof Float) {
			g.writeNumber(((Number) v).doubleValue());
		} else if (v instanceof Number num) {
			g.writeNumber(num.longValue());
		} else {
			g.writeString(v.toString());
		}
	}

	private static void printStats(PrintStream err, StatementStats s, long rows) {
		err.printf("rows: %d  http calls: %d  pages from cache: %d  bytes: %d  retries: %d  time: %d ms  path: %s%s%n",
				rows, s.httpCalls(), s.pagesFromCache(), s.bytesReceived(), s.retries(), s.elapsedMillis(),
				s.executionPath(), s.callLimitReached() ? "  (StmtCallLimit reached: result may be incomplete)" : "");
	}
}
