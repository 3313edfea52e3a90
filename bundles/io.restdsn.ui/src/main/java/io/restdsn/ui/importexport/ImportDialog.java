package io.restdsn.ui.importexport;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;

import io.restdsn.ui.dialogs.StudioDialog;
import io.restdsn.core.connstr.ConnectionStringProblem;
import io.restdsn.core.connstr.ConnectionStrings;
import io.restdsn.core.connstr.ParsedConnectionString;
import io.restdsn.core.dsn.Dsn;
import io.restdsn.core.dsn.DsnSummary;
import io.restdsn.core.export.DsnExporter;
import io.restdsn.core.export.ExportFormat;
import io.restdsn.core.export.SecretPolicy;
import io.restdsn.core.ini.IniProblem;
import io.restdsn.core.ini.OdbcIniDocument;
import io.restdsn.core.validation.DsnValidator;
import io.restdsn.core.validation.Problem;
import io.restdsn.ui.editor.ScrolledPage;
import io.restdsn.ui.importexport.ImportCandidate.Action;
import io.restdsn.ui.importexport.ImportCandidate.Resolution;
import io.restdsn.ui.store.DsnStore;

/**
 * File &gt; Import: DSNs from a pasted connection string (ODBC, JDBC or CData, recognised by
 * {@link ConnectionStrings#parse}) or from another odbc.ini (read in a Job), each checked to import or not; for the
 * selected one its name, and when that name is taken, whether to import it under a new name, replace the existing DSN
 * or skip it; a preview of the odbc.ini section it becomes. Import saves through the {@link DsnStore}, which keeps the
 * secrets found in the input (ClientSecret…) out of odbc.ini.
 *
 * <pre>
 * +------------------------------------------------------------------------+
 * | Import Data Sources                                                    |
 * | Paste a connection string or open an odbc.ini, then choose …           |
 * +------------------------------------------------------------------------+
 * | (o) Connection string   ( ) odbc.ini file                              |
 * | +--------------------------------------------------------------------+ |
 * | | DSN=Orders;DRIVER={…};AuthenticationMethod=53;ClientID=…  (wraps)  | |
 * | +--------------------------------------------------------------------+ |
 * |  or: File [~/other.ini                                 ] [Browse...]   |
 * | Data sources                                                           |
 * | [x] Name      | Import               | Authentication  | Secrets      |
 * | [x] Orders 2  | as "Orders 2" (Or…)  | OAuth 2.0 …     | ClientSecret |
 * | Name [Orders 2        ]                                                |
 * | "Orders" exists: (o) import under this name ( ) replace it ( ) skip it |
 * | odbc.ini section (secrets are not written)                             |
 * | [Orders 2]                                                             |
 * | Driver=…                                                               |
 * | notes: ClientSecret is kept apart from odbc.ini …                      |
 * +------------------------------------------------------------------------+
 * |                                                   [Import] [Cancel]    |
 * +------------------------------------------------------------------------+
 * </pre>
 */
public final class ImportDialog extends StudioDialog {

	/** Family of the Job that reads an odbc.ini, so tests can wait for it. */
	public static final Object JOB_FAMILY = new Object();

	private static final String UNNAMED = "Imported";
	private static final org.eclipse.swt.graphics.Color DIM = io.restdsn.ui.editor.Form.DIM;

	private final DsnStore store;
	private final List<String> existing;
	private final Consumer<List<String>> afterImport;
	private final List<ImportCandidate> candidates = new ArrayList<>();
	private final DsnExporter exporter = DsnExporter.standard();
	private List<String> sourceNotes = List.of();
	private String sourceError;
	private boolean fromFile;
	private Job reading;

	private Button stringChoice;
	private Button fileChoice;
	private Composite sourceStack;
	private Composite stringPanel;
	private Composite filePanel;
	private Text string;
	private Text file;
	private CheckboxTableViewer table;
	private Text name;
	private Composite conflictRow;
	private Label conflictLabel;
	private Button rename;
	private Button replace;
	private Button skip;
	private ScrolledPage page;
	private Text preview;
	private Label notes;
	private boolean updating;
	private String shownError;
	private List<String> imported = List.of();

