package io.restdsn.ui.results;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * One value in full: long text wrapped, JSON indented (switchable), NULL said in words. Read-only; Copy puts the
 * value (as shown) on the clipboard.
 *
 * <pre>
 * +------------------------------------------------+
 * | NAME · CHARACTER VARYING · row 12 · 1,234 chars |
 * | +--------------------------------------------+ |
 * | | {                                          | |
 * | |   "a": 1                                   | |
 * | +--------------------------------------------+ |
 * | [x] Format JSON  [x] Wrap lines                |
 * |                               [Copy] [Close]   |
 * +------------------------------------------------+
 * </pre>
 */
final class ValueViewerDialog extends Dialog {

	private static final int COPY_ID = IDialogConstants.CLIENT_ID + 1;

	private final ResultColumn column;
	private final int rowNumber;
	private final Object value;
	private Text text;
	private Button formatJson;
	private Button wrap;

	ValueViewerDialog(Shell parent, ResultColumn column, int rowNumber, Object value) {
		super(parent);
		this.column = column;
		this.rowNumber = rowNumber;
		this.value = value;
		setShellStyle(getShellStyle() | SWT.RESIZE | SWT.MAX);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Value of " + column.name());
		shell.setData("id", "query.valueViewer");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		area.setLayout(new GridLayout(2, false));
		String full = CellText.full(value);
		Label info = new Label(area, SWT.NONE);
		info.setText(column.name() + " · " + column.typeName() + " · row " + rowNumber
				+ (value == null ? " · NULL" : " · " + full.length() + " characters"));
		GridDataFactory.fillDefaults().span(2, 1).applyTo(info);

		text = new Text(area, SWT.MULTI | SWT.READ_ONLY | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL | SWT.WRAP);
		text.setData("id", "query.valueViewer.text");
		text.setFont(JFaceResources.getTextFont());
		GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(560, 300).applyTo(text);

		boolean json = value instanceof String s && CellText.looksLikeJson(s);
		formatJson = new Button(area, SWT.CHECK);
		formatJson.setText("&Format JSON");
		formatJson.setSelection(json);
		formatJson.setEnabled(json);
		formatJson.addListener(SWT.Selection, e -> show());
		wrap = new Button(area, SWT.CHECK);
		wrap.setText("&Wrap lines");
		wrap.setSelection(true);
		wrap.addListener(SWT.Selection, e -> {
			// SWT.WRAP cannot change on a live Text: recreate it
			Composite p = text.getParent();
			Object layoutData = text.getLayoutData();
			text.dispose();
			int style = SWT.MULTI | SWT.READ_ONLY | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL
					| (wrap.getSelection() ? SWT.WRAP : SWT.NONE);
			text = new Text(p, style);
			text.setData("id", "query.valueViewer.text");
			text.setFont(JFaceResources.getTextFont());
			text.setLayoutData(layoutData);
			text.moveAbove(formatJson);
			show();
			p.layout(true, true);
		});
		show();
		return area;
	}

	private void show() {
		if (value == null) {
			text.setText("NULL (no value)");
			return;
		}
		String full = CellText.full(value);
		text.setText(formatJson.getSelection() ? JsonText.pretty(full) : full);
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, COPY_ID, "&Copy", false);
		createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == COPY_ID) {
			Clipboard cb = new Clipboard(getShell().getDisplay());
			try {
				cb.setContents(new Object[] { value == null ? "" : text.getText() },
						new Transfer[] { TextTransfer.getInstance() });
			} finally {
				cb.dispose();
			}
		} else if (buttonId == IDialogConstants.CLOSE_ID) {
			close();
		} else {
			super.buttonPressed(buttonId);
		}
	}

	@Override
	protected Point getInitialSize() {
		Point p = super.getInitialSize();
		return new Point(Math.min(Math.max(p.x, 640), 1000), Math.min(Math.max(p.y, 420), 800));
	}

	@Override
	protected boolean isResizable() {
		return true;
	}
}
