package io.restdsn.ui.query;

import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.nebula.widgets.nattable.selection.command.SelectAllCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.ISources;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.EditorPart;

import io.restdsn.engine.QueryStatement;
import io.restdsn.engine.SchemaInfo;
import io.restdsn.engine.StatementStats;
import io.restdsn.engine.TableInfo;
import io.restdsn.ui.UiPlugin;
import io.restdsn.ui.results.ResultExport;
import io.restdsn.ui.results.ResultGrid;
import io.restdsn.ui.results.ResultRows;
import io.restdsn.ui.results.RowFormat;
import io.restdsn.ui.views.DataSourceRow;

/**
 * The query window of one DSN: SQL on top, the rows below, the schema beside them.
 * <p>
 * Everything that waits runs in Jobs of {@link #JOB_FAMILY}: opening the engine session and reading the schema
 * when the window opens, each query ({@link QueryRun}), exports. The UI thread only builds widgets, announces rows
 * that are already stored, and polls the running statement's statistics every {@value #POLL_MS} ms for the status
 * line. The session is the window's own and is closed with it (or reopened when the DSN is edited).
 *
 * <pre>
 * [Run] [Refresh] [Cancel] | [History v] [Export v] [Find]
 * +-------------+------------------------------------------+
 * | Tables      | SELECT ID, NAME FROM CUSTOMERS …          |  SQL (StyledText)
 * | > CUSTOMERS |------------------------------------------|
 * |   ID  Int…  | Find: [    ] (Ctrl+F, hidden)            |
 * | > ORDERS    |   | ID   | NAME                          |  grid (NatTable), or the problem panel,
 * |             | 1 | 1001 | …                             |  or a hint
 * +-------------+------------------------------------------+
 * 5 rows · 0.4 s · 4 HTTP calls · from the service              status
 * </pre>
 */
public class QueryEditor extends EditorPart {

	public static final String ID = "io.restdsn.ui.query.editor";
	/** Family of every job a query window runs (session, schema, queries, exports), for tests and shutdown. */
	public static final Object JOB_FAMILY = new Object();

	static final int POLL_MS = 200;
	/** The key binding context of query windows (plugin.xml): Ctrl+Enter runs, F5 runs bypassing the cache. */
	public static final String CONTEXT_ID = "io.restdsn.ui.queryWindow";
	private static final String HINT = "Write a SELECT above and press Ctrl+Enter (or Run) to see its rows here.\n"
			+ "Ctrl+Space completes table and column names; double-click a table on the left to insert a SELECT.";

	/** Measured timings of the last run, in milliseconds from its start ({@code -1}: did not happen). */
	public record Timings(long firstPageMs, long firstRowMs, long firstVisibleMs, long totalMs, int rows) {
	}

	private QueryConnection connection;
	private volatile SchemaInfo schema;
	private SqlText sql;
	private SchemaTree tree;
	private SashForm across;
	private Composite results;
	private StackLayout resultsStack;
	private Label hint;
	private Composite gridHolder;
	private FindBar findBar;
	private ResultGrid grid;
	private ProblemPanel problemPanel;
	private Label status;
	private ToolItem runItem;
	private ToolItem refreshItem;
	private ToolItem cancelItem;
	private ToolItem historyItem;
	private ToolItem exportItem;
	private QueryRun running;
	private QueryRun.Outcome last;
	private SqlText.Runnable lastRun;
	private long runStartNanos;
	private String runStatus;
	private long runGeneration;
	private boolean reconnectAfterRun;
	private Runnable storeListener;
	private List<QueryHistory.Entry> history = List.of();
	private final AtomicBoolean publishPending = new AtomicBoolean();
	private final NumberFormat count = NumberFormat.getIntegerInstance(Locale.ROOT);
	private IAction copyAction;
	private IAction selectAllAction;
	private IAction findAction;

