package io.restdsn.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import io.restdsn.core.dsn.Dsn;
import io.restdsn.core.export.DsnExporter;
import io.restdsn.core.export.Export;
import io.restdsn.core.export.ExportFormat;
import io.restdsn.core.export.SecretPolicy;

/**
 * The draft as others will read it, live: a connection string (ODBC, JDBC or CData form) and the odbc.ini text, both
 * written by the same {@link DsnExporter} the export uses. The string shows every secret as its placeholder
 * ({@code <ClientSecret>}); the odbc.ini text is exactly what saving writes, so it has no secret lines at all (a
 * note names the secrets kept in secure storage instead). Neither the screen nor the clipboard ever holds a secret
 * from here.
 *
 * <pre>
 * Connection string  [ODBC connection string   v]        [Copy]
 * +------------------------------------------------------------+
 * | DRIVER={…};AuthenticationMethod=53;ClientID=…;…   (wraps)   |
 * +------------------------------------------------------------+
 * odbc.ini                                               [Copy]
 * +------------------------------------------------------------+
 * | [My Data Source]                                           |
 * | AuthenticationMethod=53                                    |
 * +------------------------------------------------------------+
 * Secrets are shown as &lt;OptionName&gt; … ; notes of the export (dim)
 * </pre>
 */
public final class PreviewSection {

	private static final List<ExportFormat> STRING_FORMATS = List.of(ExportFormat.ODBC_STRING, ExportFormat.JDBC_URL,
			ExportFormat.CDATA);

	private final DsnDraft draft;
	private final DsnExporter exporter = DsnExporter.standard();
	private final io.restdsn.core.options.OptionCatalog catalog = io.restdsn.core.options.OptionCatalog.standard();
	private final Composite body;
	private final ComboViewer format;
	private final Text string;
	private final Text ini;
	private final Label notes;

	public PreviewSection(Composite parent, DsnDraft draft) {
		this.draft = draft;
		body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).spacing(8, 6).applyTo(body);

		Label l = new Label(body, SWT.NONE);
		l.setText(Messages.Preview_string);
		format = new ComboViewer(body, SWT.READ_ONLY | SWT.DROP_DOWN);
		format.getCombo().setData("id", "preview.format");
		format.setContentProvider(ArrayContentProvider.getInstance());
		format.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object e) {
				return switch ((ExportFormat) e) {
					case ODBC_STRING -> Messages.Preview_odbc;
					case JDBC_URL -> Messages.Preview_jdbc;
					case CDATA -> Messages.Preview_cdata;
					default -> ((ExportFormat) e).cliName();
				};
			}
		});
		format.setInput(STRING_FORMATS);
		format.setSelection(new StructuredSelection(ExportFormat.ODBC_STRING));
		format.getCombo().setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, true, false));
		Button copyString = copyButton("preview.copyString");

		string = text(SWT.WRAP | SWT.V_SCROLL, 96, "preview.string");
		copyString.addListener(SWT.Selection, e -> copy(string.getText()));

		Label iniLabel = new Label(body, SWT.NONE);
		iniLabel.setText(Messages.Preview_ini);
		iniLabel.setLayoutData(GridDataFactory.fillDefaults().span(2, 1).indent(0, 8).create());
		Button copyIni = copyButton("preview.copyIni");
		((GridData) copyIni.getLayoutData()).verticalIndent = 8;
		ini = text(SWT.V_SCROLL | SWT.H_SCROLL, 160, "preview.ini");
		copyIni.addListener(SWT.Selection, e -> copy(ini.getText()));

		notes = new Label(body, SWT.WRAP);
		notes.setData("id", "preview.notes");
		notes.setForeground(Form.DIM);
		notes.setLayoutData(GridDataFactory.fillDefaults().grab(true, false).span(3, 1).hint(300, SWT.DEFAULT).create());

		format.addSelectionChangedListener(e -> update());
		draft.dsn().addValueChangeListener(e -> update());
		update();
	}

	private Button copyButton(String id) {
		Button b = new Button(body, SWT.PUSH);
		b.setText(Messages.Preview_copy);
		b.setData("id", id);
		b.setLayoutData(new GridData(SWT.RIGHT, SWT.CENTER, false, false));
		return b;
	}

	private Text text(int style, int heightHint, String id) {
		Text t = new Text(body, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | style);
		t.setFont(JFaceResources.getTextFont());
		t.setData("id", id);
		t.setLayoutData(GridDataFactory.fillDefaults().grab(true, false).span(3, 1).hint(300, heightHint).create());
		return t;
	}

	public Composite control() {
		return body;
	}

	private void update() {
		if (body.isDisposed()) {
			return;
		}
		Dsn dsn = draft.current();
		List<String> seen = new ArrayList<>();
		ExportFormat f = (ExportFormat) format.getStructuredSelection().getFirstElement();
		string.setText(render(dsn, f, SecretPolicy.PLACEHOLDER, seen));
		ini.setText(render(dsn, ExportFormat.INI, SecretPolicy.OMIT, seen));
		List<String> lines = new ArrayList<>();
		lines.add(Messages.Preview_secretsNote);
		List<String> kept = dsn.options().stream().filter(o -> catalog.isSecret(o.key())).map(o -> o.key()).toList();
		if (!kept.isEmpty()) {
			lines.add(Messages.bind(Messages.Preview_keptOut, String.join(", ", kept)));
		}
		seen.stream().distinct().forEach(lines::add);
		notes.setText(String.join("\n", lines));
		body.layout(true, true);
	}

	/** The export's text, or why this DSN cannot be written in that form yet. */
	private String render(Dsn dsn, ExportFormat f, SecretPolicy secrets, List<String> notesOut) {
		try {
			Export e = exporter.export(List.of(dsn), f, secrets);
			e.notes().stream().filter(n -> !n.contains("secret option")).forEach(notesOut::add);
			return e.text();
		} catch (IllegalArgumentException e) {
			return Messages.bind(Messages.Preview_cannot, e.getMessage());
		}
	}

	private void copy(String text) {
		Clipboard cb = new Clipboard(Display.getCurrent());
		try {
			cb.setContents(new Object[] { text }, new Transfer[] { TextTransfer.getInstance() });
		} finally {
			cb.dispose();
		}
	}
}
