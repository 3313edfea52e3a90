package io.restdsn.ui.dialogs;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import io.restdsn.ui.UiPlugin;

/** Product name, version, and where the product keeps its data (useful when reporting a problem). */
public class AboutDialog extends Dialog {

	private Font titleFont;

	public AboutDialog(Shell parent) {
		super(parent);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("About RestDSN Studio");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayout layout = (GridLayout) area.getLayout();
		layout.marginWidth = 20;
		layout.marginHeight = 16;
		layout.verticalSpacing = 8;

		Label title = new Label(area, SWT.NONE);
		title.setText("RestDSN Studio");
		FontData[] fd = title.getFont().getFontData();
		for (FontData d : fd) {
			d.setHeight(d.getHeight() + 6);
			d.setStyle(SWT.BOLD);
		}
		titleFont = new Font(title.getDisplay(), fd);
		title.setFont(titleFont);
		title.setData("id", "about.title");

		Label version = new Label(area, SWT.NONE);
		version.setText("Version " + UiPlugin.getDefault().getBundle().getVersion());
		version.setData("id", "about.version");

		Label text = new Label(area, SWT.WRAP);
		text.setText("Set up, test and query REST-API data sources of the Autonomous REST connector kind:\n"
				+ "DSNs with every connection option, OAuth 2.0 client credentials, secrets in Eclipse secure storage.");
		GridData gd = new GridData(SWT.FILL, SWT.TOP, true, false);
		gd.widthHint = 460;
		text.setLayoutData(gd);

		Label details = new Label(area, SWT.WRAP);
		details.setText("odbc.ini: " + UiPlugin.getDefault().userOdbcIni() + "\nJava: " + System.getProperty("java.version")
				+ " (" + System.getProperty("java.vendor") + ")");
		details.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		details.setData("id", "about.details");
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
	}

	@Override
	public boolean close() {
		if (titleFont != null) {
			titleFont.dispose();
		}
		return super.close();
	}
}
