package io.restdsn.ui.importexport;

import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;

import io.restdsn.ui.dialogs.StudioDialog;
import io.restdsn.core.dsn.Dsn;
import io.restdsn.core.dsn.DsnSummary;
import io.restdsn.core.export.DsnExporter;
import io.restdsn.core.export.Export;
import io.restdsn.core.export.ExportFormat;
import io.restdsn.core.export.SecretPolicy;
import io.restdsn.core.io.AtomicFiles;
import io.restdsn.core.options.OptionCatalog;
import io.restdsn.ui.editor.ScrolledPage;

/**
 * File &gt; Export (and Export on the selected DSNs): the chosen DSNs as odbc.ini text, ODBC connection strings, JDBC
 * URLs or CData strings, written by the same {@link DsnExporter} as {@code restdsn export}; secrets left out
 * (default), written as {@code <ClientSecret>} placeholders, or included, which takes a confirmation that names
 * them; to the clipboard or to a file (written atomically with {@link AtomicFiles}, off the UI thread). The preview
 * never shows a secret: with "include" it shows the placeholders where the values will go.
 *
 * <pre>
 * +--------------------------------------------------------------------+
 * | Export Data Sources                                                |
 * | 2 data sources as odbc.ini text, secrets left out.                 |
 * +--------------------------------------------------------------------+
 * | [x] Name       | Authentication                                    |
 * | [x] Orders     | OAuth 2.0 client credentials (53)                 |
 * | [ ] Tickets    | None (0)                                          |
 * | Format  (o) odbc.ini  ( ) ODBC string  ( ) JDBC URL  ( ) CData      |
 * | Secrets (o) leave out ( ) placeholders ( ) include (asks first)    |
 * | Preview                                                            |
 * | [ODBC Data Sources] …                                              |
 * | notes                                                              |
 * | To (o) clipboard ( ) file [~/dsns.ini                  ] [Browse…] |
 * +--------------------------------------------------------------------+
 * |                                              [Export] [Cancel]     |
 * +--------------------------------------------------------------------+
 * </pre>
 */
public final class ExportDialog extends StudioDialog {

	private final List<Dsn> dsns;
	private final Set<String> preselected = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
	private final DsnExporter exporter = DsnExporter.standard();
	private final OptionCatalog catalog = OptionCatalog.standard();
	private final Map<ExportFormat, Button> formats = new LinkedHashMap<>();
	private final Map<SecretPolicy, Button> policies = new LinkedHashMap<>();
	private CheckboxTableViewer table;
	private ScrolledPage page;
	private Text preview;
	private Label notes;
	private Button toClipboard;
	private Button toFile;
	private Text file;
	private Button browse;
	private String shownError;
	private String done = "";
	private final java.util.function.Consumer<String> afterExport;

	/**
	 * @param dsns        every DSN that can be exported, secrets included (loaded by the caller off the UI thread)
	 * @param preselected names checked at first (the view's selection); all when empty
	 */
	public ExportDialog(Shell parent, List<Dsn> dsns, Collection<String> preselected) {
		this(parent, dsns, preselected, null);
	}

