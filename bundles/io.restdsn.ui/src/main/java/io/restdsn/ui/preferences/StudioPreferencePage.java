package io.restdsn.ui.preferences;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

import io.restdsn.core.ini.OdbcIniLocator;
import io.restdsn.ui.UiPlugin;

/**
 * Window &gt; Preferences &gt; RestDSN Studio: which odbc.ini holds the user's DSNs ({@link UiPlugin#PREF_ODBCINI};
 * empty means unixODBC's own choice, {@code $ODBCINI} else {@code ~/.odbc.ini}), the file that choice resolves to,
 * and the system odbc.ini for reference. The Data Sources view follows the preference as soon as it is applied.
 *
 * <pre>
 * User data sources
 *   odbc.ini: [~/dsn/odbc.ini                         ] [Browse...]
 *             Empty: $ODBCINI when set, else ~/.odbc.ini.            (dim)
 *   In use:   ~/dsn/odbc.ini 
 * System data sources
 *   odbc.ini: /etc/odbc.ini (does not exist)
 *             Read by unixODBC for every user; the studio lists and edits the user file.
 * Query windows
 *   Rows fetched at most: [ 2000000]
 *             A query stops fetching there and says so; ...            (dim)
 * </pre>
 */
public final class StudioPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

	public static final String ID = "io.restdsn.ui.preferences";

	private Composite body;
	private Text path;
	private Label effective;
	private Text maxRows;
	static final int MAX_ROWS_CEILING = 100_000_000;

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(UiPlugin.getDefault().getPreferenceStore());
		setDescription(Messages.Prefs_description);
	}

	@Override
	protected Control createContents(Composite parent) {
		body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(0, 10).applyTo(body);

		Group user = group(body, Messages.Prefs_user);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(user);
		new Label(user, SWT.NONE).setText(Messages.Prefs_file);
		path = new Text(user, SWT.BORDER | SWT.SINGLE);
		path.setData("id", "prefs.odbcini");
		path.setMessage(Messages.Prefs_defaultHint);
		path.setLayoutData(GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).hint(300, SWT.DEFAULT)
				.create());
		path.setText(getPreferenceStore().getString(UiPlugin.PREF_ODBCINI));
		path.addListener(SWT.Modify, e -> validate());
		Button browse = new Button(user, SWT.PUSH);
		browse.setText(Messages.Prefs_browse);
		browse.setData("id", "prefs.browse");
		browse.addListener(SWT.Selection, e -> browse());
		new Label(user, SWT.NONE);
		Label hint = new Label(user, SWT.WRAP);
		hint.setText(Messages.Prefs_empty);
		hint.setForeground(io.restdsn.ui.editor.Form.DIM);
		hint.setLayoutData(GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(300, SWT.DEFAULT).create());
		Label inUse = new Label(user, SWT.NONE);
		inUse.setText(Messages.Prefs_inUse);
		inUse.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
		effective = new Label(user, SWT.WRAP);
		effective.setData("id", "prefs.effective");
		effective.setLayoutData(GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(300, SWT.DEFAULT).create());

		Group system = group(body, Messages.Prefs_system);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(system);
		new Label(system, SWT.NONE).setText(Messages.Prefs_file);
		Label sys = new Label(system, SWT.WRAP);
		sys.setData("id", "prefs.system");
		Path systemFile = UiPlugin.getDefault().systemOdbcIni();
		sys.setText(systemFile + (Files.exists(systemFile) ? "" : "  " + Messages.Prefs_missing)
				+ (env("ODBCSYSINI").isPresent() ? "  " + Messages.Prefs_fromOdbcsysini : ""));
		sys.setLayoutData(GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).create());
		new Label(system, SWT.NONE);
		Label sysNote = new Label(system, SWT.WRAP);
		sysNote.setText(Messages.Prefs_systemNote);
		sysNote.setForeground(hint.getForeground());
		sysNote.setLayoutData(GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).create());

		Group query = group(body, Messages.Prefs_query);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(query);
		new Label(query, SWT.NONE).setText(Messages.Prefs_maxRows);
		maxRows = new Text(query, SWT.BORDER | SWT.SINGLE | SWT.RIGHT);
		maxRows.setData("id", "prefs.maxRows");
		maxRows.setLayoutData(GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.CENTER).hint(110, SWT.DEFAULT)
				.create());
		maxRows.setText(grouped(getPreferenceStore().getInt(UiPlugin.PREF_MAX_ROWS)));
		maxRows.addListener(SWT.Modify, e -> validate());
		new Label(query, SWT.NONE);
		Label rowsNote = new Label(query, SWT.WRAP);
		rowsNote.setText(Messages.Prefs_maxRowsNote);
		rowsNote.setForeground(hint.getForeground());
		rowsNote.setLayoutData(GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).create());

		validate();
		return body;
	}

	private static Group group(Composite parent, String text) {
		Group g = new Group(parent, SWT.NONE);
		g.setText(text);
		g.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		return g;
	}

	private static Optional<String> env(String name) {
		String v = System.getenv(name);
		return v == null || v.isBlank() ? Optional.empty() : Optional.of(v);
	}

	private void browse() {
		FileDialog d = new FileDialog(getShell(), SWT.SAVE);
		d.setText(Messages.Prefs_browseTitle);
		d.setOverwrite(false);
		Path current = resolved(path.getText().strip());
		if (current != null && current.getParent() != null) {
			d.setFilterPath(current.getParent().toString());
			d.setFileName(current.getFileName().toString());
		}
		String chosen = d.open();
		if (chosen != null) {
			path.setText(chosen);
		}
	}

	/** The file the setting resolves to, or {@code null} when the text is no path. */
	private static Path resolved(String text) {
		try {
			return OdbcIniLocator.fromSystem().userFile(text.isEmpty() ? Optional.empty() : Optional.of(Path.of(text)));
		} catch (InvalidPathException e) {
			return null;
		}
	}

	private void validate() {
		String text = path.getText().strip();
		String error = null;
		Path file = resolved(text);
		if (file == null) {
			error = Messages.bind(Messages.Prefs_invalid, text);
		} else if (!text.isEmpty() && !file.isAbsolute()) {
			error = Messages.Prefs_relative;
		} else if (Files.isDirectory(file)) {
			error = Messages.bind(Messages.Prefs_folder, file);
		} else if (file.getParent() != null && !Files.isDirectory(file.getParent())) {
			error = Messages.bind(Messages.Prefs_noFolder, file.getParent());
		}
		if (file != null) {
			String source = !text.isEmpty() ? "" : env("ODBCINI").isPresent() ? "  " + Messages.Prefs_fromOdbcini
					: "  " + Messages.Prefs_fromHome;
			boolean missing = error == null && !Files.exists(file);
			effective.setText(file + source + (missing ? "\n" + Messages.Prefs_created : ""));
		} else {
			effective.setText("");
		}
		if (error == null && maxRows != null && parseMaxRows(maxRows.getText()) < 0) {
			error = Messages.bind(Messages.Prefs_maxRowsInvalid, maxRows.getText().strip());
		}
		setErrorMessage(error);
		setValid(error == null);
		// the label may take another line: the group grows with it
		body.layout(true, true);
	}

	private static String grouped(int n) {
		return String.format(java.util.Locale.ROOT, "%,d", n);
	}

	/** The number typed (digits, optionally grouped with , or _ or spaces), or -1 when it is none in range. */
	static int parseMaxRows(String text) {
		String digits = text.strip().replaceAll("[,_\\s]", "");
		if (!digits.matches("\\d{1,9}")) {
			return -1;
		}
		int n = Integer.parseInt(digits);
		return n >= 1 && n <= MAX_ROWS_CEILING ? n : -1;
	}

	@Override
	protected void performDefaults() {
		path.setText("");
		maxRows.setText(grouped(getPreferenceStore().getDefaultInt(UiPlugin.PREF_MAX_ROWS)));
		super.performDefaults();
	}

	@Override
	public boolean performOk() {
		getPreferenceStore().setValue(UiPlugin.PREF_ODBCINI, path.getText().strip());
		getPreferenceStore().setValue(UiPlugin.PREF_MAX_ROWS, parseMaxRows(maxRows.getText()));
		return true;
	}
}
