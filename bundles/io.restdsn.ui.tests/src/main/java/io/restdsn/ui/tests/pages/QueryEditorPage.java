package io.restdsn.ui.tests.pages;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;

import io.restdsn.engine.SchemaInfo;
import io.restdsn.ui.query.QueryEditor;
import io.restdsn.ui.query.QueryProblem;
import io.restdsn.ui.results.ResultGrid;
import io.restdsn.ui.results.RowFormat;
import io.restdsn.ui.tests.driver.Driver;

/**
 * A query window as a user works it: SQL typed into the editor, Ctrl+Enter or the tool bar, the grid's headers and
 * cells as they read, sorting by a header, copying with Ctrl+C, exporting, the status line and the problem panel.
 */
public final class QueryEditorPage {

	private final Driver driver;
	private final QueryEditor editor;

	private QueryEditorPage(Driver driver, QueryEditor editor) {
		this.driver = driver;
		this.editor = editor;
	}

	/** The active editor, waiting until it is a query window. */
	public static QueryEditorPage active(Driver driver, WorkbenchPage workbench) {
		QueryEditor[] holder = new QueryEditor[1];
		driver.waitUntil("a query window to open", () -> {
			IEditorPart p = workbench.window().getActivePage().getActiveEditor();
			holder[0] = p instanceof QueryEditor q ? q : null;
			return holder[0] != null;
		});
		return new QueryEditorPage(driver, holder[0]);
	}

	public QueryEditor editor() {
		return editor;
	}

	public String title() {
		return editor.getPartName();
	}

	/** Waits until the session is open and the schema read (the tree shows tables). */
	public QueryEditorPage schemaLoaded() {
		driver.waitUntil("the schema of " + editor.dsnName(), () -> editor.schema() != null || editor.problem() != null);
		Driver.require(editor.schema() != null, "the schema did not load: " + describeProblem());
		return this;
	}

	public SchemaInfo schema() {
		return editor.schema();
	}

	/** Root table names as the schema tree lists them. */
	public List<String> treeTables() {
		Tree tree = driver.byId(editor.sqlControl().getShell(), "query.schema", Tree.class);
		List<String> names = new ArrayList<>();
		for (TreeItem i : tree.getItems()) {
			names.add(i.getText().split("\\s+")[0]);
		}
		return names;
	}

	public StyledText sql() {
		return editor.sqlControl();
	}

	public QueryEditorPage type(String text) {
		driver.type(sql(), text);
		return this;
	}

	/** Ctrl+Enter in the SQL text. */
	public QueryEditorPage pressRun() {
		driver.press(sql(), SWT.MOD1, SWT.CR);
		return this;
	}

	/** A tool bar button: "query.run", "query.refresh", "query.cancel"… */
	public QueryEditorPage click(String toolItemId) {
		ToolBar bar = driver.byId(sql().getShell(), "query.toolbar", ToolBar.class);
		driver.click(Driver.toolItem(bar, toolItemId));
		return this;
	}

	public boolean enabled(String toolItemId) {
		ToolBar bar = driver.byId(sql().getShell(), "query.toolbar", ToolBar.class);
		return Driver.toolItem(bar, toolItemId).isEnabled();
	}

	/** Waits until the running statement finished (rows read, failed or cancelled) and the window shows it. */
	public QueryEditorPage finished() {
		driver.waitUntil("the query to finish", () -> !editor.isRunning(), java.time.Duration.ofSeconds(60));
		driver.joinJobs(ResultGrid.JOB_FAMILY);
		driver.processEvents();
		return this;
	}

	public String status() {
		return driver.byId(sql().getShell(), "query.status", Label.class).getText();
	}

	public ResultGrid grid() {
		Driver.require(editor.grid() != null, "no result grid: " + describeProblem() + " / " + status());
		return editor.grid();
	}

	public List<String> headers() {
		return grid().headers();
	}

