package io.restdsn.ui.dialogs;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;

import io.restdsn.core.dsn.Dsn;
import io.restdsn.ui.checks.CheckResult;
import io.restdsn.ui.checks.ConnectionChecks;
import io.restdsn.ui.checks.StageInfo;

/**
 * Tests one DSN and shows how far it got: every stage of the connection test with a live state while it runs (a
 * spinning icon and a running clock on the current stage), then each stage's outcome (green, red or grey icon and the
 * word), time and message; the selected stage's full message (what to change, which options) below; on request the
 * redacted transcript of every stage. Copy puts a plain-text report on the clipboard.
 * <p>
 * The test runs in a Job ({@link #JOB_FAMILY}); stage news arrive through {@code asyncExec}. Cancel cancels the
 * Job's monitor, which the connection test watches while a call is in flight and answers by canceling the HTTP call,
 * so the dialog reports "canceled" within about a second even when the server never answers. Closing the window while
 * a test runs cancels it too. The DSN is handed in complete (secrets loaded by the caller, off the UI thread).
 *
 * <pre>
 * +----------------------------------------------------------------------+
 * | Test Connection: "Orders"                                            |
 * | (x) Failed at Access token. Select a stage for details.              |
 * +----------------------------------------------------------------------+
 * | Stage                  | Result  | Time   | Message                  |
 * | (v) Resolve and connect| Passed  | 3 ms   | Connected to …           |
 * | (-) TLS handshake      | Skipped | –      | Plain http: no TLS. …    |
 * | (x) Access token       | Failed  | 85 ms  | The token endpoint …     |
 * | (-) First data request | Skipped | –      | Not run: …               |
 * +----------------------------------------------------------------------+
 * | Access token: failed                                                 |
 * | The token endpoint rejected … Check: ClientSecret, ClientID.  (wraps) |
 * +----------------------------------------------------------------------+
 * | Transcript (redacted)                      (shown with Details >>)   |
 * | == Access token ==                                                   |
 * | POST http://…/oauth/token …                                          |
 * +----------------------------------------------------------------------+
 * | [Copy Report] [Details >>] [Test Again]                      [Close] |
 * +----------------------------------------------------------------------+
 * </pre>
 */
public final class ConnectionTestDialog extends StudioDialog {

	/** Family of the Job that runs the test, so tests can wait for it. */
	public static final Object JOB_FAMILY = new Object();

	static final int COPY_ID = IDialogConstants.CLIENT_ID + 21;
	static final int DETAILS_ID = IDialogConstants.CLIENT_ID + 22;
	static final int AGAIN_ID = IDialogConstants.CLIENT_ID + 23;

	private static final int TICK_MS = 120;
	private static final int DETAILS_HEIGHT = 200;

	/** What a row shows; while the test runs, states before the current stage are inferred from its progress. */
	enum State {
		WAITING, RUNNING, PASSED, FAILED, SKIPPED
	}

	/** One stage as the table shows it (UI thread only). */
	static final class Row {
		final String id;
		final String title;
		State state = State.WAITING;
		long startNanos;
		Duration duration = Duration.ZERO;
		String message = "";
		CheckResult.Stage result;

		Row(String id, String title) {
			this.id = id;
			this.title = title;
		}
	}

	private final ConnectionChecks checks;
	private final Dsn dsn;
	private final Consumer<CheckResult> onResult;
	private final List<Row> rows = new ArrayList<>();
	private CheckResult initial;
	private LocalResourceManager resources;
	private StatusIcons icons;
	private TableViewer table;
	private Label stageHeading;
	private Text stageText;
	private Composite detailsHolder;
	private Text details;
	private boolean detailsShown;
	private Job job;
	private CheckResult result;
	private Instant resultAt;
	private int frame;
	private String statusMessage = "";

	/**
	 * A dialog that tests {@code dsn} as soon as it opens.
	 *
	 * @param dsn      the DSN as it should be tested, secrets included
	 * @param onResult told on the UI thread of every result (canceled ones included); may be {@code null}
	 */
	public ConnectionTestDialog(Shell parent, ConnectionChecks checks, Dsn dsn, Consumer<CheckResult> onResult) {
		super(parent, Messages.Test_shellTitle, "testDialog.shell", 860, 480);
		this.checks = checks;
		this.dsn = dsn;
		this.onResult = onResult;
	}