	/** Opens a new query window on the DSN, numbered after the ones already open on it. */
	public static QueryEditor open(IWorkbenchPage page, String dsnName) throws PartInitException {
		java.util.Set<Integer> used = new java.util.HashSet<>();
		for (org.eclipse.ui.IEditorReference ref : page.getEditorReferences()) {
			try {
				if (ref.getEditorInput() instanceof QueryEditorInput q && q.dsnName().equalsIgnoreCase(dsnName)) {
					used.add(q.number());
				}
			} catch (PartInitException e) {
				// an editor that failed to open holds no number
			}
		}
		int n = 1;
		while (used.contains(n)) {
			n++;
		}
		EditorAreaSpace.widen(page.getWorkbenchWindow());
		return (QueryEditor) page.openEditor(new QueryEditorInput(dsnName, n), ID);
	}

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof QueryEditorInput q)) {
			throw new PartInitException("A query window opens on a data source, not on " + input.getName());
		}
		setSite(site);
		setInput(input);
		setPartName(q.getName());
		setTitleToolTip(q.getToolTipText());
		UiPlugin ui = UiPlugin.getDefault();
		connection = new QueryConnection(q.dsnName(), ui.dsnStore(), ui.restClients());
	}

	public String dsnName() {
		return connection.dsnName();
	}

	// ---- widgets ----

	@Override
	public void createPartControl(Composite parent) {
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		layout.verticalSpacing = 0;
		parent.setLayout(layout);

		createToolBar(parent);
		// Ctrl+Enter and F5 of the Query menu, bound in this context (the part site's service: active with the part)
		IContextService contexts = getSite().getService(IContextService.class);
		if (contexts != null) {
			contexts.activateContext(CONTEXT_ID);
		}

		across = new SashForm(parent, SWT.HORIZONTAL | SWT.SMOOTH);
		across.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		tree = new SchemaTree(across, s -> sql.insertStatement(s), s -> sql.insertAtCaret(s));
		tree.setMessage("Reading the schema…");

		SashForm down = new SashForm(across, SWT.VERTICAL | SWT.SMOOTH);
		sql = new SqlText(down, () -> run(false), () -> schema);
		results = new Composite(down, SWT.NONE);
		resultsStack = new StackLayout();
		results.setLayout(resultsStack);
		hint = new Label(results, SWT.WRAP | SWT.CENTER);
		hint.setData("id", "query.hint");
		hint.setText(HINT);
		gridHolder = new Composite(results, SWT.NONE);
		GridLayout g = new GridLayout(1, false);
		g.marginWidth = 0;
		g.marginHeight = 0;
		g.verticalSpacing = 0;
		gridHolder.setLayout(g);
		findBar = new FindBar(gridHolder, () -> grid);
		problemPanel = new ProblemPanel(results, this::editDataSource, this::showErrorPosition);
		resultsStack.topControl = hint;
		down.setWeights(32, 68);
		across.setWeights(28, 72);

		status = new Label(parent, SWT.NONE);
		status.setData("id", "query.status");
		GridData sd = new GridData(SWT.FILL, SWT.CENTER, true, false);
		sd.horizontalIndent = 6;
		status.setLayoutData(sd);
		status.setText("Connecting to " + dsnName() + "…");

		createActions();
		storeListener = () -> {
			Display d = parent.getDisplay();
			if (!d.isDisposed()) {
				d.asyncExec(this::dataSourceChanged);
			}
		};
		UiPlugin.getDefault().dsnStore().addChangeListener(storeListener);
		connect(true);
	}

	private void createToolBar(Composite parent) {
		ToolBar bar = new ToolBar(parent, SWT.FLAT | SWT.RIGHT | SWT.WRAP);
		bar.setData("id", "query.toolbar");
		GridData gd = new GridData(SWT.FILL, SWT.CENTER, true, false);
		bar.setLayoutData(gd);
		// a narrow window wraps the tool bar onto a second row: its height must follow the width it gets
		parent.addListener(SWT.Resize, e -> {
			int width = parent.getClientArea().width;
			int height = width <= 0 ? SWT.DEFAULT : bar.computeSize(width, SWT.DEFAULT).y;
			if (height != gd.heightHint) {
				gd.heightHint = height;
				parent.layout(true);
			}
		});
		runItem = item(bar, SWT.PUSH, "query.run", "Run", "Run the statement at the caret, or the selection (Ctrl+Enter)",
				() -> run(false));
		runItem.setImage(Icons.run());
		refreshItem = item(bar, SWT.PUSH, "query.refresh", "Refresh",
				"Run again, fetching every page from the service instead of the cache", () -> run(true));
		refreshItem.setImage(Icons.refresh());
		cancelItem = item(bar, SWT.PUSH, "query.cancel", "Cancel", "Stop the running query; the rows fetched stay",
				this::cancel);
		cancelItem.setImage(PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_ELCL_STOP));
		cancelItem.setEnabled(false);
		new ToolItem(bar, SWT.SEPARATOR);
		historyItem = item(bar, SWT.DROP_DOWN, "query.history", "History",
				"Statements run on this data source (kept across restarts)", () -> showHistoryMenu(bar));
		exportItem = item(bar, SWT.DROP_DOWN, "query.export", "Export", "Save the fetched rows as CSV or JSON",
				() -> showExportMenu(bar));
		exportItem.setEnabled(false);
		item(bar, SWT.PUSH, "query.findButton", "Find", "Find text in the fetched rows (Ctrl+F)", this::showFind);
	}

	private ToolItem item(ToolBar bar, int style, String id, String text, String tip, Runnable action) {
		ToolItem item = new ToolItem(bar, style);
		item.setText(text);
		item.setToolTipText(tip);
		item.setData("id", id);
		item.addListener(SWT.Selection, e -> action.run());
		return item;
	}

	private void dropDown(ToolBar bar, ToolItem item, Menu menu) {
		Rectangle r = item.getBounds();
		Point p = bar.toDisplay(r.x, r.y + r.height);
		menu.setLocation(p);
		menu.setVisible(true);
	}

	// ---- session and schema ----

	/** Opens the session and reads the schema in a Job; fills the tree and, on first open, a statement to run. */
	private void connect(boolean first) {
		Display display = sql.control().getDisplay();
		Job job = new Job("Opening the data source " + dsnName()) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				List<QueryHistory.Entry> h = loadHistory();
				try {
					SchemaInfo s = connection.schema();
					display.asyncExec(() -> schemaReady(s, h, first));
				} catch (Exception e) {
					QueryProblem p = QueryProblem.of(e, null);
					display.asyncExec(() -> schemaFailed(p, h, first));
				}
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

	private List<QueryHistory.Entry> loadHistory() {
		try {
			return new QueryHistory(UiPlugin.getDefault().queryHistoryDirectory()).load(dsnName());
		} catch (Exception e) {
			UiPlugin.getDefault().getLog().warn("Could not read the query history of " + dsnName(), e);
			return List.of();
		}
	}

	private void schemaReady(SchemaInfo s, List<QueryHistory.Entry> h, boolean first) {
		if (sql.control().isDisposed()) {
			return;
		}
		schema = s;
		history = h;
		tree.setSchema(s);
		fitTree();
		QueryProblem shown = problem();
		if (shown != null && shown.statement() == null) {
			// the session could not be opened before; now it can: the problem is gone
			hint.setText(HINT);
			resultsStack.topControl = hint;
			results.layout(true, true);
		}
		if (first && sql.getText().isBlank()) {
			sql.setText(initialStatement(s, h));
		}
		if (running == null) {
			status("Connected: " + s.tables().size() + " tables. Ctrl+Enter runs the statement at the caret.");
		}
	}

	/** Gives the schema tree the width its labels need, between a fifth and two fifths of the window. */
	private void fitTree() {
		int total = across.getClientArea().width;
		if (total <= 0) {
			return;
		}
		int want = Math.max(total / 5, Math.min(tree.preferredWidth(), total * 2 / 5));
		across.setWeights(want, total - want);
	}

	/** The last statement run on this DSN, else a first look at its first table. */
	static String initialStatement(SchemaInfo s, List<QueryHistory.Entry> h) {
		if (!h.isEmpty()) {
			return h.get(0).sql();
		}
		for (TableInfo t : s.tables()) {
			if (t.parent() == null) {
				return "SELECT * FROM " + io.restdsn.ui.query.sql.SqlCompletion.quote(t.name()) + " LIMIT 100";
			}
		}
		return "";
	}

	private void schemaFailed(QueryProblem p, List<QueryHistory.Entry> h, boolean first) {
		if (sql.control().isDisposed()) {
			return;
		}
		history = h;
		if (first && sql.getText().isBlank() && !h.isEmpty()) {
			sql.setText(h.get(0).sql());
		}
		tree.setMessage("Schema not available");
		showProblem(p);
		status("Cannot open " + dsnName() + ": " + p.title());
	}

	/** The store saved something: if it may be this DSN, the session is rebuilt with the new options. */
	private void dataSourceChanged() {
		if (sql == null || sql.control().isDisposed()) {
			return;
		}
		if (running != null) {
			reconnectAfterRun = true;
			return;
		}
		reconnect();
	}

	/** Reopens the session if the DSN's options or secrets changed (or it never opened), then reads the schema. */
	private void reconnect() {
		Display display = sql.control().getDisplay();
		Job job = new Job("Checking the data source " + dsnName()) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				boolean changed = connection.resetIfChanged();
				if (changed) {
					display.asyncExec(() -> {
						if (!sql.control().isDisposed()) {
							tree.setMessage("Reading the schema…");
							connect(false);
						}
					});
				}
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

	// ---- running ----

	/** Runs the selection or the statement at the caret; {@code refresh} bypasses the page cache. */
	public void run(boolean refresh) {
		if (running != null) {
			status("A query is still running: Cancel it first.");
			return;
		}
		SqlText.Runnable r = sql.toRun();
		if (r == null) {
			status("Nothing to run: write a SELECT statement.");
			return;
		}
		lastRun = r;
		long generation = ++runGeneration;
		disposeGrid();
		hint.setText("Running…");
		resultsStack.topControl = hint;
		results.layout(true, true);
		exportItem.setEnabled(false);
		runStartNanos = System.nanoTime();
		Display display = sql.control().getDisplay();
		QueryRun job = new QueryRun(connection, r.sql(), refresh, UiPlugin.getDefault().maxQueryRows(),
				new QueryRun.Listener() {
			@Override
			public void started(QueryStatement statement) {
				// polled through the job's stats()
			}

			@Override
			public void columns(ResultRows rows) {
				display.asyncExec(() -> {
					if (generation == runGeneration && !results.isDisposed()) {
						createGrid(rows);
					}
				});
			}

			@Override
			public void rowsAdded() {
				if (publishPending.compareAndSet(false, true)) {
					display.asyncExec(() -> {
						publishPending.set(false);
						if (generation == runGeneration && grid != null) {
							grid.rowsArrived();
						}
					});
				}
			}

			@Override
			public void finished(QueryRun.Outcome outcome) {
				display.asyncExec(() -> {
					if (generation == runGeneration && !results.isDisposed()) {
						runFinished(outcome);
					}
				});
			}
		});
		running = job;
		setRunning(true);
		status((refresh ? "Refreshing" : "Running") + " on " + dsnName() + "…");
		job.schedule();
		poll(job);
	}

	private void setRunning(boolean on) {
		runItem.setEnabled(!on);
		refreshItem.setEnabled(!on);
		cancelItem.setEnabled(on);
	}

	/** The status line while a statement runs, from its live statistics. */
	private void poll(QueryRun job) {
		Display display = sql.control().getDisplay();
		display.timerExec(POLL_MS, () -> {
			if (running != job || status.isDisposed()) {
				return;
			}
			StatementStats s = job.stats();
			int rows = grid == null ? 0 : grid.rows().size();
			double seconds = (System.nanoTime() - runStartNanos) / 1e9;
			status(String.format(Locale.ROOT, "Running… %s rows · %.1f s%s", count.format(rows), seconds,
					s == null ? "" : " · " + calls(s)));
			poll(job);
		});
	}

	private String calls(StatementStats s) {
		String c = count.format(s.httpCalls()) + (s.httpCalls() == 1 ? " HTTP call" : " HTTP calls");
		if (s.pagesFromCache() > 0) {
			c += " · " + count.format(s.pagesFromCache()) + (s.pagesFromCache() == 1 ? " page" : " pages")
					+ " from cache";
		} else if (s.tablesReused() > 0) {
			c += " · tables reused from cache";
		} else if (s.httpCalls() > 0) {
			c += " · from the service";
		}
		if (s.callLimitReached()) {
			c += " · stopped at StmtCallLimit: the result may be incomplete";
		}
		return c;
	}

	private void createGrid(ResultRows rows) {
		disposeGrid();
		grid = new ResultGrid(gridHolder, rows, new ResultGrid.Host() {
			@Override
			public void export(RowFormat format) {
				QueryEditor.this.export(format);
			}

			@Override
			public void find() {
				showFind();
			}

			@Override
			public void status(String message) {
				note(message);
			}
		});
		grid.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		resultsStack.topControl = gridHolder;
		results.layout(true, true);
		gridHolder.layout(true, true);
	}

	private void disposeGrid() {
		if (grid != null) {
			grid.dispose();
			grid = null;
		}
	}

	private void runFinished(QueryRun.Outcome o) {
		running = null;
		last = o;
		setRunning(false);
		if (grid != null) {
			grid.fetchComplete();
		}
		String took = String.format(Locale.ROOT, "%.2f s", o.seconds());
		String calls = o.stats() == null ? "" : " · " + calls(o.stats());
		if (o.problem() != null) {
			showProblem(o.problem());
			long n = o.stats() == null ? 0 : o.stats().httpCalls();
			status("Failed after " + took + " · " + count.format(n) + (n == 1 ? " HTTP call" : " HTTP calls"));
		} else if (o.cancelled()) {
			if (grid == null) {
				hint.setText("Cancelled before any row arrived.");
				resultsStack.topControl = hint;
				results.layout(true, true);
			}
			status("Cancelled: " + count.format(o.rowCount()) + " rows fetched · " + took + calls);
		} else {
			if (grid == null) {
				hint.setText("The statement returned no result.");
				resultsStack.topControl = hint;
				results.layout(true, true);
			}
			String rowsText = count.format(o.rowCount()) + (o.rowCount() == 1 ? " row" : " rows");
			if (QueryRun.ROW_LIMIT.equals(o.limited())) {
				status("Stopped at " + rowsText + " (the row limit; the result has more) · " + took + calls);
				note("Raise \"Rows fetched at most\" in Window > Preferences > RestDSN Studio to see more, or add a "
						+ "WHERE or LIMIT.");
			} else if (QueryRun.OUT_OF_MEMORY.equals(o.limited())) {
				status("Stopped at " + rowsText + ": the studio ran out of memory (the result has more) · " + took
						+ calls);
				note("Lower \"Rows fetched at most\" in Window > Preferences > RestDSN Studio, or start the studio "
						+ "with more memory (RESTDSN_VM_ARGS=-Xmx4g).");
			} else {
				status(rowsText + " · " + took + calls);
			}
		}
		exportItem.setEnabled(grid != null && grid.rowCount() > 0);
		history = loadHistoryQuietlyLater();
		if (reconnectAfterRun) {
			reconnectAfterRun = false;
			reconnect();
		}
	}

	/** The history file was just written by the run: re-read it in the background for the menu. */
	private List<QueryHistory.Entry> loadHistoryQuietlyLater() {
		Display display = sql.control().getDisplay();
		Job job = Job.create("Reading the query history", (IProgressMonitor m) -> {
			List<QueryHistory.Entry> h = loadHistory();
			display.asyncExec(() -> history = h);
		});
		job.setSystem(true);
		job.schedule();
		return history;
	}

	/** Stops the running statement (the engine cancels its HTTP call); the rows fetched so far stay. */
	public void cancel() {
		QueryRun r = running;
		if (r != null) {
			status("Cancelling…");
			r.stop();
		}
	}

	// ---- problems ----

	private void showProblem(QueryProblem p) {
		String where = null;
		if (p.position() != null && lastRun != null && p.statement() != null) {
			int offset = lastRun.offset() + p.position().offset();
			StyledText t = sql.control();
			if (offset <= t.getCharCount()) {
				int line = t.getLineAtOffset(offset);
				where = "line " + (line + 1) + ", column " + (offset - t.getOffsetAtLine(line) + 1);
				sql.markError(offset, p.position().length());
			}
		}
		disposeGrid();
		problemPanel.show(p, where);
		resultsStack.topControl = problemPanel.control();
		results.layout(true, true);
	}

	private void showErrorPosition() {
		QueryProblem p = problemPanel.problem();
		if (p != null && p.position() != null && lastRun != null) {
			sql.markError(lastRun.offset() + p.position().offset(), p.position().length());
			sql.control().setFocus();
		}
	}

	/** Opens the DSN editor on this window's DSN (the Edit command with it as the selection). */
	private void editDataSource() {
		IHandlerService handlers = getSite().getService(IHandlerService.class);
		ICommandService commands = getSite().getService(ICommandService.class);
		Command edit = commands.getCommand("io.restdsn.ui.editDataSource");
		IEvaluationContext context = handlers.createContextSnapshot(false);
		StructuredSelection sel = new StructuredSelection(new DataSourceRow(dsnName(), "", "", "", null));
		context.addVariable(ISources.ACTIVE_CURRENT_SELECTION_NAME, sel);
		try {
			handlers.executeCommandInContext(new ParameterizedCommand(edit, null), null, context);
		} catch (Exception e) {
			MessageDialog.openError(getSite().getShell(), "Edit Data Source", "Cannot open the editor of " + dsnName()
					+ ": " + e.getMessage());
		}
	}

	// ---- history, export, find ----

	private void showHistoryMenu(ToolBar bar) {
		Menu menu = new Menu(bar);
		if (history.isEmpty()) {
			MenuItem none = new MenuItem(menu, SWT.PUSH);
			none.setText("No statements run on " + dsnName() + " yet");
			none.setEnabled(false);
		}
		java.time.format.DateTimeFormatter when = java.time.format.DateTimeFormatter.ofPattern("MMM d HH:mm")
				.withZone(java.time.ZoneId.systemDefault());
		for (QueryHistory.Entry e : history.subList(0, Math.min(history.size(), 25))) {
			MenuItem item = new MenuItem(menu, SWT.PUSH);
			String oneLine = e.sql().replaceAll("\\s+", " ");
			item.setText((oneLine.length() > 90 ? oneLine.substring(0, 90) + "…" : oneLine).replace("&", "&&") + "\t"
					+ when.format(e.at()));
			item.addListener(SWT.Selection, ev -> sql.insertStatement(e.sql()));
		}
		dropDown(bar, historyItem, menu);
	}

	private void showExportMenu(ToolBar bar) {
		Menu menu = new Menu(bar);
		for (RowFormat f : List.of(RowFormat.CSV, RowFormat.JSON)) {
			MenuItem item = new MenuItem(menu, SWT.PUSH);
			item.setText("Export to " + f.name() + "…");
			item.addListener(SWT.Selection, e -> export(f));
		}
		dropDown(bar, exportItem, menu);
	}

	/** Asks where, then writes the fetched rows there. */
	void export(RowFormat format) {
		if (grid == null || grid.rowCount() == 0) {
			status("No rows to export yet.");
			return;
		}
		FileDialog fd = new FileDialog(getSite().getShell(), SWT.SAVE);
		fd.setText("Export " + grid.rowCount() + " rows to " + format.name());
		fd.setFilterExtensions(new String[] { "*." + format.extension(), "*" });
		fd.setFileName(dsnName().replaceAll("[^A-Za-z0-9._-]+", "-") + "." + format.extension());
		fd.setOverwrite(true);
		String path = fd.open();
		if (path != null) {
			exportTo(Path.of(path), format);
		}
	}

	/**
	 * Writes the rows the grid holds (no query runs again), in its column and row order, in a user Job (progress
	 * shows for large results).
	 */
	public Job exportTo(Path target, RowFormat format) {
		if (grid == null) {
			throw new IllegalStateException("no result to export");
		}
		ResultExport op = new ResultExport(grid.rows(), grid.order(), grid.rowCount(), grid.columnOrder(), format,
				target);
		Display display = sql.control().getDisplay();
		Job job = new Job("Exporting " + grid.rowCount() + " rows to " + target.getFileName()) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					ResultExport.Result r = op.run(monitor);
					display.asyncExec(() -> note("Exported " + count.format(r.rows()) + " rows to " + r.file() + " ("
							+ count.format(r.bytes()) + " bytes)"));
					return Status.OK_STATUS;
				} catch (OperationCanceledException e) {
					display.asyncExec(() -> note("Export cancelled; " + target + " was not changed."));
					return Status.CANCEL_STATUS;
				} catch (Exception e) {
					display.asyncExec(() -> note("Export failed: " + e.getMessage()));
					return Status.error("Could not export to " + target + ": " + e.getMessage(), e);
				}
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == JOB_FAMILY;
			}
		};
		job.setUser(true);
		note("Exporting to " + target + "…");
		job.schedule();
		return job;
	}

	void showFind() {
		if (grid == null) {
			status("Run a query first: Find searches the fetched rows.");
			return;
		}
		findBar.show();
	}

	// ---- global actions (Edit menu, Ctrl+C, Ctrl+A, Ctrl+F) ----

	/**
	 * Copy, Select All and Find for the Edit menu and their keys. The control they act on is the one the key went to
	 * (the trigger event's widget) or else the focus control: the grid copies its selected cells, text fields copy
	 * their text.
	 */
	private void createActions() {
		copyAction = new TargetedAction("Copy") {
			@Override
			void run(Control target) {
				if (grid != null && target == grid.control()) {
					grid.copy(RowFormat.TSV, false, false);
				} else if (target instanceof StyledText t) {
					t.copy();
				} else if (target instanceof Text t) {
					t.copy();
				}
			}
		};
		selectAllAction = new TargetedAction("Select All") {
			@Override
			void run(Control target) {
				if (grid != null && target == grid.control()) {
					grid.control().doCommand(new SelectAllCommand());
				} else if (target instanceof StyledText t) {
					t.selectAll();
				} else if (target instanceof Text t) {
					t.selectAll();
				}
			}
		};
		findAction = new TargetedAction("Find") {
			@Override
			void run(Control target) {
				showFind();
			}
		};
	}

	private abstract static class TargetedAction extends Action {
		TargetedAction(String text) {
			super(text);
		}

		abstract void run(Control target);

		@Override
		public void run() {
			run(Display.getCurrent().getFocusControl());
		}

		@Override
		public void runWithEvent(org.eclipse.swt.widgets.Event event) {
			if (event != null && event.widget instanceof Control c && !c.isDisposed()) {
				run(c);
			} else {
				run();
			}
		}
	}

	/** Called by the contributor when this window becomes the active editor. */
	void contributeTo(IActionBars bars) {
		bars.setGlobalActionHandler(ActionFactory.COPY.getId(), copyAction);
		bars.setGlobalActionHandler(ActionFactory.SELECT_ALL.getId(), selectAllAction);
		bars.setGlobalActionHandler(ActionFactory.FIND.getId(), findAction);
		bars.updateActionBars();
	}

	// ---- status ----

	/** The status line: what the last run did (rows, time, calls, cache), or what is going on now. */
	private void status(String message) {
		runStatus = message;
		show(message);
	}

	/** A remark after the run's status (a sort, a copy), which keeps the run's figures in view. */
	private void note(String message) {
		show(runStatus == null || runStatus.isEmpty() ? message : runStatus + "  —  " + message);
	}

	private void show(String text) {
		if (status != null && !status.isDisposed()) {
			status.setText(text);
			status.setToolTipText(text);
		}
	}

	// ---- for page objects and tests ----

	public String sqlText() {
		return sql.getText();
	}

	public void setSqlText(String s) {
		sql.setText(s);
	}

	/** Puts the caret at an offset (no selection). */
	public void setCaret(int offset) {
		sql.control().setSelection(offset);
	}

	public void selectSql(int start, int end) {
		sql.control().setSelection(start, end);
	}

	public StyledText sqlControl() {
		return sql.control();
	}

	public ResultGrid grid() {
		return grid;
	}

	public boolean isRunning() {
		return running != null;
	}

	public String statusText() {
		return status.getText();
	}

	public QueryProblem problem() {
		return resultsStack.topControl == problemPanel.control() ? problemPanel.problem() : null;
	}

	public SchemaInfo schema() {
		return schema;
	}

	public List<QueryHistory.Entry> history() {
		return history;
	}

	FindBar findBar() {
		return findBar;
	}

	public void find(String text, boolean forward) {
		showFind();
		findBar.setText(text);
		findBar.find(forward);
	}

	public String findResult() {
		return findBar.result();
	}

	/** Timings of the last finished run, or {@code null}. */
	public Timings lastTimings() {
		QueryRun.Outcome o = last;
		if (o == null) {
			return null;
		}
		long s = o.startNanos();
		long painted = grid == null ? 0 : grid.firstRowsPaintedNanos();
		return new Timings(o.executedNanos() == 0 ? -1 : (o.executedNanos() - s) / 1_000_000,
				o.firstRowNanos() == 0 ? -1 : (o.firstRowNanos() - s) / 1_000_000,
				painted == 0 ? -1 : (painted - s) / 1_000_000, (o.endNanos() - s) / 1_000_000, o.rowCount());
	}

	/** Statistics of the last finished run, or {@code null}. */
	public StatementStats lastStats() {
		return last == null ? null : last.stats();
	}

	// ---- part ----

	@Override
	public void setFocus() {
		if (sql != null && !sql.control().isDisposed()) {
			sql.control().setFocus();
		}
	}

	@Override
	public void dispose() {
		if (storeListener != null) {
			UiPlugin.getDefault().dsnStore().removeChangeListener(storeListener);
		}
		QueryRun r = running;
		running = null;
		if (r != null) {
			r.stop();
		}
		disposeGrid();
		QueryConnection c = connection;
		Job close = new Job("Closing the session of " + dsnName()) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				if (r != null) {
					try {
						r.join(5000, monitor);
					} catch (InterruptedException | OperationCanceledException e) {
						// close anyway
					}
				}
				c.close();
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == JOB_FAMILY;
			}
		};
		close.setSystem(true);
		close.schedule();
		super.dispose();
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		// nothing to save: statements live in the history
	}

	@Override
	public void doSaveAs() {
		// not supported
	}

	@Override
	public boolean isDirty() {
		return false;
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}
}
