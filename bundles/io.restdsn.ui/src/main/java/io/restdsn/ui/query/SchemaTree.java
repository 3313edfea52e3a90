package io.restdsn.ui.query;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

import io.restdsn.engine.ColumnInfo;
import io.restdsn.engine.SchemaInfo;
import io.restdsn.engine.TableInfo;
import io.restdsn.ui.query.sql.SqlCompletion;

/**
 * The schema beside the SQL: root tables, their columns (type, key, parameter) and, below them, their child tables
 * (arrays and maps of the JSON, joined by the parent's key). Double-click a table to insert a SELECT of it, a column
 * to insert its name.
 */
final class SchemaTree {

	/** A node: a table or a column of one. */
	record Node(TableInfo table, ColumnInfo column) {
	}

	private final Composite root;
	private final Label heading;
	private final TreeViewer viewer;
	private SchemaInfo schema;

	SchemaTree(Composite parent, Consumer<String> insertStatement, Consumer<String> insertText) {
		root = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		layout.verticalSpacing = 2;
		root.setLayout(layout);
		heading = new Label(root, SWT.NONE);
		heading.setText("Tables");
		heading.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		viewer = new TreeViewer(root, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTree().setData("id", "query.schema");
		viewer.getTree().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		viewer.setContentProvider(new Content());
		viewer.setLabelProvider(new DelegatingStyledCellLabelProvider(new Labels()) {
			@Override
			public String getToolTipText(Object element) {
				return tooltip((Node) element);
			}
		});
		ColumnViewerToolTipSupport.enableFor(viewer);
		viewer.addDoubleClickListener(e -> {
			Object o = viewer.getStructuredSelection().getFirstElement();
			if (o instanceof Node n && n.column() == null) {
				insertStatement.accept(selectOf(n.table()));
			} else if (o instanceof Node n) {
				insertText.accept(SqlCompletion.quote(n.column().name()));
			}
		});
	}

	Composite control() {
		return root;
	}

	TreeViewer viewer() {
		return viewer;
	}

	SchemaInfo schema() {
		return schema;
	}

	void setMessage(String message) {
		heading.setText(message);
		heading.setToolTipText(message);
		root.layout(true);
	}

	/** Pixels the widest column label needs (name, type, marks, at the depth of a column, with its icon). */
	int preferredWidth() {
		if (schema == null) {
			return 0;
		}
		org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(viewer.getTree());
		try {
			int widest = gc.textExtent(heading.getText()).x;
			Labels labels = new Labels();
			for (TableInfo t : schema.tables()) {
				int depth = t.parent() == null ? 1 : 2;
				for (ColumnInfo c : t.columns()) {
					widest = Math.max(widest, gc.textExtent(labels.getStyledText(new Node(t, c)).getString()).x
							+ depth * 20);
				}
			}
			return widest + 20 /* icon */ + 30 /* expander, margins */;
		} finally {
			gc.dispose();
		}
	}

	void setSchema(SchemaInfo s) {
		this.schema = s;
		viewer.setInput(s);
		long roots = s.tables().stream().filter(t -> t.parent() == null).count();
		setMessage(roots + (roots == 1 ? " table" : " tables") + (s.tables().size() > roots ? " (+ "
				+ (s.tables().size() - roots) + " child)" : ""));
	}

	/** The statement a double-click inserts: every column, named, so it is easy to trim. */
	static String selectOf(TableInfo t) {
		StringBuilder b = new StringBuilder("SELECT ");
		List<ColumnInfo> cols = t.columns();
		int line = 7;
		for (int i = 0; i < cols.size(); i++) {
			String name = SqlCompletion.quote(cols.get(i).name());
			if (i > 0) {
				b.append(',');
				line++;
				if (line + name.length() > 80) {
					b.append("\n       ");
					line = 7;
				} else {
					b.append(' ');
					line++;
				}
			}
			b.append(name);
			line += name.length();
		}
		return b.append("\nFROM ").append(SqlCompletion.quote(t.name())).toString();
	}

	/** Where a table's rows come from, and how a child table joins its parent. */
	private static String tooltip(Node n) {
		TableInfo t = n.table();
		if (n.column() != null) {
			ColumnInfo c = n.column();
			String ops = c.operators().isEmpty() ? "" : "\nPushed down: " + String.join(", ", c.operators().keySet());
			return c.name() + " " + c.modelType() + (c.key() ? " (key)" : "") + ops;
		}
		if (t.parent() != null) {
			return t.name() + ": rows of " + t.jsonPath() + " in each " + t.parent() + " row\nJoin: " + t.name() + "."
					+ String.join(", ", t.parentKeyColumns()) + " = " + t.parent() + " key\nDouble-click to insert a SELECT";
		}
		return t.name() + "\n" + t.endpoint() + "\nDouble-click to insert a SELECT";
	}

	private final class Content implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			List<Node> out = new ArrayList<>();
			if (input instanceof SchemaInfo s) {
				for (TableInfo t : s.tables()) {
					if (t.parent() == null) {
						out.add(new Node(t, null));
					}
				}
			}
			return out.toArray();
		}

		@Override
		public Object[] getChildren(Object parent) {
			List<Node> out = new ArrayList<>();
			if (parent instanceof Node n && n.column() == null) {
				for (ColumnInfo c : n.table().columns()) {
					out.add(new Node(n.table(), c));
				}
				for (String child : n.table().children()) {
					TableInfo ct = schema == null ? null : schema.table(child);
					if (ct != null) {
						out.add(new Node(ct, null));
					}
				}
			}
			return out.toArray();
		}

		@Override
		public Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return element instanceof Node n && n.column() == null;
		}
	}

	private static final class Labels extends LabelProvider implements DelegatingStyledCellLabelProvider.IStyledLabelProvider {
		@Override
		public StyledString getStyledText(Object element) {
			Node n = (Node) element;
			if (n.column() == null) {
				return new StyledString(n.table().name()); // details in the tooltip: the tree is narrow
			}
			ColumnInfo c = n.column();
			StyledString s = new StyledString(c.name());
			List<String> marks = new ArrayList<>();
			if (c.key()) {
				marks.add("key");
			}
			if (c.parameter()) {
				marks.add(c.mandatory() ? "required parameter" : "parameter");
			}
			s.append("  " + c.modelType() + (marks.isEmpty() ? "" : ", " + String.join(", ", marks)),
					c.key() ? StyledString.COUNTER_STYLER : StyledString.DECORATIONS_STYLER);
			return s;
		}

		@Override
		public Image getImage(Object element) {
			Node n = (Node) element;
			ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
			return n.column() == null ? images.getImage(ISharedImages.IMG_DEF_VIEW)
					: images.getImage(ISharedImages.IMG_OBJ_ELEMENT);
		}
	}
}
