package io.restdsn.ui.storage;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import io.restdsn.ui.dialogs.StudioDialog;

/**
 * Asks for the master password of the secure storage that keeps the data sources' secrets, in words about this
 * product (what is protected, when it is asked, what forgetting it means) rather than the platform's generic ones.
 * Three kinds: choose one (a new storage: typed twice), change it (typed twice), or enter it (once; again with a
 * message after a wrong one).
 *
 * <pre>
 * Master Password
 * | Choose a master password for your secrets                                       |
 * | RestDSN Studio keeps client secrets, tokens and passwords encrypted; ...         |
 *   Master password:  [••••••••          ]
 *   Type it again:    [••••••••          ]
 *   [ ] Show
 *   Secure storage: ~/.eclipse/org.eclipse.equinox.security/secure_storage          (dim)
 *   If you forget it, the recovery questions you may set up next can restore it; ...   (dim)
 *                                                                           [Cancel] [OK]
 * </pre>
 */
public final class MasterPasswordDialog extends StudioDialog {

	public enum Kind {
		CREATE, CHANGE, ENTER
	}

	static final int MIN_RECOMMENDED = 8;
	private static final int WIDTH = 580;

	private final Kind kind;
	private final String location;
	private final boolean afterWrongPassword;
	private Text password;
	private Text confirm;
	private char[] result;

	/**
	 * @param location           where the storage file is (shown, so the user knows which one), or {@code null}
	 * @param afterWrongPassword the last password entered did not open the storage
	 */
	public MasterPasswordDialog(Shell parent, Kind kind, String location, boolean afterWrongPassword) {
		super(parent, "RestDSN Studio — Master Password", "masterPassword.shell", WIDTH, 260);
		this.kind = kind;
		this.location = location;
		this.afterWrongPassword = afterWrongPassword;
	}

	/** A readable width (the message wraps), tall enough for the wrapped text. */
	@Override
	protected org.eclipse.swt.graphics.Point getInitialSize() {
		org.eclipse.swt.graphics.Point p = getShell().computeSize(WIDTH, SWT.DEFAULT, true);
		return io.restdsn.ui.dialogs.DialogSizes.fit(getShell(), new org.eclipse.swt.graphics.Point(WIDTH, p.y), WIDTH,
				260); // the width is fixed; the wrapped text decides the height
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		// the title area holds two lines: the message stays short, the details go below the fields
		switch (kind) {
		case CREATE -> {
			setTitle("Choose a master password for your secrets");
			setMessage("RestDSN Studio keeps client secrets, tokens and passwords encrypted; this password unlocks "
					+ "them. You enter it once per session.");
		}
		case CHANGE -> {
			setTitle("Choose a new master password");
			setMessage("The secrets of your data sources will be encrypted with the new password.");
		}
		case ENTER -> {
			setTitle("Unlock the secrets of your data sources");
			if (afterWrongPassword) {
				setErrorMessage("That master password did not unlock the secure storage. Try again, or Cancel to "
						+ "go on without the secrets.");
			} else {
				setMessage("Enter the master password of RestDSN Studio's secure storage to use the client secrets, "
						+ "tokens and passwords kept there.");
			}
		}
		}

		Composite body = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).spacing(8, 8).applyTo(body);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);

		new Label(body, SWT.NONE).setText(kind == Kind.ENTER ? "&Master password:" : "&Master password:");
		password = new Text(body, SWT.BORDER | SWT.SINGLE | SWT.PASSWORD);
		password.setData("id", "masterPassword.password");
		GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(password);
		password.addListener(SWT.Modify, e -> validate());

		if (kind != Kind.ENTER) {
			new Label(body, SWT.NONE).setText("&Type it again:");
			confirm = new Text(body, SWT.BORDER | SWT.SINGLE | SWT.PASSWORD);
			confirm.setData("id", "masterPassword.confirm");
			GridDataFactory.fillDefaults().grab(true, false).applyTo(confirm);
			confirm.addListener(SWT.Modify, e -> validate());
		}

		new Label(body, SWT.NONE);
		Button show = new Button(body, SWT.CHECK);
		show.setText("&Show");
		show.setData("id", "masterPassword.show");
		show.addListener(SWT.Selection, e -> {
			// SWT cannot switch SWT.PASSWORD on a live Text: the echo character does the same
			char echo = show.getSelection() ? '\0' : '\u25CF';
			password.setEchoChar(echo);
			if (confirm != null) {
				confirm.setEchoChar(echo);
			}
		});

		if (location != null) {
			new Label(body, SWT.NONE);
			Label where = new Label(body, SWT.WRAP);
			where.setData("id", "masterPassword.location");
			where.setText("Secure storage: " + location);
			where.setForeground(io.restdsn.ui.editor.Form.DIM);
			GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(where);
		}
		if (kind != Kind.ENTER) {
			new Label(body, SWT.NONE);
			Label note = new Label(body, SWT.WRAP);
			note.setText(kind == Kind.CREATE
					? "If you forget it, the recovery questions you may set up next can restore it; without them, the "
							+ "data sources stay and you enter their secrets again."
					: "If you forget it, the data sources stay and you enter their secrets again.");
			note.setForeground(io.restdsn.ui.editor.Form.DIM);
			GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(note);
		}
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		getButton(IDialogConstants.OK_ID).setData("id", "masterPassword.ok");
		getButton(IDialogConstants.CANCEL_ID).setData("id", "masterPassword.cancel");
		validate();
	}

	private void validate() {
		Button ok = getButton(IDialogConstants.OK_ID);
		if (ok == null || password == null) {
			return;
		}
		String p = password.getText();
		String problem = null;
		String warning = null;
		if (p.isEmpty()) {
			problem = "";
		} else if (confirm != null && !p.equals(confirm.getText())) {
			problem = confirm.getText().isEmpty() ? "" : "The two passwords differ.";
		} else if (kind != Kind.ENTER && p.length() < MIN_RECOMMENDED) {
			warning = "A master password of at least " + MIN_RECOMMENDED + " characters is recommended.";
		}
		ok.setEnabled(problem == null);
		if (problem != null && !problem.isEmpty()) {
			setErrorMessage(problem);
		} else if (!(kind == Kind.ENTER && afterWrongPassword && p.isEmpty())) {
			setErrorMessage(null);
			if (warning != null) {
				setMessage(warning, org.eclipse.jface.dialogs.IMessageProvider.WARNING);
			} else if (kind == Kind.CREATE && !p.isEmpty()) {
				setMessage("The master password unlocks the secrets of every data source; you enter it once per "
						+ "session.");
			}
		}
	}

	@Override
	protected void okPressed() {
		result = password.getText().toCharArray();
		super.okPressed();
	}

	/** The password entered, or {@code null} after Cancel. */
	public char[] password() {
		return result;
	}
}