	/** Every row the grid shows, as cell texts in display order. */
	public List<List<String>> rows() {
		ResultGrid g = grid();
		List<List<String>> rows = new ArrayList<>();
		for (int r = 0; r < g.rowCount(); r++) {
			List<String> cells = new ArrayList<>();
			for (int c = 0; c < g.headers().size(); c++) {
				cells.add(g.cellText(r, c));
			}
			rows.add(cells);
		}
		return rows;
	}

	/**
	 * What the grid shows on screen: how many of its pixels are near-white (cell backgrounds) and how many dark
	 * (text). A grid whose painting failed shows neither (NatTable swallows paint errors).
	 */
	public int[] paintedPixels() {
		var nat = grid().control();
		nat.redraw();
		nat.update();
		driver.processEvents();
		org.eclipse.swt.graphics.Rectangle b = nat.getBounds();
		org.eclipse.swt.graphics.Point origin = nat.toDisplay(0, 0);
		org.eclipse.swt.graphics.Image img = new org.eclipse.swt.graphics.Image(driver.display(), b.width, b.height);
		try {
			org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(driver.display());
			gc.copyArea(img, origin.x, origin.y);
			gc.dispose();
			org.eclipse.swt.graphics.ImageData data = img.getImageData();
			int white = 0;
			int dark = 0;
			for (int y = 0; y < data.height; y++) {
				for (int x = 0; x < data.width; x++) {
					org.eclipse.swt.graphics.RGB c = data.palette.getRGB(data.getPixel(x, y));
					if (c.red > 250 && c.green > 250 && c.blue > 250) {
						white++;
					} else if (c.red < 90 && c.green < 90 && c.blue < 90) {
						dark++;
					}
				}
			}
			return new int[] { white, dark };
		} finally {
			img.dispose();
		}
	}

	/** Sorts by a column (display position) as a header click does, and waits for the sorted rows. */
	public QueryEditorPage sortBy(int column, boolean ascending) {
		grid().sortBy(column, ascending, false);
		driver.joinJobs(ResultGrid.JOB_FAMILY);
		driver.processEvents();
		return this;
	}

	/** Selects cells (display coordinates, inclusive), as a drag over them does. */
	public QueryEditorPage select(int fromRow, int fromColumn, int toRow, int toColumn) {
		grid().control().setFocus();
		grid().select(fromRow, fromColumn, toRow, toColumn);
		driver.processEvents();
		return this;
	}

	/** Ctrl+C in the grid; returns the clipboard's text. */
	public String copy() {
		driver.press(grid().control(), SWT.MOD1, 'c');
		driver.joinJobs(ResultGrid.JOB_FAMILY);
		return driver.clipboardText();
	}

	/** A context-menu copy (TSV with headers, CSV, JSON, whole rows); returns the clipboard's text. */
	public String copy(RowFormat format, boolean header, boolean wholeRows) {
		grid().copy(format, header, wholeRows);
		driver.joinJobs(ResultGrid.JOB_FAMILY);
		return driver.clipboardText();
	}

	/** Export to a file (what the file dialog's OK leads to), waiting until it is written. */
	public QueryEditorPage export(Path file, RowFormat format) {
		Job job = editor.exportTo(file, format);
		driver.waitUntil("the export to finish", () -> job.getResult() != null);
		driver.processEvents();
		return this;
	}

	public QueryProblem problem() {
		return editor.problem();
	}

	private String describeProblem() {
		QueryProblem p = editor.problem();
		return p == null ? "no problem shown" : p.title() + ": " + p.message();
	}

	public String problemTitle() {
		return driver.byId(sql().getShell(), "query.problem.title", Label.class).getText();
	}

	/** Clicks "Edit Data Source…" on the problem panel. */
	public void clickEditDataSource() {
		Button b = driver.byId(sql().getShell(), "query.problem.edit", Button.class);
		driver.click(b);
	}

	public Shell shell() {
		return sql().getShell();
	}

	public void close() {
		editor.getSite().getPage().closeEditor(editor, false);
		driver.processEvents();
	}
}