	/**
	 * @param existing    names of the DSNs in the target odbc.ini (loaded by the caller, off the UI thread)
	 * @param afterImport told on the UI thread with the names written
	 */
	public ImportDialog(Shell parent, DsnStore store, Collection<String> existing, Consumer<List<String>> afterImport) {
		super(parent, Messages.Import_shellTitle, "import.shell", 820, 700);
		this.store = store;
		this.existing = List.copyOf(existing);
		this.afterImport = afterImport;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(Messages.Import_title);
		// the message comes with the buttons (changed()): set here, before the area existed, the title area later drew
		// its icon over the text
		// on a small screen the form scrolls rather than squeezing its lists to nothing
		Composite[] made = new Composite[1];
		page = new ScrolledPage(area, (c, reflow) -> made[0] = new Composite(c, SWT.NONE));
		page.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		Composite body = made[0];
		GridLayoutFactory.swtDefaults().margins(10, 8).spacing(8, 6).applyTo(body);

		Composite choice = new Composite(body, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(16, 0).applyTo(choice);
		stringChoice = radio(choice, Messages.Import_fromString, "import.fromString");
		fileChoice = radio(choice, Messages.Import_fromFile, "import.fromFile");
		stringChoice.setSelection(true);

		// the chosen source's panel only: the other one is excluded, so it takes no room
		sourceStack = new Composite(body, SWT.NONE);
		sourceStack.setLayoutData(GridDataFactory.fillDefaults().grab(true, false).create());
		GridLayoutFactory.fillDefaults().applyTo(sourceStack);
		stringPanel = new Composite(sourceStack, SWT.NONE);
		stringPanel.setLayoutData(GridDataFactory.fillDefaults().grab(true, false).create());
		GridLayoutFactory.fillDefaults().spacing(0, 3).applyTo(stringPanel);
		Label hint = new Label(stringPanel, SWT.WRAP);
		hint.setText(Messages.Import_stringHint);
		hint.setForeground(DIM);
		hint.setLayoutData(GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).create());
		string = new Text(stringPanel, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
		string.setFont(JFaceResources.getTextFont());
		string.setData("id", "import.string");
		GridData sd = GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).create();
		sd.heightHint = string.getLineHeight() * 3 + 8;
		string.setLayoutData(sd);
		string.addListener(SWT.Modify, e -> stringChanged());

		filePanel = new Composite(sourceStack, SWT.NONE);
		filePanel.setLayoutData(GridDataFactory.fillDefaults().grab(true, false).exclude(true).create());
		filePanel.setVisible(false);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(filePanel);
		new Label(filePanel, SWT.NONE).setText(Messages.Import_file);
		file = new Text(filePanel, SWT.BORDER | SWT.SINGLE);
		file.setData("id", "import.file");
		file.setLayoutData(GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).create());
		file.addListener(SWT.Modify, e -> fileChanged());
		Button browse = new Button(filePanel, SWT.PUSH);
		browse.setText(Messages.Import_browse);
		browse.setData("id", "import.browse");
		browse.addListener(SWT.Selection, e -> browse());
		stringChoice.addListener(SWT.Selection, e -> sourceChosen());
		fileChoice.addListener(SWT.Selection, e -> sourceChosen());