	/** @param afterExport told on the UI thread what was exported where (for a status line) */
	public ExportDialog(Shell parent, List<Dsn> dsns, Collection<String> preselected,
			java.util.function.Consumer<String> afterExport) {
		super(parent, Messages.Export_shellTitle, "export.shell", 780, 680);
		this.afterExport = afterExport;
		this.dsns = List.copyOf(dsns);
		this.preselected.addAll(preselected);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(Messages.Export_title);
		// on a small screen the form scrolls rather than squeezing its lists to nothing
		Composite[] made = new Composite[1];
		page = new ScrolledPage(area, (c, reflow) -> made[0] = new Composite(c, SWT.NONE));
		page.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		Composite body = made[0];
		GridLayoutFactory.swtDefaults().margins(10, 8).spacing(8, 6).applyTo(body);

		Label l = new Label(body, SWT.NONE);
		l.setText(Messages.Export_which);
		Composite holder = new Composite(body, SWT.NONE);
		holder.setLayoutData(GridDataFactory.fillDefaults().grab(true, true).hint(500, 100).create());
		TableColumnLayout columns = new TableColumnLayout();
		holder.setLayout(columns);
		table = CheckboxTableViewer.newCheckList(holder, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		table.getTable().setData("id", "export.table");
		table.setContentProvider(ArrayContentProvider.getInstance());
		column(columns, Messages.Export_colName, 35, Dsn::name);
		column(columns, Messages.Export_colAuth, 45, d -> DsnSummary.of(d).authentication());
		column(columns, Messages.Export_colSecrets, 20, d -> String.join(", ", secretsOf(d)));
		table.setInput(dsns);
		for (Dsn d : dsns) {
			table.setChecked(d, preselected.isEmpty() || preselected.contains(d.name()));
		}
		table.addCheckStateListener(e -> update());

		Composite choices = new Composite(body, SWT.NONE);
		choices.setLayoutData(GridDataFactory.fillDefaults().grab(true, false).create());
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(10, 4).applyTo(choices);
		Composite fmt = row(choices, Messages.Export_format);
		formats.put(ExportFormat.INI, radio(fmt, Messages.Export_ini, "export.format.ini"));
		formats.put(ExportFormat.ODBC_STRING, radio(fmt, Messages.Export_string, "export.format.string"));
		formats.put(ExportFormat.JDBC_URL, radio(fmt, Messages.Export_jdbc, "export.format.jdbc"));
		formats.put(ExportFormat.CDATA, radio(fmt, Messages.Export_cdata, "export.format.cdata"));
		formats.get(ExportFormat.INI).setSelection(true);
		Composite sec = row(choices, Messages.Export_secrets);
		policies.put(SecretPolicy.OMIT, radio(sec, Messages.Export_omit, "export.secrets.omit"));
		policies.put(SecretPolicy.PLACEHOLDER, radio(sec, Messages.Export_placeholder, "export.secrets.placeholder"));
		policies.put(SecretPolicy.INCLUDE, radio(sec, Messages.Export_include, "export.secrets.include"));
		policies.get(SecretPolicy.OMIT).setSelection(true);
		formats.values().forEach(b -> b.addListener(SWT.Selection, e -> update()));
		policies.values().forEach(b -> b.addListener(SWT.Selection, e -> update()));

		Label pl = new Label(body, SWT.NONE);
		pl.setText(Messages.Export_preview);
		pl.setLayoutData(GridDataFactory.fillDefaults().indent(0, 4).create());
		preview = new Text(body, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL);
		preview.setData("id", "export.preview");
		GridData pd = GridDataFactory.fillDefaults().grab(true, true).hint(400, SWT.DEFAULT).create();
		preview.setFont(JFaceResources.getTextFont());
		pd.heightHint = preview.getLineHeight() * 9 + 8;
		preview.setLayoutData(pd);
		notes = new Label(body, SWT.WRAP);
		notes.setData("id", "export.notes");
		notes.setLayoutData(GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).create());

		Group to = new Group(body, SWT.NONE);
		to.setText(Messages.Export_to);
		to.setLayoutData(GridDataFactory.fillDefaults().grab(true, false).create());
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(to);
		toClipboard = radio(to, Messages.Export_clipboard, "export.toClipboard");
		toClipboard.setLayoutData(GridDataFactory.fillDefaults().span(3, 1).create());
		toFile = radio(to, Messages.Export_file, "export.toFile");
		file = new Text(to, SWT.BORDER | SWT.SINGLE);
		file.setData("id", "export.file");
		file.setLayoutData(GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).create());
		browse = new Button(to, SWT.PUSH);
		browse.setText(Messages.Export_browse);
		browse.setData("id", "export.browse");
		toClipboard.setSelection(true);
		toClipboard.addListener(SWT.Selection, e -> update());
		toFile.addListener(SWT.Selection, e -> update());
		file.addListener(SWT.Modify, e -> {
			if (!file.getText().isBlank() && !toFile.getSelection()) {
				toFile.setSelection(true);
				toClipboard.setSelection(false);
			}
			update();
		});
		browse.addListener(SWT.Selection, e -> browse());

