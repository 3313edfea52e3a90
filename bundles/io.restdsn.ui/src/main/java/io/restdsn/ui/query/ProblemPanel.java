package io.restdsn.ui.query;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * A failure shown where the rows would be, in words a user can act on: what went wrong, the engine's exact message
 * (selectable, to paste into a ticket), where in the SQL, which options to check, and a button to fix the data source
 * when that is where the fix belongs.
 *
 * <pre>
 * +-----------------------------------------------------------+
 * | (x) The service refused the credentials (HTTP 401)        |
 * |     GET http://…/api/customers returned HTTP 401: …        |   (read-only text)
 * |     Check: ClientID, ClientSecret, Scope, TokenURI         |
 * |     [Edit Data Source…]  [Show in SQL]                     |
 * +-----------------------------------------------------------+
 * </pre>
 */
final class ProblemPanel {

	private final Composite root;
	private final Label title;
	private final Text message;
	private final Label options;
	private final Button edit;
	private final Button showInSql;
	private QueryProblem problem;

	ProblemPanel(Composite parent, Runnable editDataSource, Runnable showPosition) {
		root = new Composite(parent, SWT.NONE);
		root.setData("id", "query.problem");
		GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 12).applyTo(root);
		Label icon = new Label(root, SWT.NONE);
		icon.setImage(root.getDisplay().getSystemImage(SWT.ICON_ERROR));
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).span(1, 4).applyTo(icon);
		title = new Label(root, SWT.WRAP);
		title.setData("id", "query.problem.title");
		title.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DIALOG_FONT));
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(title);
		message = new Text(root, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL);
		message.setData("id", "query.problem.message");
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(message);
		options = new Label(root, SWT.WRAP);
		options.setData("id", "query.problem.options");
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(options);
		Composite buttons = new Composite(root, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(buttons);
		RowLayout row = new RowLayout(SWT.HORIZONTAL);
		row.marginLeft = 0;
		row.spacing = 8;
		buttons.setLayout(row);
		edit = new Button(buttons, SWT.PUSH);
		edit.setText("&Edit Data Source…");
		edit.setData("id", "query.problem.edit");
		edit.addListener(SWT.Selection, e -> editDataSource.run());
		showInSql = new Button(buttons, SWT.PUSH);
		showInSql.setText("&Show in SQL");
		showInSql.setData("id", "query.problem.show");
		showInSql.addListener(SWT.Selection, e -> showPosition.run());
	}

	/** Shows or hides a control without leaving a gap where it was. */
	private static void show(org.eclipse.swt.widgets.Control c, boolean visible) {
		c.setVisible(visible);
		Object data = c.getLayoutData();
		if (data instanceof org.eclipse.swt.layout.GridData gd) {
			gd.exclude = !visible;
		} else if (data instanceof org.eclipse.swt.layout.RowData rd) {
			rd.exclude = !visible;
		} else if (data == null && c.getParent().getLayout() instanceof RowLayout) {
			org.eclipse.swt.layout.RowData rd = new org.eclipse.swt.layout.RowData();
			rd.exclude = !visible;
			c.setLayoutData(rd);
		}
	}

	Composite control() {
		return root;
	}

	QueryProblem problem() {
		return problem;
	}

	/**
	 * @param where "line 2, column 8" for SQL errors, or {@code null}
	 */
	void show(QueryProblem p, String where) {
		this.problem = p;
		title.setText(p.title() + (where == null ? "" : " at " + where));
		message.setText(p.message() == null ? "" : p.message());
		options.setText(p.options().isEmpty() ? "" : "Check: " + String.join(", ", p.options()));
		show(options, !p.options().isEmpty());
		show(edit, p.fixInDataSource());
		show(showInSql, p.position() != null);
		// as tall as the text at the panel's width, within reason (it scrolls beyond)
		int width = Math.max(300, root.getClientArea().width - 80);
		int height = Math.min(message.computeSize(width, SWT.DEFAULT).y, 240);
		((org.eclipse.swt.layout.GridData) message.getLayoutData()).heightHint = height;
		root.layout(true, true);
	}
}
