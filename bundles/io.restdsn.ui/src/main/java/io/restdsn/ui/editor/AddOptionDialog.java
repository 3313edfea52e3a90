package io.restdsn.ui.editor;

import java.util.Optional;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import io.restdsn.core.dsn.Dsn;
import io.restdsn.core.ini.IniValueRules;
import io.restdsn.core.options.OptionCatalog;
import io.restdsn.core.options.OptionDef;

/**
 * Asks for an option to add in the Advanced grid: a catalog option not set yet (offered in the list) or any other
 * name a driver understands.
 *
 * <pre>
 * Option  [X-Custom-Option          v]
 * Value   [_________________________]
 *         why the name cannot be used (only when it cannot)
 * </pre>
 */
final class AddOptionDialog extends Dialog {

	private final Dsn dsn;
	private Combo name;
	private Text value;
	private Label problem;
	private String key = "";
	private String text = "";

	AddOptionDialog(Shell parent, Dsn dsn) {
		super(parent);
		this.dsn = dsn;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Add_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		((GridLayout) area.getLayout()).numColumns = 2;
		new Label(area, SWT.NONE).setText(Messages.Add_name);
		name = new Combo(area, SWT.DROP_DOWN);
		name.setData("id", "add.name");
		name.setLayoutData(GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).create());
		name.setVisibleItemCount(16);
		for (OptionDef d : OptionCatalog.standard().all()) {
			if (!dsn.has(d.name())) {
				name.add(d.name());
			}
		}
		new Label(area, SWT.NONE).setText(Messages.Add_value);
		value = new Text(area, SWT.BORDER | SWT.SINGLE);
		value.setData("id", "add.value");
		value.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		new Label(area, SWT.NONE);
		problem = new Label(area, SWT.WRAP);
		problem.setData("id", "add.problem");
		problem.setLayoutData(GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).create());
		name.addListener(SWT.Modify, e -> validate());
		value.addListener(SWT.Modify, e -> validate());
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		getButton(IDialogConstants.OK_ID).setData("id", "add.ok");
		validate();
	}

	private void validate() {
		key = name.getText().trim();
		text = value.getText();
		OptionCatalog catalog = OptionCatalog.standard();
		key = catalog.canonicalName(key);
		Optional<String> why = key.isEmpty() ? Optional.of(Messages.Add_enterName)
				: dsn.has(key) ? Optional.of(Messages.bind(Messages.Add_exists, key))
						: catalog.isSecret(key) ? Optional.empty() : IniValueRules.entryProblem(key, text);
		problem.setText(why.orElse(""));
		problem.getParent().layout(true);
		if (getButton(IDialogConstants.OK_ID) != null) {
			getButton(IDialogConstants.OK_ID).setEnabled(why.isEmpty());
		}
	}

	String key() {
		return key;
	}

	String value() {
		return text;
	}
}
