package io.restdsn.ui.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.config.AbstractRegistryConfiguration;
import org.eclipse.nebula.widgets.nattable.config.AbstractUiBindingConfiguration;
import org.eclipse.nebula.widgets.nattable.config.CellConfigAttributes;
import org.eclipse.nebula.widgets.nattable.config.DefaultNatTableStyleConfiguration;
import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.coordinate.PositionCoordinate;
import org.eclipse.nebula.widgets.nattable.coordinate.Range;
import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultCornerDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultRowHeaderDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.layer.ColumnHeaderLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.CornerLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.DefaultColumnHeaderDataLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.DefaultRowHeaderDataLayer;
import org.eclipse.nebula.widgets.nattable.grid.GridRegion;
import org.eclipse.nebula.widgets.nattable.grid.layer.GridLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.RowHeaderLayer;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.layer.LayerUtil;
import org.eclipse.nebula.widgets.nattable.layer.event.RowInsertEvent;
import org.eclipse.nebula.widgets.nattable.layer.event.VisualRefreshEvent;
import org.eclipse.nebula.widgets.nattable.painter.cell.TextPainter;
import org.eclipse.nebula.widgets.nattable.painter.cell.decorator.LineBorderDecorator;
import org.eclipse.nebula.widgets.nattable.painter.cell.decorator.PaddingDecorator;
import org.eclipse.nebula.widgets.nattable.reorder.ColumnReorderLayer;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.selection.config.DefaultSelectionStyleConfiguration;
import org.eclipse.nebula.widgets.nattable.selection.command.SelectCellCommand;
import org.eclipse.nebula.widgets.nattable.sort.SortDirectionEnum;
import org.eclipse.nebula.widgets.nattable.sort.SortHeaderLayer;
import org.eclipse.nebula.widgets.nattable.sort.command.SortColumnCommand;
import org.eclipse.nebula.widgets.nattable.sort.config.SingleClickSortConfiguration;
import org.eclipse.nebula.widgets.nattable.style.CellStyleAttributes;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.eclipse.nebula.widgets.nattable.style.HorizontalAlignmentEnum;
import org.eclipse.nebula.widgets.nattable.style.Style;
import org.eclipse.nebula.widgets.nattable.ui.binding.UiBindingRegistry;
import org.eclipse.nebula.widgets.nattable.ui.matcher.KeyEventMatcher;
import org.eclipse.nebula.widgets.nattable.ui.matcher.MouseEventMatcher;
import org.eclipse.nebula.widgets.nattable.util.GUIHelper;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Menu;

/**
 * The result grid: a virtual NatTable over {@link ResultRows}, painting only the visible cells, so a result of a
 * million rows costs no more to show than one of ten.
 * <p>
 * The grid shows the rows that were {@link #rowsArrived() announced} on the UI thread (fetching continues in the
 * background); it never waits for rows. Columns can be resized and dragged to another place; a click on a header
 * sorts the fetched rows by it (again: descending, again: unsorted; Ctrl+click adds a key), the sort itself runs in a
 * Job. NULL is drawn in grey italics, numbers right-aligned. Copy (Ctrl+C) gives the selected cells as TSV;
 * the context menu also copies with headers, as CSV or JSON, and whole rows. Double-click or Shift+Enter opens the
 * value viewer.
 */
public final class ResultGrid {

	/** Family of the grid's background jobs (sorting, find, large copies), so tests can wait for them. */
	public static final Object JOB_FAMILY = new Object();

	static final String NULL_LABEL = "RESTDSN_NULL";
	static final String NUMBER_LABEL = "RESTDSN_NUMBER";
	private static final int LARGE_COPY_CELLS = 20_000;
	/** How often rows arriving below the visible part are taken in (see {@link #rowsArrived()}). */
	static final int QUIET_REFRESH_MS = 500;

	/** What the grid asks of the window around it (context menu items that are not about cells only). */
	public interface Host {
		void export(RowFormat format);

		void find();

		void status(String message);
	}