		Dialog.applyDialogFont(area);
		page.reflow();
		preview.setFont(JFaceResources.getTextFont());
		return area;
	}

	private static Composite row(Composite parent, String label) {
		Label l = new Label(parent, SWT.NONE);
		l.setText(label);
		Composite c = new Composite(parent, SWT.NONE);
		c.setLayoutData(GridDataFactory.fillDefaults().grab(true, false).create());
		c.setLayout(new org.eclipse.swt.layout.RowLayout(SWT.HORIZONTAL));
		((org.eclipse.swt.layout.RowLayout) c.getLayout()).spacing = 14;
		((org.eclipse.swt.layout.RowLayout) c.getLayout()).marginLeft = 0;
		((org.eclipse.swt.layout.RowLayout) c.getLayout()).marginTop = 0;
		((org.eclipse.swt.layout.RowLayout) c.getLayout()).marginBottom = 0;
		return c;
	}

	private static Button radio(Composite parent, String text, String id) {
		Button b = new Button(parent, SWT.RADIO);
		b.setText(text);
		b.setData("id", id);
		return b;
	}

	private void column(TableColumnLayout columns, String title, int weight, java.util.function.Function<Dsn, String> text) {
		TableViewerColumn c = new TableViewerColumn(table, SWT.LEFT);
		c.getColumn().setText(title);
		columns.setColumnData(c.getColumn(), new ColumnWeightData(weight, 60, true));
		c.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object e) {
				return text.apply((Dsn) e);
			}
		});
	}

	private List<String> secretsOf(Dsn d) {
		return d.options().stream().filter(o -> catalog.isSecret(o.key()) && !o.value().isEmpty())
				.map(o -> catalog.canonicalName(o.key())).toList();
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		Button ok = createButton(parent, IDialogConstants.OK_ID, Messages.Export_ok, true);
		ok.setData("id", "export.ok");
		Button cancel = createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
		cancel.setData("id", "export.cancel");
		update();
	}

	private void browse() {
		FileDialog d = new FileDialog(getShell(), SWT.SAVE);
		d.setText(Messages.Export_browseTitle);
		d.setOverwrite(true);
		d.setFileName(format() == ExportFormat.INI ? "odbc.ini" : "connection-strings.txt");
		String chosen = d.open();
		if (chosen != null) {
			file.setText(chosen);
			toFile.setSelection(true);
			toClipboard.setSelection(false);
			update();
		}
	}

	private ExportFormat format() {
		return formats.entrySet().stream().filter(e -> e.getValue().getSelection()).map(Map.Entry::getKey).findFirst()
				.orElse(ExportFormat.INI);
	}

	private SecretPolicy policy() {
		return policies.entrySet().stream().filter(e -> e.getValue().getSelection()).map(Map.Entry::getKey).findFirst()
				.orElse(SecretPolicy.OMIT);
	}

	private List<Dsn> chosen() {
		List<Dsn> out = new ArrayList<>();
		for (Dsn d : dsns) {
			if (table.getChecked(d)) {
				out.add(d);
			}
		}
		return out;
	}

	/** Preview, notes, message area and the Export button follow every choice. */
	private void update() {
		if (table == null || getButton(IDialogConstants.OK_ID) == null) {
			return;
		}
		List<Dsn> chosen = chosen();
		SecretPolicy policy = policy();
		String error = null;
		List<String> lines = new ArrayList<>();
		if (chosen.isEmpty()) {
			preview.setText("");
			error = Messages.Export_noneChosen;
		} else {
			try {
				// the screen never shows a secret: "include" previews the placeholders the values will replace
				Export e = exporter.export(chosen, format(), policy == SecretPolicy.INCLUDE ? SecretPolicy.PLACEHOLDER
						: policy);
				preview.setText(e.text());
				if (policy == SecretPolicy.INCLUDE) {
					List<String> names = secretNames(chosen);
					if (!names.isEmpty()) {
						lines.add(Messages.bind(Messages.Export_includeNote, String.join(", ", names)));
					}
					e.notes().stream().filter(n -> !n.contains("secret option")).forEach(lines::add);
				} else {
					lines.addAll(e.notes());
				}
			} catch (IllegalArgumentException e) {
				preview.setText("");
				error = Messages.bind(Messages.Export_cannot, e.getMessage());
			}
		}
		file.setEnabled(toFile.getSelection());
		browse.setEnabled(toFile.getSelection());
		if (error == null && toFile.getSelection()) {
			error = fileProblem(file.getText().strip());
		}
		notes.setText(String.join("\n", lines));
		page.reflow();
		shownError = error;
		setErrorMessage(error);
		if (error == null) {
			setMessage(Messages.bind(chosen.size() == 1 ? Messages.Export_readyOne : Messages.Export_ready, chosen.size(),
					policyText(policy)),
					policy == SecretPolicy.INCLUDE ? IMessageProvider.WARNING : IMessageProvider.NONE);
		}
		getButton(IDialogConstants.OK_ID).setEnabled(error == null);
	}

	private static String policyText(SecretPolicy p) {
		return switch (p) {
			case OMIT -> Messages.Export_policyOmit;
			case PLACEHOLDER -> Messages.Export_policyPlaceholder;
			case INCLUDE -> Messages.Export_policyInclude;
		};
	}

	/** "Orders: ClientSecret", one per DSN that has secrets. */
	private List<String> secretNames(List<Dsn> chosen) {
		List<String> out = new ArrayList<>();
		for (Dsn d : chosen) {
			List<String> s = secretsOf(d);
			if (!s.isEmpty()) {
				out.add(d.name() + ": " + String.join(", ", s));
			}
		}
		return out;
	}

	private static String fileProblem(String path) {
		if (path.isEmpty()) {
			return Messages.Export_fileMissing;
		}
		Path p;
		try {
			p = Path.of(path);
		} catch (RuntimeException e) {
			return Messages.bind(Messages.Export_fileBad, path);
		}
		if (!p.isAbsolute()) {
			return Messages.Export_fileRelative;
		}
		if (Files.isDirectory(p)) {
			return Messages.bind(Messages.Export_fileFolder, path);
		}
		if (p.getParent() == null || !Files.isDirectory(p.getParent())) {
			return Messages.bind(Messages.Export_noFolder, p.getParent());
		}
		return null;
	}

	@Override
	protected void okPressed() {
		List<Dsn> chosen = chosen();
		SecretPolicy policy = policy();
		if (policy == SecretPolicy.INCLUDE && !secretNames(chosen).isEmpty() && !confirmSecrets(chosen)) {
			return;
		}
		Export export;
		try {
			export = exporter.export(chosen, format(), policy);
		} catch (IllegalArgumentException e) {
			setErrorMessage(Messages.bind(Messages.Export_cannot, e.getMessage()));
			return;
		}
		String text = export.text();
		if (toClipboard.getSelection()) {
			Clipboard cb = new Clipboard(getShell().getDisplay());
			try {
				cb.setContents(new Object[] { text }, new Transfer[] { TextTransfer.getInstance() });
			} finally {
				cb.dispose();
			}
			done = Messages.bind(Messages.Export_doneClipboard, names(chosen));
		} else {
			Path target = Path.of(file.getText().strip());
			if (Files.exists(target) && !MessageDialog.openQuestion(getShell(), Messages.Export_replaceTitle,
					Messages.bind(Messages.Export_replaceQuestion, target))) {
				return;
			}
			byte[] bytes = (text.endsWith("\n") ? text : text + "\n").getBytes(StandardCharsets.UTF_8);
			try {
				PlatformUI.getWorkbench().getProgressService().busyCursorWhile(monitor -> {
					try {
						AtomicFiles.replace(target.toAbsolutePath(), bytes, null);
					} catch (Exception e) {
						throw new InvocationTargetException(e);
					}
				});
			} catch (InvocationTargetException e) {
				shownError = Messages.bind(Messages.Export_writeFailed, target, e.getCause().getMessage());
				setErrorMessage(shownError);
				return;
			} catch (InterruptedException e) {
				return;
			}
			done = Messages.bind(Messages.Export_doneFile, names(chosen), target);
		}
		super.okPressed();
		if (afterExport != null) {
			afterExport.accept(done);
		}
	}

	private static String names(List<Dsn> dsns) {
		return String.join(", ", dsns.stream().map(Dsn::name).toList());
	}

	/** Secrets in clear text only after the user read which ones, where they go, and said yes. */
	private boolean confirmSecrets(List<Dsn> chosen) {
		String where = toClipboard.getSelection() ? Messages.Export_whereClipboard
				: Messages.bind(Messages.Export_whereFile, file.getText().strip());
		MessageDialog d = new MessageDialog(getShell(), Messages.Export_confirmTitle, null,
				Messages.bind(Messages.Export_confirm, String.join("\n", secretNames(chosen)), where),
				MessageDialog.WARNING, 1, Messages.Export_confirmYes, IDialogConstants.CANCEL_LABEL);
		return d.open() == 0;
	}

	/** The error the message area shows, or {@code null}. */
	public String errorMessage() {
		return shownError;
	}

	/** What the export did, for the status line ("2 data sources copied …"); empty before. */
	public String done() {
		return done;
	}
}
