package io.restdsn.ui.query;

import java.util.function.Supplier;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import io.restdsn.ui.results.ResultGrid;

/**
 * Find in the fetched rows (Ctrl+F), above the grid: Enter finds the next cell containing the text, Shift+Enter the
 * previous one, Escape closes the bar. The search runs off the UI thread (a million rows take a moment).
 *
 * <pre>
 * Find: [__________] [Next] [Previous] [ ] Match case   Row 12, NAME    [x]
 * </pre>
 */
final class FindBar {

	private final Composite root;
	private final Text text;
	private final Button matchCase;
	private final Label result;
	private final Supplier<ResultGrid> grid;

	FindBar(Composite parent, Supplier<ResultGrid> grid) {
		this.grid = grid;
		root = new Composite(parent, SWT.NONE);
		root.setData("id", "query.find");
		GridLayoutFactory.fillDefaults().numColumns(7).margins(4, 2).applyTo(root);
		root.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false)); // the parent has a GridLayout
		Label label = new Label(root, SWT.NONE);
		label.setText("Find:");
		text = new Text(root, SWT.BORDER | SWT.SEARCH);
		text.setData("id", "query.find.text");
		text.setMessage("text in fetched rows");
		GridDataFactory.swtDefaults().hint(180, SWT.DEFAULT).applyTo(text);
		Button next = new Button(root, SWT.PUSH);
		next.setText("&Next");
		next.setData("id", "query.find.next");
		next.addListener(SWT.Selection, e -> find(true));
		Button previous = new Button(root, SWT.PUSH);
		previous.setText("&Previous");
		previous.addListener(SWT.Selection, e -> find(false));
		matchCase = new Button(root, SWT.CHECK);
		matchCase.setText("&Match case");
		result = new Label(root, SWT.NONE);
		result.setData("id", "query.find.result");
		result.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		Button close = new Button(root, SWT.PUSH | SWT.FLAT);
		close.setText("✕");
		close.setToolTipText("Close (Esc)");
		close.addListener(SWT.Selection, e -> hide());
		text.addListener(SWT.DefaultSelection, e -> find((e.stateMask & SWT.SHIFT) == 0));
		text.addListener(SWT.Traverse, e -> {
			if (e.detail == SWT.TRAVERSE_ESCAPE) {
				e.doit = false;
				hide();
			}
		});
		((GridData) root.getLayoutData()).exclude = true;
		root.setVisible(false);
	}

	Composite control() {
		return root;
	}

	void show() {
		((GridData) root.getLayoutData()).exclude = false;
		root.setVisible(true);
		root.getParent().layout(true, true);
		text.setFocus();
		text.selectAll();
	}

	void hide() {
		if (root.getLayoutData() instanceof GridData gd) {
			gd.exclude = true;
		}
		root.setVisible(false);
		root.getParent().layout(true, true);
		ResultGrid g = grid.get();
		if (g != null) {
			g.setFocus();
		}
	}

	/** Finds the next (or previous) match; the result line says where, or that there is none. */
	void find(boolean forward) {
		ResultGrid g = grid.get();
		if (g == null) {
			result.setText("No result to search");
			return;
		}
		result.setText("Searching…");
		g.find(text.getText(), forward, matchCase.getSelection(), message -> {
			if (!result.isDisposed()) {
				result.setText(message);
				root.layout(true);
			}
		});
	}

	void setText(String s) {
		text.setText(s);
	}

	String result() {
		return result.getText();
	}
}
