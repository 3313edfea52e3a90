package io.restdsn.ui.results;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import io.restdsn.core.io.AtomicFiles;

/**
 * Writes the rows already fetched to a CSV or JSON file, in the order and with the columns the grid shows: no
 * query runs again. A single-use operation: run it in a Job, it reports progress per thousand rows and stops when
 * the monitor is cancelled (the target is then left as it was). The file is replaced atomically
 * ({@link AtomicFiles#replace}), UTF-8 without a byte-order mark.
 */
public final class ResultExport {

	/** What was written. */
	public record Result(Path file, int rows, long bytes) {
	}

	private static final int STEP = 1000;

	private final ResultRows rows;
	private final RowOrder order;
	private final int rowCount;
	private final int[] columns;
	private final RowFormat format;
	private final Path target;

	/**
	 * @param rowCount the rows to write (those the grid shows; more may be arriving)
	 * @param columns  model column indexes in display order
	 */
	public ResultExport(ResultRows rows, RowOrder order, int rowCount, int[] columns, RowFormat format, Path target) {
		this.rows = rows;
		this.order = order;
		this.rowCount = Math.min(rowCount, rows.size());
		this.columns = columns.clone();
		this.format = format;
		this.target = target;
	}

	public Result run(IProgressMonitor monitor) throws IOException {
		SubMonitor sub = SubMonitor.convert(monitor, "Exporting " + rowCount + " rows to " + target.getFileName(),
				rowCount / STEP + 2);
		List<String> names = new ArrayList<>();
		for (int c : columns) {
			names.add(rows.columns().get(c).name());
		}
		RowFormat.Writer w = format.writer(names, true);
		long[] written = { 0 };
		// streamed into the temp file beside the target: a million rows need not be held twice in memory
		AtomicFiles.replace(target, out -> {
			StringBuilder chunk = new StringBuilder(64 * STEP);
			w.begin(chunk);
			Object[] values = new Object[columns.length];
			for (int i = 0; i < rowCount; i++) {
				Object[] row = rows.row(order.modelRow(i));
				for (int c = 0; c < columns.length; c++) {
					values[c] = row[columns[c]];
				}
				w.row(chunk, values);
				if ((i + 1) % STEP == 0) {
					written[0] += flush(chunk, out);
					if (sub.isCanceled()) {
						throw new OperationCanceledException(); // the target is left as it was
					}
					sub.split(1).subTask((i + 1) + " of " + rowCount + " rows");
				}
			}
			w.end(chunk);
			written[0] += flush(chunk, out);
			sub.setWorkRemaining(1);
			sub.subTask("Writing " + target);
		}, null);
		sub.done();
		return new Result(target, rowCount, written[0]);
	}

	private static int flush(StringBuilder chunk, OutputStream out) throws IOException {
		byte[] b = chunk.toString().getBytes(StandardCharsets.UTF_8);
		out.write(b);
		chunk.setLength(0);
		return b.length;
	}
}