		Label tableLabel = new Label(body, SWT.NONE);
		tableLabel.setText(Messages.Import_candidates);
		tableLabel.setLayoutData(GridDataFactory.fillDefaults().indent(0, 6).create());
		Composite holder = new Composite(body, SWT.NONE);
		GridData tableData = GridDataFactory.fillDefaults().grab(true, true).hint(600, 110).create();
		holder.setLayoutData(tableData);
		TableColumnLayout columns = new TableColumnLayout();
		holder.setLayout(columns);
		table = CheckboxTableViewer.newCheckList(holder, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		table.getTable().setData("id", "import.table");
		table.setContentProvider(ArrayContentProvider.getInstance());
		ColumnViewerToolTipSupport.enableFor(table);
		column(columns, Messages.Import_colName, 22, c -> c.action() == Action.REPLACE ? c.originalName() : c.name());
		column(columns, Messages.Import_colAction, 34, this::actionText);
		column(columns, Messages.Import_colAuth, 26, c -> DsnSummary.of(c.dsn()).authentication());
		column(columns, Messages.Import_colSecrets, 18, c -> String.join(", ", c.secrets()));
		table.setCheckStateProvider(new org.eclipse.jface.viewers.ICheckStateProvider() {
			@Override
			public boolean isChecked(Object e) {
				return ((ImportCandidate) e).checked();
			}

			@Override
			public boolean isGrayed(Object e) {
				return false;
			}
		});
		table.addCheckStateListener(e -> {
			((ImportCandidate) e.getElement()).setChecked(e.getChecked());
			changed();
		});
		table.addSelectionChangedListener(e -> showSelected());
		table.setInput(candidates);

		Composite detail = new Composite(body, SWT.NONE);
		detail.setLayoutData(GridDataFactory.fillDefaults().grab(true, false).create());
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(8, 4).applyTo(detail);
		new Label(detail, SWT.NONE).setText(Messages.Import_name);
		name = new Text(detail, SWT.BORDER | SWT.SINGLE);
		name.setData("id", "import.name");
		name.setLayoutData(GridDataFactory.fillDefaults().hint(260, SWT.DEFAULT).create());
		name.addListener(SWT.Modify, e -> {
			ImportCandidate c = selected();
			if (!updating && c != null && c.action() == Action.CREATE) {
				c.setName(name.getText());
				changed();
			}
		});
		conflictRow = new Composite(detail, SWT.NONE);
		conflictRow.setLayoutData(GridDataFactory.fillDefaults().span(2, 1).grab(true, false).create());
		GridLayoutFactory.fillDefaults().numColumns(4).spacing(12, 0).applyTo(conflictRow);
		conflictLabel = new Label(conflictRow, SWT.NONE);
		rename = radio(conflictRow, Messages.Import_rename, "import.rename");
		replace = radio(conflictRow, Messages.Import_replace, "import.replace");
		skip = radio(conflictRow, Messages.Import_skip, "import.skip");
		rename.addListener(SWT.Selection, e -> resolve(Resolution.RENAME, rename));
		replace.addListener(SWT.Selection, e -> resolve(Resolution.REPLACE, replace));
		skip.addListener(SWT.Selection, e -> resolve(Resolution.SKIP, skip));

		Label previewLabel = new Label(body, SWT.NONE);
		previewLabel.setText(Messages.Import_preview);
		previewLabel.setLayoutData(GridDataFactory.fillDefaults().indent(0, 6).create());
		preview = new Text(body, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL);
		preview.setFont(JFaceResources.getTextFont());
		preview.setData("id", "import.preview");
		GridData pd = GridDataFactory.fillDefaults().grab(true, true).hint(400, SWT.DEFAULT).create();
		pd.heightHint = preview.getLineHeight() * 7 + 8;
		preview.setLayoutData(pd);
		notes = new Label(body, SWT.WRAP);
		notes.setData("id", "import.notes");
		notes.setLayoutData(GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).create());