	/** A dialog that opens on a result obtained elsewhere (the wizard's test step); Test Again runs a new one. */
	public static ConnectionTestDialog showing(Shell parent, ConnectionChecks checks, Dsn dsn, CheckResult result,
			Consumer<CheckResult> onResult) {
		ConnectionTestDialog d = new ConnectionTestDialog(parent, checks, dsn, onResult);
		d.initial = result;
		return d;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		resources = new LocalResourceManager(JFaceResources.getResources(), area);
		icons = new StatusIcons(resources);
		setTitle(Messages.bind(Messages.Test_title, dsn.name().isBlank() ? Messages.Test_unnamed : dsn.name()));

		Composite body = new Composite(area, SWT.NONE);
		body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		GridLayoutFactory.swtDefaults().margins(10, 10).spacing(0, 6).applyTo(body);

		Composite holder = new Composite(body, SWT.NONE);
		GridData holderLayout = GridDataFactory.fillDefaults().grab(true, true).hint(780, 150).create();
		holder.setLayoutData(holderLayout);
		TableColumnLayout columns = new TableColumnLayout();
		holder.setLayout(columns);
		table = new TableViewer(holder, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		table.getTable().setData("id", "testDialog.stages");
		table.setContentProvider(ArrayContentProvider.getInstance());
		ColumnViewerToolTipSupport.enableFor(table);
		column(columns, Messages.Test_stage, 24, 170, r -> r.title, this::icon);
		column(columns, Messages.Test_result, 11, 80, ConnectionTestDialog::stateText, null);
		column(columns, Messages.Test_time, 9, 70, this::timeText, null);
		column(columns, Messages.Test_message, 56, 200, r -> r.message.replace('\n', ' '), null);
		table.addSelectionChangedListener(e -> showSelected());
		// every stage stays in view: on a small screen the transcript gives way, never the stages
		Table t = table.getTable();
		int stages = Math.max(5, checks.plannedStages().size());
		holderLayout.minimumHeight = t.getHeaderHeight() + (t.getItemHeight() + t.getGridLineWidth()) * stages
				+ 2 * t.getBorderWidth() + 8;
		holderLayout.heightHint = Math.max(holderLayout.heightHint, holderLayout.minimumHeight);

		stageHeading = new Label(body, SWT.NONE);
		stageHeading.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DIALOG_FONT));
		stageHeading.setLayoutData(GridDataFactory.fillDefaults().grab(true, false).indent(0, 4).create());
		stageHeading.setData("id", "testDialog.stageHeading");
		stageText = new Text(body, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL | SWT.BORDER);
		stageText.setData("id", "testDialog.message");
		GridData textData = GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).create();
		textData.heightHint = stageText.getLineHeight() * 5 + 6;
		stageText.setLayoutData(textData);

		detailsHolder = new Composite(body, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(0, 4).applyTo(detailsHolder);
		GridData holderData = GridDataFactory.fillDefaults().grab(true, true).create();
		holderData.exclude = true;
		detailsHolder.setLayoutData(holderData);
		detailsHolder.setVisible(false);
		Label transcriptLabel = new Label(detailsHolder, SWT.NONE);
		transcriptLabel.setText(Messages.Test_transcript);
		transcriptLabel.setLayoutData(GridDataFactory.fillDefaults().indent(0, 4).create());
		details = new Text(detailsHolder, SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
		details.setFont(JFaceResources.getTextFont());
		details.setData("id", "testDialog.details");
		GridData detailsLayout = GridDataFactory.fillDefaults().grab(true, true).hint(300, DETAILS_HEIGHT).create();
		detailsLayout.minimumHeight = details.getLineHeight() * 4;
		details.setLayoutData(detailsLayout);
		holderData.minimumHeight = transcriptLabel.computeSize(SWT.DEFAULT, SWT.DEFAULT).y + detailsLayout.minimumHeight + 12;

		Dialog.applyDialogFont(area);
		stageHeading.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DIALOG_FONT));
		return area;
	}

	private void column(TableColumnLayout columns, String title, int weight, int min,
			java.util.function.Function<Row, String> text, java.util.function.Function<Row, Image> image) {
		TableViewerColumn c = new TableViewerColumn(table, SWT.LEFT);
		c.getColumn().setText(title);
		columns.setColumnData(c.getColumn(), new ColumnWeightData(weight, min, true));
		c.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object e) {
				return text.apply((Row) e);
			}

			@Override
			public Image getImage(Object e) {
				return image == null ? null : image.apply((Row) e);
			}

			@Override
			public String getToolTipText(Object e) {
				String s = ((Row) e).message;
				return s.isEmpty() ? null : s;
			}
		});
	}

	private Image icon(Row r) {
		return switch (r.state) {
			case WAITING -> icons.get(StatusIcons.Kind.WAITING);
			case RUNNING -> icons.get(StatusIcons.Kind.RUNNING, frame);
			case PASSED -> icons.get(StatusIcons.Kind.PASSED);
			case FAILED -> icons.get(StatusIcons.Kind.FAILED);
			case SKIPPED -> icons.get(StatusIcons.Kind.SKIPPED);
		};
	}

	static String stateText(Row r) {
		return switch (r.state) {
			case WAITING -> Messages.Stage_waiting;
			case RUNNING -> Messages.Stage_running;
			case PASSED -> Messages.Stage_passed;
			case FAILED -> Messages.Stage_failed;
			case SKIPPED -> Messages.Stage_skipped;
		};
	}

	private String timeText(Row r) {
		return switch (r.state) {
			case WAITING -> "";
			case RUNNING -> TestReport.millis((System.nanoTime() - r.startNanos) / 1_000_000);
			case SKIPPED -> r.duration.isZero() ? "\u2013" : TestReport.millis(r.duration.toMillis());
			default -> TestReport.millis(r.duration.toMillis());
		};
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, COPY_ID, Messages.Test_copy, false).setData("id", "testDialog.copy");
		createButton(parent, DETAILS_ID, Messages.Test_showDetails, false).setData("id", "testDialog.toggleDetails");
		Button again = createButton(parent, AGAIN_ID, Messages.Test_again, false);
		again.setData("id", "testDialog.again");
		if (!checks.available()) {
			again.setToolTipText(checks.unavailableReason());
		}
		Button close = createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CLOSE_LABEL, true);
		close.setData("id", "testDialog.close");
	}

	@Override
	public void create() {
		super.create();
		if (initial != null) {
			startRows();
			show(initial, false);
		} else if (checks.available()) {
			start();
		} else {
			startRows();
			setErrorMessage(checks.unavailableReason());
			updateButtons();
		}
	}

	@Override
	protected void buttonPressed(int id) {
		switch (id) {
		case COPY_ID -> copyReport();
		case DETAILS_ID -> toggleDetails();
		case AGAIN_ID -> start();
		default -> super.buttonPressed(id);
		}
	}

	/** The Cancel/Close button: stops a running test (the dialog stays to show how far it got), else closes. */
	@Override
	protected void cancelPressed() {
		if (job != null) {
			job.cancel();
			setMessage(Messages.Test_canceling, IMessageProvider.WARNING);
			getButton(IDialogConstants.CANCEL_ID).setEnabled(false);
			return;
		}
		super.cancelPressed();
	}

	@Override
	public boolean close() {
		Job running = job;
		job = null;
		if (running != null) {
			running.cancel();
		}
		return super.close();
	}

	private void startRows() {
		rows.clear();
		for (StageInfo s : checks.plannedStages()) {
			rows.add(new Row(s.id(), s.title()));
		}
		table.setInput(rows);
	}

	/** Runs the test in a Job; stage news and the result come back through asyncExec. */
	private void start() {
		startRows();
		result = null;
		setErrorMessage(null);
		status(Messages.Test_starting, IMessageProvider.NONE);
		stageHeading.setText("");
		stageText.setText("");
		details.setText("");
		Display display = getShell().getDisplay();
		Dsn tested = dsn;
		Job j = new Job(Messages.bind(Messages.Test_job, dsn.name())) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				CheckResult r = null;
				String failure = null;
				boolean canceled = false;
				try {
					r = checks.test(tested, monitor, (id, detail) -> later(display, () -> stageStarted(this, id, detail)));
				} catch (OperationCanceledException | CancellationException e) {
					canceled = true;
				} catch (RuntimeException e) {
					failure = e.getMessage() != null ? e.getMessage() : e.toString();
				}
				CheckResult out = r;
				boolean stopped = canceled;
				String why = failure;
				later(display, () -> finished(this, out, stopped, why));
				// the dialog shows every outcome; an error status would only add the workbench's error pop-up
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == JOB_FAMILY;
			}
		};
		j.setSystem(true);
		job = j;
		updateButtons();
		j.schedule();
		tick();
	}

	private static void later(Display display, Runnable r) {
		if (!display.isDisposed()) {
			display.asyncExec(r);
		}
	}

	private boolean current(Job j) {
		return j == job && getShell() != null && !getShell().isDisposed();
	}

	/** A stage began: it runs now; what ran before it passed, and stages it jumped over do not apply. */
	private void stageStarted(Job j, String id, String detail) {
		if (!current(j)) {
			return;
		}
		int at = indexOf(id);
		if (at < 0) {
			return;
		}
		long now = System.nanoTime();
		for (int i = 0; i < at; i++) {
			Row r = rows.get(i);
			if (r.state == State.RUNNING) {
				r.state = State.PASSED;
				r.duration = Duration.ofNanos(now - r.startNanos);
			} else if (r.state == State.WAITING) {
				r.state = State.SKIPPED;
			}
		}
		Row r = rows.get(at);
		if (r.state != State.RUNNING) {
			r.state = State.RUNNING;
			r.startNanos = now;
		}
		r.message = detail;
		status(Messages.bind(Messages.Test_running, r.title, detail), IMessageProvider.NONE);
		table.refresh();
	}

	private int indexOf(String id) {
		for (int i = 0; i < rows.size(); i++) {
			if (rows.get(i).id.equals(id)) {
				return i;
			}
		}
		return -1;
	}

	/** Keeps the clock and the spinner of the running stage moving. */
	private void tick() {
		if (job == null || getShell() == null || getShell().isDisposed()) {
			return;
		}
		frame++;
		for (Row r : rows) {
			if (r.state == State.RUNNING) {
				table.update(r, null);
			}
		}
		getShell().getDisplay().timerExec(TICK_MS, this::tick);
	}

	private void finished(Job j, CheckResult r, boolean canceled, String failure) {
		if (!current(j)) {
			return;
		}
		job = null;
		if (r != null) {
			show(r, true);
		} else {
			long now = System.nanoTime();
			for (Row row : rows) {
				if (row.state == State.RUNNING) {
					row.state = canceled ? State.SKIPPED : State.FAILED;
					row.duration = Duration.ofNanos(now - row.startNanos);
					row.message = canceled ? Messages.Test_canceledStage : failure;
				} else if (row.state == State.WAITING) {
					row.state = State.SKIPPED;
					row.message = Messages.Test_notRun;
				}
			}
			table.refresh();
			if (canceled) {
				status(Messages.Test_canceled, IMessageProvider.WARNING);
			} else {
				setErrorMessage(Messages.bind(Messages.Test_error, failure));
			}
			updateButtons();
		}
	}

	/** Shows a finished test: rows, verdict in the message area, first failure (or first stage) selected. */
	private void show(CheckResult r, boolean fresh) {
		result = r;
		resultAt = Instant.now();
		for (CheckResult.Stage s : r.stages()) {
			int i = indexOf(s.id());
			Row row;
			if (i < 0) {
				row = new Row(s.id(), s.title());
				rows.add(row);
			} else {
				row = rows.get(i);
			}
			row.result = s;
			row.state = switch (s.outcome()) {
				case PASSED -> State.PASSED;
				case FAILED -> State.FAILED;
				case SKIPPED -> State.SKIPPED;
			};
			row.duration = s.duration();
			row.message = s.message();
		}
		table.refresh();
		details.setText(TestReport.transcripts(r.stages()));
		long total = r.duration().toMillis();
		if (r.canceled()) {
			setErrorMessage(null);
			String at = r.stages().stream().filter(s -> s.message().startsWith("Canceled")).map(CheckResult.Stage::title)
					.findFirst().orElse("");
			status(at.isEmpty() ? Messages.Test_canceled : Messages.bind(Messages.Test_canceledAt, at),
					IMessageProvider.WARNING);
		} else if (r.passed()) {
			setErrorMessage(null);
			long ran = r.stages().stream().filter(s -> s.outcome() == CheckResult.Outcome.PASSED).count();
			status(Messages.bind(Messages.Test_passed, ran, TestReport.millis(total)), IMessageProvider.INFORMATION);
		} else {
			String stage = r.failedStage().map(CheckResult.Stage::title).orElse("");
			status(Messages.bind(Messages.Test_failed, stage), IMessageProvider.ERROR);
		}
		Row select = rows.stream().filter(x -> x.state == State.FAILED).findFirst()
				.orElse(rows.stream().filter(x -> x.message.startsWith("Canceled")).findFirst()
						.orElse(rows.isEmpty() ? null : rows.get(0)));
		if (select != null) {
			table.setSelection(new StructuredSelection(select), true);
		}
		showSelected();
		updateButtons();
		if (fresh && onResult != null) {
			onResult.accept(r);
		}
	}

	/** The message area (and what {@link #statusMessage()} reports). */
	private void status(String message, int type) {
		statusMessage = message;
		if (type == IMessageProvider.ERROR) {
			setErrorMessage(message);
		} else {
			setErrorMessage(null);
			setMessage(message, type);
		}
	}

	private void showSelected() {
		Row r = (Row) table.getStructuredSelection().getFirstElement();
		if (r == null) {
			stageHeading.setText("");
			stageText.setText("");
			return;
		}
		stageHeading.setText(Messages.bind(Messages.Test_stageHeading, r.title, stateText(r).toLowerCase()));
		StringBuilder sb = new StringBuilder(r.message);
		if (r.result != null && r.state == State.FAILED && !r.result.options().isEmpty()
				&& !r.message.contains(r.result.options().get(0))) {
			sb.append("\n").append(Messages.bind(Messages.Test_options, String.join(", ", r.result.options())));
		}
		stageText.setText(sb.toString());
		stageHeading.getParent().layout(true);
		revealTranscript(r);
	}

	/** Scrolls the transcript to the selected stage's section. */
	private void revealTranscript(Row r) {
		String text = details.getText();
		int at = text.indexOf("== " + r.title + " ==");
		if (at >= 0) {
			details.setTopIndex((int) text.substring(0, at).chars().filter(ch -> ch == '\n').count());
		}
	}

	private void toggleDetails() {
		detailsShown = !detailsShown;
		GridData data = (GridData) detailsHolder.getLayoutData();
		data.exclude = !detailsShown;
		detailsHolder.setVisible(detailsShown);
		getButton(DETAILS_ID).setText(detailsShown ? Messages.Test_hideDetails : Messages.Test_showDetails);
		Shell shell = getShell();
		Point size = shell.getSize();
		Rectangle screen = shell.getMonitor().getClientArea();
		int delta = detailsHolder.computeSize(size.x, SWT.DEFAULT).y + 6;
		int height = detailsShown ? Math.min(size.y + delta, screen.height - 20) : Math.max(size.y - delta, 360);
		shell.setSize(size.x, height);
		Point loc = shell.getLocation();
		if (loc.y + height > screen.y + screen.height) {
			shell.setLocation(loc.x, Math.max(screen.y, screen.y + screen.height - height));
		}
		shell.layout(true, true);
		Row r = (Row) table.getStructuredSelection().getFirstElement();
		if (r != null) {
			revealTranscript(r);
		}
	}

	private void copyReport() {
		if (result == null) {
			return;
		}
		Clipboard cb = new Clipboard(getShell().getDisplay());
		try {
			cb.setContents(new Object[] { report() }, new Transfer[] { TextTransfer.getInstance() });
		} finally {
			cb.dispose();
		}
		Button copy = getButton(COPY_ID);
		copy.setText(Messages.Test_copied);
		getShell().getDisplay().timerExec(1500, () -> {
			if (!copy.isDisposed()) {
				copy.setText(Messages.Test_copy);
			}
		});
	}

	private void updateButtons() {
		if (getButton(AGAIN_ID) == null) {
			return;
		}
		boolean running = job != null;
		getButton(AGAIN_ID).setEnabled(!running && checks.available());
		getButton(COPY_ID).setEnabled(!running && result != null);
		Button close = getButton(IDialogConstants.CANCEL_ID);
		close.setEnabled(true);
		close.setText(running ? IDialogConstants.CANCEL_LABEL : IDialogConstants.CLOSE_LABEL);
		close.getParent().layout(true);
	}

	// --- for page objects and tests ---

	/** Whether a test is running now. */
	public boolean running() {
		return job != null;
	}

	/** The last finished result, or {@code null}. */
	public CheckResult result() {
		return result;
	}

	/** What the message area says (the verdict, or the stage running). */
	public String statusMessage() {
		return statusMessage;
	}

	/** The copied report's text, or an empty string before a result. */
	public String report() {
		return result == null ? "" : TestReport.of(dsn.name(), result, resultAt);
	}

	/** The outcome a row shows as text: Waiting, Running…, Passed, Failed, Skipped. */
	public String stateOf(String stageTitle) {
		return rows.stream().filter(r -> r.title.equals(stageTitle)).map(ConnectionTestDialog::stateText).findFirst()
				.orElse("");
	}
}