	private final ResultRows rows;
	private final Host host;
	private final NatTable nat;
	private final DataLayer bodyData;
	private final DataLayer rowHeaderData;
	private final ColumnReorderLayer reorder;
	private final SelectionLayer selection;
	private final GridSortModel sortModel;
	private final SortHeaderLayer<Object> sortHeader;
	private final ViewportLayer viewport;
	private int visible;
	private RowOrder order = RowOrder.ARRIVAL;
	private boolean complete;
	/** When rows were last shown, and whether a deferred {@link #rowsArrived()} is armed. */
	private long lastRowsShownNanos;
	private boolean refreshPending;
	private boolean widthsSet;
	private int rowHeaderDigits;
	private long sortGeneration;
	private long firstPaintNanos;

	public ResultGrid(Composite parent, ResultRows rows, Host host) {
		CollectionsInOsgi.ensure();
		this.rows = rows;
		this.host = host;
		List<ResultColumn> columns = rows.columns();
		IDataProvider body = new IDataProvider() {
			@Override
			public Object getDataValue(int column, int row) {
				return row < visible ? CellText.cell(rows.value(order.modelRow(row), column)) : "";
			}

			@Override
			public void setDataValue(int column, int row, Object value) {
				// read-only
			}

			@Override
			public int getColumnCount() {
				return columns.size();
			}

			@Override
			public int getRowCount() {
				return visible;
			}
		};
		bodyData = new DataLayer(body);
		bodyData.setConfigLabelAccumulator((labels, column, row) -> {
			if (row < visible && rows.value(order.modelRow(row), column) == null) {
				labels.addLabel(NULL_LABEL);
			}
			if (columns.get(column).numeric()) {
				labels.addLabel(NUMBER_LABEL);
			}
		});
		reorder = new ColumnReorderLayer(bodyData);
		selection = new SelectionLayer(reorder);
		viewport = new ViewportLayer(selection);

		IDataProvider header = new IDataProvider() {
			@Override
			public Object getDataValue(int column, int row) {
				return columns.get(column).name();
			}

			@Override
			public void setDataValue(int column, int row, Object value) {
				// read-only
			}

			@Override
			public int getColumnCount() {
				return columns.size();
			}

			@Override
			public int getRowCount() {
				return 1;
			}
		};
		DataLayer headerData = new DefaultColumnHeaderDataLayer(header);
		ColumnHeaderLayer columnHeader = new ColumnHeaderLayer(headerData, viewport, selection);
		sortModel = new GridSortModel(this::sortChanged);
		sortHeader = new SortHeaderLayer<>(columnHeader, sortModel);

		DefaultRowHeaderDataProvider rowNumbers = new DefaultRowHeaderDataProvider(body);
		rowHeaderData = new DefaultRowHeaderDataLayer(rowNumbers);
		RowHeaderLayer rowHeader = new RowHeaderLayer(rowHeaderData, viewport, selection);
		CornerLayer corner = new CornerLayer(new DataLayer(new DefaultCornerDataProvider(header, rowNumbers)),
				rowHeader, sortHeader);
		GridLayer grid = new GridLayer(viewport, sortHeader, rowHeader, corner);

		nat = new NatTable(parent, NatTable.DEFAULT_STYLE_OPTIONS | SWT.BORDER, grid, false);
		nat.setData("id", "query.grid");
		nat.addConfiguration(new DefaultNatTableStyleConfiguration());
		nat.addConfiguration(new SingleClickSortConfiguration());
		nat.addConfiguration(new AbstractRegistryConfiguration() {
			@Override
			public void configureRegistry(IConfigRegistry registry) {
				// a little air between the cell border and its text (NatTable's default has none)
				registry.registerConfigAttribute(CellConfigAttributes.CELL_PAINTER, new LineBorderDecorator(
						new PaddingDecorator(new TextPainter(false, true), 0, 5, 0, 5)), DisplayMode.NORMAL,
						GridRegion.BODY);
				Style text = new Style();
				text.setAttributeValue(CellStyleAttributes.HORIZONTAL_ALIGNMENT, HorizontalAlignmentEnum.LEFT);
				registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, text, DisplayMode.NORMAL,
						GridRegion.BODY);
				registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, text, DisplayMode.SELECT,
						GridRegion.BODY);
				Style nulls = new Style();
				nulls.setAttributeValue(CellStyleAttributes.BACKGROUND_COLOR, GUIHelper.COLOR_WHITE);
				nulls.setAttributeValue(CellStyleAttributes.FOREGROUND_COLOR, GUIHelper.COLOR_DARK_GRAY);
				nulls.setAttributeValue(CellStyleAttributes.FONT,
						JFaceResources.getFontRegistry().getItalic(JFaceResources.DEFAULT_FONT));
				registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, nulls, DisplayMode.NORMAL,
						NULL_LABEL);
				Style numbers = new Style();
				numbers.setAttributeValue(CellStyleAttributes.HORIZONTAL_ALIGNMENT, HorizontalAlignmentEnum.RIGHT);
				registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, numbers, DisplayMode.NORMAL,
						NUMBER_LABEL);
				registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, numbers, DisplayMode.SELECT,
						NUMBER_LABEL);
			}
		});
		// selection in the platform's colours (NatTable's default is bold italic white on grey)
		DefaultSelectionStyleConfiguration selectionStyle = new DefaultSelectionStyleConfiguration();
		Display display = parent.getDisplay();
		selectionStyle.selectionBgColor = display.getSystemColor(SWT.COLOR_LIST_SELECTION);
		selectionStyle.selectionFgColor = display.getSystemColor(SWT.COLOR_LIST_SELECTION_TEXT);
		selectionStyle.selectionFont = GUIHelper.DEFAULT_FONT;
		selectionStyle.anchorBgColor = display.getSystemColor(SWT.COLOR_LIST_SELECTION);
		selectionStyle.anchorFgColor = display.getSystemColor(SWT.COLOR_LIST_SELECTION_TEXT);
		selectionStyle.anchorBorderColor = GUIHelper.COLOR_BLACK;
		nat.addConfiguration(selectionStyle);
		Menu menu = contextMenu().createContextMenu(nat);
		nat.addConfiguration(new AbstractUiBindingConfiguration() {
			@Override
			public void configureUiBindings(UiBindingRegistry ui) {
				ui.registerFirstKeyBinding(new KeyEventMatcher(SWT.MOD1, 'c'), (n, e) -> copy(RowFormat.TSV, false,
						false));
				ui.registerFirstKeyBinding(new KeyEventMatcher(SWT.MOD1 | SWT.SHIFT, 'c'), (n, e) -> copy(
						RowFormat.TSV, true, false));
				ui.registerFirstKeyBinding(new KeyEventMatcher(SWT.MOD1, 'f'), (n, e) -> host.find());
				ui.registerFirstKeyBinding(new KeyEventMatcher(SWT.SHIFT, SWT.CR), (n, e) -> openValueViewer());
				ui.registerDoubleClickBinding(MouseEventMatcher.bodyLeftClick(SWT.NONE), (n, e) -> openValueViewer());
				ui.registerFirstMouseDownBinding(MouseEventMatcher.bodyRightClick(SWT.NONE), (n, e) -> {
					selectUnderPointer(e.x, e.y);
					menu.setVisible(true);
				});
			}
		});
		nat.configure();
		nat.addPaintListener(e -> {
			if (firstPaintNanos == 0 && visible > 0) {
				firstPaintNanos = System.nanoTime();
			}
		});
	}

	private MenuManager contextMenu() {
		MenuManager m = new MenuManager("#ResultGrid");
		m.add(action("&Copy\tCtrl+C", () -> copy(RowFormat.TSV, false, false)));
		m.add(action("Copy with &Headers\tCtrl+Shift+C", () -> copy(RowFormat.TSV, true, false)));
		m.add(action("Copy as C&SV", () -> copy(RowFormat.CSV, true, false)));
		m.add(action("Copy as &JSON", () -> copy(RowFormat.JSON, true, false)));
		m.add(action("Copy &Rows", () -> copy(RowFormat.TSV, true, true)));
		m.add(new Separator());
		m.add(action("&View Value…\tShift+Enter", this::openValueViewer));
		m.add(action("&Find…\tCtrl+F", host::find));
		m.add(new Separator());
		m.add(action("Export to CS&V…", () -> host.export(RowFormat.CSV)));
		m.add(action("Export to JS&ON…", () -> host.export(RowFormat.JSON)));
		return m;
	}

	private static Action action(String text, Runnable run) {
		return new Action(text) {
			@Override
			public void run() {
				run.run();
			}
		};
	}

	public NatTable control() {
		return nat;
	}

	public ResultRows rows() {
		return rows;
	}

	/**
	 * Shows the rows stored since the last call (UI thread): an insert event for the new range. NatTable answers a
	 * structural change with a repaint of the whole grid (some 20 ms of the UI thread for a screenful of cells), so
	 * while a large result streams in and the new rows land below what the user sees, the grid takes them at most
	 * every {@link #QUIET_REFRESH_MS} ms (the scroll bar and row count move at that pace); while the end of the
	 * rows is in view, or the grid is not yet full, they show at once.
	 */
	public void rowsArrived() {
		if (nat.isDisposed()) {
			return;
		}
		int n = rows.size();
		if (n == visible) {
			return;
		}
		if (!complete && visible > 0 && !endInView()) {
			long waitMs = (lastRowsShownNanos - System.nanoTime()) / 1_000_000 + QUIET_REFRESH_MS;
			if (waitMs > 0) {
				if (!refreshPending) {
					refreshPending = true;
					nat.getDisplay().timerExec((int) waitMs, () -> {
						refreshPending = false;
						rowsArrived();
					});
				}
				return;
			}
		}
		lastRowsShownNanos = System.nanoTime();
		int old = visible;
		visible = n;
		bodyData.fireLayerEvent(new RowInsertEvent(bodyData, new Range(old, n)));
		if (!widthsSet) {
			widthsSet = true;
			fitColumns();
		}
		if (old == 0) {
			nat.update(); // the first rows: paint now rather than after whatever else is queued
		}
		int digits = Integer.toString(n).length();
		if (digits != rowHeaderDigits) {
			rowHeaderDigits = digits;
			GC gc = new GC(nat);
			try {
				gc.setFont(GUIHelper.DEFAULT_FONT);
				rowHeaderData.setColumnWidthByPosition(0, gc.textExtent("0".repeat(digits)).x + 16);
			} finally {
				gc.dispose();
			}
		}
	}

	/** Whether the last shown row is inside the viewport (or the viewport has room below it). */
	private boolean endInView() {
		int shown = viewport.getRowCount();
		if (shown == 0) {
			return true;
		}
		int lastIndex = viewport.getRowIndexByPosition(shown - 1);
		return lastIndex < 0 || lastIndex >= visible - 1;
	}

	/** No more rows will come: a sort that covers part of the rows is redone over all of them. */
	public void fetchComplete() {
		complete = true;
		rowsArrived();
		if (!sortModel.keys().isEmpty() && order.sortedCount() < visible) {
			sortChanged(sortModel.keys());
		}
	}

	public boolean isComplete() {
		return complete;
	}

	/** Column widths from the header and the first rows' text (the user can resize; double-click a border fits). */
	private void fitColumns() {
		GC gc = new GC(nat);
		try {
			gc.setFont(GUIHelper.DEFAULT_FONT);
			int sample = Math.min(visible, 200);
			for (int c = 0; c < rows.columnCount(); c++) {
				int w = gc.textExtent(rows.columns().get(c).name()).x + 28; // room for the sort arrow
				for (int r = 0; r < sample; r++) {
					w = Math.max(w, gc.textExtent(CellText.cell(rows.value(r, c))).x + 20);
				}
				bodyData.setColumnWidthByPosition(c, Math.max(48, Math.min(w, 360)));
			}
		} finally {
			gc.dispose();
		}
	}

	// ---- sorting ----

	private void sortChanged(List<RowOrder.Key> keys) {
		long generation = ++sortGeneration;
		int count = visible;
		if (keys.isEmpty()) {
			applyOrder(RowOrder.ARRIVAL, generation);
			return;
		}
		host.status("Sorting " + count + " rows…");
		Job job = new Job("Sorting " + count + " rows") {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				RowOrder sorted = RowOrder.sort(rows, count, keys, monitor::isCanceled);
				if (sorted != null && !nat.isDisposed()) {
					nat.getDisplay().asyncExec(() -> applyOrder(sorted, generation));
				}
				return sorted == null ? Status.CANCEL_STATUS : Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == JOB_FAMILY;
			}
		};
		job.setSystem(true);
		job.schedule();
	}

	private void applyOrder(RowOrder sorted, long generation) {
		if (nat.isDisposed() || generation != sortGeneration) {
			return; // a newer sort was asked for meanwhile
		}
		order = sorted;
		selection.clear(false);
		bodyData.fireLayerEvent(new VisualRefreshEvent(bodyData));
		nat.redraw();
		host.status(sorted.keys().isEmpty() ? "Rows in the order received"
				: "Sorted " + sorted.sortedCount() + " fetched rows by " + describe(sorted.keys()));
	}

	private String describe(List<RowOrder.Key> keys) {
		List<String> parts = new ArrayList<>();
		for (RowOrder.Key k : keys) {
			parts.add(rows.columns().get(k.column()).name() + (k.ascending() ? " ascending" : " descending"));
		}
		return String.join(", ", parts);
	}

	/** Sorts by a column as a click on its header does; {@code ascending} picks the direction directly. */
	public void sortBy(int displayColumn, boolean ascending, boolean accumulate) {
		// the header's own command, in the header's coordinates (those of the viewport)
		viewport.moveColumnPositionIntoViewport(displayColumn);
		int position = viewport.underlyingToLocalColumnPosition(selection, displayColumn);
		sortHeader.doCommand(new SortColumnCommand(sortHeader, position, accumulate, ascending ? SortDirectionEnum.ASC
				: SortDirectionEnum.DESC));
	}

	public RowOrder order() {
		return order;
	}

	// ---- reading ----

	/** Rows the grid shows. */
	public int rowCount() {
		return visible;
	}

	/** Column names in display order (after drag and drop). */
	public List<String> headers() {
		List<String> names = new ArrayList<>();
		for (int index : columnOrder()) {
			names.add(rows.columns().get(index).name());
		}
		return names;
	}

	/** Model column indexes in display order. */
	public int[] columnOrder() {
		return reorder.getColumnIndexOrderArray();
	}

	/** The value shown at a grid row and display column. */
	public Object value(int viewRow, int displayColumn) {
		return rows.value(order.modelRow(viewRow), columnOrder()[displayColumn]);
	}

	/** The text the cell shows. */
	public String cellText(int viewRow, int displayColumn) {
		return CellText.cell(value(viewRow, displayColumn));
	}

	/** Moves a column as dragging its header does. */
	public void moveColumn(int fromDisplay, int toDisplay) {
		reorder.reorderColumnPosition(fromDisplay, toDisplay);
	}

	/** Nanos timestamp of the first paint that showed rows, 0 before. */
	public long firstRowsPaintedNanos() {
		return firstPaintNanos;
	}

	// ---- selection ----

	/** Selects a rectangle of cells (display coordinates, inclusive) and shows its first cell. */
	public void select(int fromRow, int fromColumn, int toRow, int toColumn) {
		selection.clear(false);
		nat.doCommand(new SelectCellCommand(selection, fromColumn, fromRow, false, false));
		if (toRow != fromRow || toColumn != fromColumn) {
			selection.selectRegion(fromColumn, fromRow, toColumn - fromColumn + 1, toRow - fromRow + 1);
		}
		nat.redraw();
	}

	/** Selects one cell and scrolls it into view. */
	public void reveal(int viewRow, int displayColumn) {
		nat.doCommand(new SelectCellCommand(selection, displayColumn, viewRow, false, false));
	}

	private void selectUnderPointer(int x, int y) {
		int col = nat.getColumnPositionByX(x);
		int row = nat.getRowPositionByY(y);
		if (col < 0 || row < 0) {
			return;
		}
		int c = LayerUtil.convertColumnPosition(nat, col, selection);
		int r = LayerUtil.convertRowPosition(nat, row, selection);
		if (c >= 0 && r >= 0 && !selection.isCellPositionSelected(c, r)) {
			nat.doCommand(new SelectCellCommand(selection, c, r, false, false));
		}
	}

	/** The anchor cell (row, display column), or {@code null} when nothing is selected. */
	public int[] anchor() {
		PositionCoordinate a = selection.getSelectionAnchor();
		if (a == null || a.rowPosition < 0 || a.columnPosition < 0 || a.rowPosition >= visible) {
			return null;
		}
		return new int[] { a.rowPosition, a.columnPosition };
	}

	// ---- copy ----

	/**
	 * The selected cells as text: the selected rows (view order) × the selected columns (display order), or whole
	 * rows; {@code null} when nothing is selected. A single TSV cell is its bare value.
	 */
	public String selectionText(RowFormat format, boolean header, boolean wholeRows) {
		TreeSet<Integer> rowSet = new TreeSet<>();
		for (Range r : selection.getSelectedRowPositions()) {
			for (int i = r.start; i < r.end && i < visible; i++) {
				rowSet.add(i);
			}
		}
		int[] cols = wholeRows ? allPositions() : selection.getSelectedColumnPositions();
		if (rowSet.isEmpty() || cols.length == 0) {
			return null;
		}
		java.util.Arrays.sort(cols);
		int[] indexes = new int[cols.length];
		List<String> names = new ArrayList<>();
		for (int i = 0; i < cols.length; i++) {
			indexes[i] = selection.getColumnIndexByPosition(cols[i]);
			names.add(rows.columns().get(indexes[i]).name());
		}
		List<Object[]> values = new ArrayList<>(rowSet.size());
		for (int r : rowSet) {
			Object[] row = rows.row(order.modelRow(r));
			Object[] v = new Object[indexes.length];
			for (int i = 0; i < indexes.length; i++) {
				v[i] = row[indexes[i]];
			}
			values.add(v);
		}
		String text = format.format(names, values, header);
		if (format == RowFormat.TSV && text.endsWith("\n")) {
			text = text.substring(0, text.length() - 1);
		}
		return text;
	}

	private int[] allPositions() {
		int[] all = new int[rows.columnCount()];
		for (int i = 0; i < all.length; i++) {
			all[i] = i;
		}
		return all;
	}

	/** Copies the selection to the clipboard (large selections are formatted in a Job). */
	public void copy(RowFormat format, boolean header, boolean wholeRows) {
		long cells = (long) selection.getSelectedRowCount()
				* (wholeRows ? rows.columnCount() : selection.getSelectedColumnPositions().length);
		String what = (wholeRows ? "rows" : "cells") + " as " + format.name();
		if (cells <= LARGE_COPY_CELLS) {
			String text = selectionText(format, header, wholeRows);
			if (text == null) {
				host.status("Select cells to copy");
				return;
			}
			toClipboard(nat.getDisplay(), text);
			int rowCount = selection.getSelectedRowCount();
			host.status("Copied " + (wholeRows ? rowCount + (rowCount == 1 ? " row" : " rows")
					: cells + (cells == 1 ? " cell" : " cells") + " (" + rowCount + (rowCount == 1 ? " row)" : " rows)"))
					+ " as " + format.name());
			return;
		}
		Display display = nat.getDisplay();
		Job job = new Job("Copying " + cells + " cells") {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				String built = selectionTextOffUi(format, header, wholeRows);
				if (built != null) {
					display.asyncExec(() -> {
						toClipboard(display, built);
						host.status("Copied " + what);
					});
				}
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == JOB_FAMILY;
			}
		};
		host.status("Copying " + cells + " cells…");
		job.schedule();
	}

	private String selectionTextOffUi(RowFormat format, boolean header, boolean wholeRows) {
		// NatTable's selection model is not thread-safe: take rows and columns on the UI thread, format here
		int[][] picked = new int[2][];
		nat.getDisplay().syncExec(() -> {
			TreeSet<Integer> rowSet = new TreeSet<>();
			for (Range r : selection.getSelectedRowPositions()) {
				for (int i = r.start; i < r.end && i < visible; i++) {
					rowSet.add(order.modelRow(i));
				}
			}
			picked[0] = rowSet.stream().mapToInt(Integer::intValue).toArray();
			int[] cols = wholeRows ? allPositions() : selection.getSelectedColumnPositions();
			java.util.Arrays.sort(cols);
			int[] idx = new int[cols.length];
			for (int i = 0; i < cols.length; i++) {
				idx[i] = selection.getColumnIndexByPosition(cols[i]);
			}
			picked[1] = idx;
		});
		if (picked[0] == null || picked[0].length == 0 || picked[1].length == 0) {
			return null;
		}
		List<String> names = new ArrayList<>();
		for (int i : picked[1]) {
			names.add(rows.columns().get(i).name());
		}
		StringBuilder sb = new StringBuilder();
		RowFormat.Writer w = format.writer(names, header);
		w.begin(sb);
		Object[] v = new Object[picked[1].length];
		for (int r : picked[0]) {
			Object[] row = rows.row(r);
			for (int i = 0; i < v.length; i++) {
				v[i] = row[picked[1][i]];
			}
			w.row(sb, v);
		}
		w.end(sb);
		return sb.toString();
	}

	private static void toClipboard(Display display, String text) {
		Clipboard cb = new Clipboard(display);
		try {
			cb.setContents(new Object[] { text }, new Transfer[] { TextTransfer.getInstance() });
		} finally {
			cb.dispose();
		}
	}

	// ---- value viewer ----

	/** Opens the value viewer on the anchor cell. */
	public void openValueViewer() {
		int[] a = anchor();
		if (a == null) {
			return;
		}
		int col = columnOrder()[a[1]];
		Object v = rows.value(order.modelRow(a[0]), col);
		ValueViewerDialog d = new ValueViewerDialog(nat.getShell(), rows.columns().get(col), a[0] + 1, v);
		d.setBlockOnOpen(false); // modal all the same; not blocking keeps the caller (and tests) in charge
		d.open();
	}

	// ---- find ----

	/**
	 * Looks for {@code text} in the fetched rows after (or before) the anchor cell, row by row in display order,
	 * wrapping around; selects the cell found. Runs in a Job; {@code done} gets a message for the find bar.
	 */
	public void find(String text, boolean forward, boolean matchCase, java.util.function.Consumer<String> done) {
		if (text.isEmpty() || visible == 0) {
			done.accept(visible == 0 ? "No rows yet" : "");
			return;
		}
		int[] a = anchor();
		int rowCount = visible;
		int[] columns = columnOrder();
		RowOrder o = order;
		int startRow = a == null ? (forward ? 0 : rowCount - 1) : a[0];
		int startCol = a == null ? (forward ? -1 : columns.length) : a[1];
		String needle = matchCase ? text : text.toLowerCase(Locale.ROOT);
		Job job = new Job("Finding '" + text + "'") {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				long cells = (long) rowCount * columns.length;
				int r = startRow;
				int c = startCol;
				for (long i = 0; i < cells; i++) {
					c += forward ? 1 : -1;
					if (c >= columns.length) {
						c = 0;
						r = r + 1 >= rowCount ? 0 : r + 1;
					} else if (c < 0) {
						c = columns.length - 1;
						r = r - 1 < 0 ? rowCount - 1 : r - 1;
					}
					if ((i & 0xffff) == 0 && monitor.isCanceled()) {
						return Status.CANCEL_STATUS;
					}
					Object v = rows.value(o.modelRow(r), columns[c]);
					String s = v == null ? CellText.NULL_TEXT : CellText.full(v);
					if ((matchCase ? s : s.toLowerCase(Locale.ROOT)).contains(needle)) {
						int fr = r;
						int fc = c;
						nat.getDisplay().asyncExec(() -> {
							if (!nat.isDisposed()) {
								reveal(fr, fc);
								done.accept("Row " + (fr + 1) + ", " + rows.columns().get(columns[fc]).name());
							}
						});
						return Status.OK_STATUS;
					}
				}
				nat.getDisplay().asyncExec(() -> done.accept("Not found in " + rowCount + " fetched rows"));
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == JOB_FAMILY;
			}
		};
		job.setSystem(true);
		job.schedule();
	}

	public void setFocus() {
		nat.setFocus();
	}

	public void dispose() {
		Job.getJobManager().cancel(JOB_FAMILY);
		if (!nat.isDisposed()) {
			nat.dispose();
		}
	}
}