		Dialog.applyDialogFont(area);
		page.reflow();
		string.setFont(JFaceResources.getTextFont());
		preview.setFont(JFaceResources.getTextFont());
		showSelected();
		return area;
	}

	private static Button radio(Composite parent, String text, String id) {
		Button b = new Button(parent, SWT.RADIO);
		b.setText(text);
		b.setData("id", id);
		return b;
	}

	private void column(TableColumnLayout columns, String title, int weight,
			java.util.function.Function<ImportCandidate, String> text) {
		TableViewerColumn c = new TableViewerColumn(table, SWT.LEFT);
		c.getColumn().setText(title);
		columns.setColumnData(c.getColumn(), new ColumnWeightData(weight, 60, true));
		c.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object e) {
				return text.apply((ImportCandidate) e);
			}

			@Override
			public String getToolTipText(Object e) {
				String s = getText(e);
				return s.isEmpty() ? null : s;
			}
		});
	}

	private String actionText(ImportCandidate c) {
		return switch (c.action()) {
			case NOT_IMPORTED -> c.checked() ? Messages.bind(Messages.Import_willSkip, c.originalName())
					: Messages.Import_willNot;
			case REPLACE -> Messages.bind(Messages.Import_willReplace, c.originalName());
			case CREATE -> c.conflict() ? Messages.bind(Messages.Import_willRename, c.name().strip(), c.originalName())
					: c.name().strip().equals(c.originalName()) ? Messages.Import_willCreate
							: Messages.bind(Messages.Import_willCreateAs, c.name().strip());
		};
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		Button ok = createButton(parent, IDialogConstants.OK_ID, Messages.Import_ok, true);
		ok.setData("id", "import.ok");
		Button cancel = createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
		cancel.setData("id", "import.cancel");
		changed();
	}

	private void sourceChosen() {
		boolean f = fileChoice.getSelection();
		if (f == fromFile) {
			return;
		}
		fromFile = f;
		show(filePanel, f);
		show(stringPanel, !f);
		page.reflow();
		if (f) {
			fileChanged();
		} else {
			stringChanged();
		}
		(f ? file : string).setFocus();
	}

	private static void show(Control c, boolean shown) {
		((GridData) c.getLayoutData()).exclude = !shown;
		c.setVisible(shown);
	}

	/** Parses the pasted string at once (pure and fast); keeps the choices made for the same DSN. */
	private void stringChanged() {
		if (fromFile) {
			return;
		}
		String text = string.getText().strip();
		List<ImportCandidate> next = new ArrayList<>();
		List<String> found = new ArrayList<>();
		String error = null;
		if (!text.isEmpty()) {
			ParsedConnectionString parsed = ConnectionStrings.parse(text);
			for (ConnectionStringProblem p : parsed.problems()) {
				String where = p.position() > 0 ? Messages.bind(Messages.Import_atChar, p.position()) : "";
				if (p.isError() && error == null) {
					error = where + p.message();
				} else if (!p.isError()) {
					found.add(where + p.message());
				}
			}
			if (error == null) {
				if (parsed.dsn().options().isEmpty()) {
					error = Messages.Import_stringEmpty;
				} else {
					found.add(0, Messages.bind(Messages.Import_family, familyName(ConnectionStrings.detect(text))));
					next.add(new ImportCandidate(parsed.dsn(), UNNAMED, existing));
				}
			}
		}
		setCandidates(next, found, error);
	}

	private static String familyName(ConnectionStrings.Family f) {
		return switch (f) {
			case ODBC -> Messages.Import_familyOdbc;
			case JDBC -> Messages.Import_familyJdbc;
			case CDATA -> Messages.Import_familyCdata;
		};
	}

	private void browse() {
		FileDialog d = new FileDialog(getShell(), SWT.OPEN);
		d.setText(Messages.Import_browseTitle);
		d.setFilterExtensions(new String[] { "*.ini;.odbc.ini", "*" });
		d.setFilterNames(new String[] { Messages.Import_iniFiles, Messages.Import_allFiles });
		String current = file.getText().strip();
		if (!current.isEmpty()) {
			Path p = Path.of(current).toAbsolutePath();
			if (p.getParent() != null) {
				d.setFilterPath(p.getParent().toString());
			}
		}
		String chosen = d.open();
		if (chosen != null) {
			file.setText(chosen);
		}
	}

	/** Reads the odbc.ini in a Job; the latest path typed wins. */
	private void fileChanged() {
		if (!fromFile) {
			return;
		}
		if (reading != null) {
			reading.cancel();
		}
		String path = file.getText().strip();
		if (path.isEmpty()) {
			setCandidates(List.of(), List.of(), null);
			return;
		}
		Display display = getShell().getDisplay();
		Job job = new Job(Messages.Import_reading) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				List<Dsn> dsns = new ArrayList<>();
				String error = null;
				try {
					Path p = Path.of(path);
					if (Files.isDirectory(p)) {
						error = Messages.bind(Messages.Import_isFolder, path);
					} else {
						OdbcIniDocument doc = OdbcIniDocument.parse(p);
						Optional<IniProblem> bad = doc.problems().stream().filter(IniProblem::isError).findFirst();
						if (bad.isPresent()) {
							error = Messages.bind(Messages.Import_badFile, new Object[] { path, bad.get().line(),
									bad.get().message() });
						} else {
							for (String n : doc.dsnNames()) {
								doc.dsn(n).ifPresent(dsns::add);
							}
						}
					}
				} catch (NoSuchFileException e) {
					error = Messages.bind(Messages.Import_noFile, path);
				} catch (IOException | RuntimeException e) {
					error = Messages.bind(Messages.Import_cannotRead, path, e.getMessage());
				}
				String why = error;
				if (!monitor.isCanceled() && !display.isDisposed()) {
					display.asyncExec(() -> fileRead(path, dsns, why));
				}
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == JOB_FAMILY;
			}
		};
		job.setSystem(true);
		reading = job;
		job.schedule(150);
	}

	private void fileRead(String path, List<Dsn> dsns, String error) {
		if (getShell() == null || getShell().isDisposed() || !fromFile || !file.getText().strip().equals(path)) {
			return;
		}
		List<ImportCandidate> next = new ArrayList<>();
		for (Dsn d : dsns) {
			next.add(new ImportCandidate(d, UNNAMED, existing));
		}
		List<String> found = new ArrayList<>();
		if (error == null && dsns.isEmpty()) {
			error = Messages.bind(Messages.Import_noDsns, path);
		}
		setCandidates(next, found, error);
	}

	/** Shows new candidates, carrying over the choices made for candidates of the same original name. */
	private void setCandidates(List<ImportCandidate> next, List<String> found, String error) {
		for (ImportCandidate n : next) {
			for (ImportCandidate old : candidates) {
				if (old.originalName().equals(n.originalName())) {
					n.setChecked(old.checked());
					n.setResolution(old.resolution());
					n.setName(old.name());
				}
			}
		}
		ImportCandidate sel = selected();
		candidates.clear();
		candidates.addAll(next);
		sourceNotes = List.copyOf(found);
		sourceError = error;
		table.refresh();
		ImportCandidate again = sel == null ? null
				: candidates.stream().filter(c -> c.originalName().equals(sel.originalName())).findFirst().orElse(null);
		if (again == null && !candidates.isEmpty()) {
			again = candidates.get(0);
		}
		table.setSelection(again == null ? StructuredSelection.EMPTY : new StructuredSelection(again), true);
		showSelected();
		changed();
	}

	private ImportCandidate selected() {
		return table == null ? null : (ImportCandidate) table.getStructuredSelection().getFirstElement();
	}

	private void resolve(Resolution r, Button radio) {
		ImportCandidate c = selected();
		if (updating || c == null || !radio.getSelection()) {
			return;
		}
		c.setResolution(r);
		showSelected();
		changed();
	}

	/** The detail row and the preview follow the selected candidate. */
	private void showSelected() {
		ImportCandidate c = selected();
		updating = true;
		try {
			boolean any = c != null;
			name.setEnabled(any && c.action() == Action.CREATE);
			name.setText(!any ? "" : c.action() == Action.REPLACE ? c.originalName() : c.name());
			boolean conflict = any && c.conflict();
			((GridData) conflictRow.getLayoutData()).exclude = !conflict;
			conflictRow.setVisible(conflict);
			if (conflict) {
				conflictLabel.setText(Messages.bind(Messages.Import_exists, c.originalName()));
				rename.setSelection(c.resolution() == Resolution.RENAME);
				replace.setSelection(c.resolution() == Resolution.REPLACE);
				skip.setSelection(c.resolution() == Resolution.SKIP);
			}
			page.reflow();
		} finally {
			updating = false;
		}
		updatePreview(c);
	}

	private void updatePreview(ImportCandidate c) {
		List<String> lines = new ArrayList<>(sourceNotes);
		if (c == null) {
			preview.setText("");
		} else {
			Dsn dsn = c.dsn();
			try {
				preview.setText(exporter.export(List.of(dsn), ExportFormat.INI, SecretPolicy.OMIT).text());
			} catch (IllegalArgumentException e) {
				preview.setText(Messages.bind(Messages.Import_cannotWrite, e.getMessage()));
			}
			lines.addAll(c.notes());
			if (!c.secrets().isEmpty()) {
				lines.add(Messages.bind(Messages.Import_secretsNote, String.join(", ", c.secrets())));
			}
			if (c.driverAdded()) {
				lines.add(Messages.bind(Messages.Import_driverNote, OdbcIniDocument.DEFAULT_DRIVER_DESCRIPTION));
			}
			List<Problem> problems = new DsnValidator().validate(dsn);
			problems.stream().limit(3).forEach(p -> lines.add((p.isError() ? Messages.Import_error : Messages.Import_warning)
					+ p.message()));
			if (problems.size() > 3) {
				lines.add(Messages.bind(Messages.Import_moreProblems, problems.size() - 3));
			}
		}
		notes.setText(String.join("\n", lines));
		page.reflow();
	}

	/** Rows, message area and the Import button follow every change. */
	private void changed() {
		if (table == null || table.getTable().isDisposed()) {
			return;
		}
		table.refresh(true);
		Button ok = getButton(IDialogConstants.OK_ID);
		String error = sourceError;
		if (error == null) {
			for (ImportCandidate c : candidates) {
				List<String> others = new ArrayList<>();
				for (ImportCandidate o : candidates) {
					if (o != c && o.action() == Action.CREATE) {
						others.add(o.targetName());
					}
				}
				Optional<String> p = c.problem(existing, others);
				if (p.isPresent()) {
					error = p.get();
					break;
				}
			}
		}
		long count = candidates.stream().filter(c -> c.action() != Action.NOT_IMPORTED).count();
		shownError = error;
		setErrorMessage(error);
		if (error == null) {
			setMessage(candidates.isEmpty() ? Messages.bind(Messages.Import_message, store.location())
					: Messages.bind(count == 1 ? Messages.Import_readyOne : Messages.Import_ready, count, store.location()),
					candidates.isEmpty() ? IMessageProvider.NONE : IMessageProvider.INFORMATION);
		}
		if (ok != null) {
			ok.setEnabled(error == null && count > 0);
		}
		ImportCandidate c = selected();
		if (c != null) {
			updatePreview(c);
		}
	}

	/** Saves the chosen DSNs through the store, off the UI thread; on failure says which were saved. */
	@Override
	protected void okPressed() {
		List<ImportCandidate> chosen = candidates.stream().filter(c -> c.action() != Action.NOT_IMPORTED).toList();
		List<String> done = new ArrayList<>();
		try {
			PlatformUI.getWorkbench().getProgressService().busyCursorWhile(monitor -> {
				monitor.beginTask(Messages.Import_saving, chosen.size());
				try {
					for (ImportCandidate c : chosen) {
						store.save(c.action() == Action.REPLACE ? c.originalName() : null, c.dsn());
						done.add(c.targetName());
						monitor.worked(1);
					}
				} catch (Exception e) {
					throw new InvocationTargetException(e);
				} finally {
					monitor.done();
				}
			});
		} catch (InvocationTargetException e) {
			shownError = Messages.bind(Messages.Import_failed, done.isEmpty() ? Messages.Import_none
					: String.join(", ", done), e.getCause().getMessage());
			setErrorMessage(shownError);
			if (!done.isEmpty()) {
				// what was saved is done: only the rest can be imported again
				candidates.removeIf(c -> done.contains(c.targetName()));
				table.refresh();
				getButton(IDialogConstants.OK_ID).setEnabled(!candidates.isEmpty());
				if (afterImport != null) {
					afterImport.accept(List.copyOf(done));
				}
			}
			return;
		} catch (InterruptedException e) {
			return;
		}
		imported = List.copyOf(done);
		super.okPressed();
		if (afterImport != null) {
			afterImport.accept(imported);
		}
	}

	@Override
	public boolean close() {
		if (reading != null) {
			reading.cancel();
		}
		return super.close();
	}

	/** The error the message area shows, or {@code null}. */
	public String errorMessage() {
		return shownError;
	}

	/** What the candidates are now (for page objects). */
	public List<ImportCandidate> candidates() {
		return List.copyOf(candidates);
	}
}
