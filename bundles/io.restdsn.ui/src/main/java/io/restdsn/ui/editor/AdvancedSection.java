package io.restdsn.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import io.restdsn.core.dsn.Dsn;
import io.restdsn.core.ini.IniValueRules;
import io.restdsn.core.options.OptionCatalog;
import io.restdsn.core.options.OptionDef;
import io.restdsn.core.options.OptionGroup;
import io.restdsn.core.validation.Problem;

/**
 * Every option no other page shows, as an editable property grid: the catalog's remaining options (Driver, port,
 * SQL engine…), options of other authentication methods that still have a value, and options the catalog does not
 * know (a driver's own, kept unchanged). Add… and Remove edit the list; a click on a value edits it.
 *
 * <pre>
 * +------------------+-----------------------+----------------------------+ [Add…   ]
 * | Option           | Value                 | About                      | [Remove ]
 * | ! PortNumber     | 8443                  | Port of HostName; …        |
 * |   X-Tenant       | acme                  | not a catalog option: kept |
 * +------------------+-----------------------+----------------------------+
 * </pre>
 */
public final class AdvancedSection {

	/** One line of the grid: the key as stored (or the catalog name while unset) and its definition, if any. */
	record Row(String key, Optional<OptionDef> def) {
	}

	private static final String MASK = "••••••••";

	private final OptionCatalog catalog = OptionCatalog.standard();
	private final DsnDraft draft;
	private final DraftProblems problems;
	private final Function<Dsn, Set<String>> shownElsewhere;
	private final Composite body;
	private final TableViewer viewer;
	private final Button remove;

	/**
	 * @param shownElsewhere the options the other pages show for a DSN (they change with the method)
	 */
	public AdvancedSection(Composite parent, DsnDraft draft, DraftProblems problems,
			Function<Dsn, Set<String>> shownElsewhere) {
		this.draft = draft;
		this.problems = problems;
		this.shownElsewhere = shownElsewhere;
		body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(body);

		Label intro = new Label(body, SWT.WRAP);
		intro.setText(Messages.Advanced_intro);
		intro.setLayoutData(GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(300, SWT.DEFAULT).create());

		Composite holder = new Composite(body, SWT.NONE);
		holder.setLayoutData(GridDataFactory.fillDefaults().grab(true, true).hint(420, 260).create());
		TableColumnLayout columns = new TableColumnLayout();
		holder.setLayout(columns);
		viewer = new TableViewer(holder, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.getTable().setData("id", "advanced.table");
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		ColumnViewerToolTipSupport.enableFor(viewer);
		TableViewerEditor.create(viewer, new ColumnViewerEditorActivationStrategy(viewer),
				ColumnViewerEditor.TABBING_HORIZONTAL | ColumnViewerEditor.KEYBOARD_ACTIVATION);

		TableViewerColumn name = column(columns, Messages.Advanced_option, 30, new ColumnLabelProvider() {
			@Override
			public String getText(Object e) {
				return ((Row) e).key();
			}

			@Override
			public Image getImage(Object e) {
				return problemImage((Row) e);
			}

			@Override
			public String getToolTipText(Object e) {
				return problemText((Row) e);
			}
		});
		name.setEditingSupport(new KeyEditing());
		TableViewerColumn value = column(columns, Messages.Advanced_value, 30, new ColumnLabelProvider() {
			@Override
			public String getText(Object e) {
				Row r = (Row) e;
				String v = draft.current().get(r.key()).orElse(null);
				if (v == null) {
					return "";
				}
				return catalog.isSecret(r.key()) && !v.isEmpty() ? MASK : v;
			}

			@Override
			public String getToolTipText(Object e) {
				String t = getText(e);
				return t.isEmpty() ? null : t;
			}
		});
		value.setEditingSupport(new ValueEditing());
		column(columns, Messages.Advanced_about, 40, new ColumnLabelProvider() {
			@Override
			public String getText(Object e) {
				return about((Row) e);
			}

			@Override
			public org.eclipse.swt.graphics.Color getForeground(Object e) {
				return Form.DIM;
			}

			@Override
			public String getToolTipText(Object e) {
				return about((Row) e);
			}
		});

		Composite buttons = new Composite(body, SWT.NONE);
		buttons.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
		GridLayoutFactory.fillDefaults().applyTo(buttons);
		Button add = new Button(buttons, SWT.PUSH);
		add.setText(Messages.Advanced_add);
		add.setData("id", "advanced.add");
		add.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
		add.addListener(SWT.Selection, e -> add());
		remove = new Button(buttons, SWT.PUSH);
		remove.setText(Messages.Advanced_remove);
		remove.setData("id", "advanced.remove");
		remove.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
		remove.addListener(SWT.Selection, e -> removeSelected());
		viewer.addSelectionChangedListener(e -> updateButtons());

		refresh();
		draft.dsn().addValueChangeListener(e -> refresh());
		problems.all().addValueChangeListener(e -> {
			if (!viewer.getTable().isDisposed()) {
				viewer.refresh(true);
			}
		});
	}

	private TableViewerColumn column(TableColumnLayout columns, String title, int weight, ColumnLabelProvider labels) {
		TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
		c.getColumn().setText(title);
		c.setLabelProvider(labels);
		columns.setColumnData(c.getColumn(), new ColumnWeightData(weight, 80, true));
		return c;
	}

	public Composite control() {
		return body;
	}

	public TableViewer viewer() {
		return viewer;
	}

	/** Rows: unset catalog options in catalog order, then every option with a value no other page shows. */
	List<Row> rows() {
		Dsn dsn = draft.current();
		Set<String> shown = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
		shown.addAll(shownElsewhere.apply(dsn));
		List<Row> rows = new ArrayList<>();
		Set<String> listed = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
		for (OptionDef d : catalog.all()) {
			if (shown.contains(d.name())) {
				continue;
			}
			boolean set = dsn.has(d.name());
			// another method's options only matter while they still hold a value
			if (set || d.group() != OptionGroup.AUTHENTICATION) {
				rows.add(new Row(dsn.spelling(d.name()).orElse(d.name()), Optional.of(d)));
				listed.add(d.name());
			}
		}
		for (Dsn.Option o : dsn.options()) {
			if (catalog.find(o.key()).isEmpty() && listed.add(o.key())) {
				rows.add(new Row(o.key(), Optional.empty()));
			}
		}
		return rows;
	}

	private void refresh() {
		if (viewer.getTable().isDisposed() || viewer.isCellEditorActive()) {
			return;
		}
		viewer.setInput(rows());
		updateButtons();
	}

	private void updateButtons() {
		IStructuredSelection sel = viewer.getStructuredSelection();
		boolean any = false;
		for (Object o : sel) {
			any |= draft.current().has(((Row) o).key());
		}
		remove.setEnabled(any);
	}

	private String about(Row r) {
		if (r.def().isEmpty()) {
			return Messages.Advanced_unknown;
		}
		OptionDef d = r.def().get();
		String dflt = d.defaultValue() == null ? "" : Messages.bind(Messages.Advanced_defaultIs, d.defaultValue());
		return d.help() + dflt;
	}

	private List<Problem> problemsOf(Row r) {
		String option = r.def().map(OptionDef::name).orElse(r.key());
		return problems.current().stream().filter(DraftProblems.about(option)).toList();
	}

	private Image problemImage(Row r) {
		List<Problem> ps = problemsOf(r);
		if (ps.isEmpty()) {
			return null;
		}
		return JFaceResources.getImage(Problem.anyError(ps) ? Dialog.DLG_IMG_MESSAGE_ERROR : Dialog.DLG_IMG_MESSAGE_WARNING);
	}

	private String problemText(Row r) {
		List<Problem> ps = problemsOf(r);
		return ps.isEmpty() ? about(r) : String.join("\n", ps.stream().map(Problem::message).toList());
	}

	private void add() {
		AddOptionDialog d = new AddOptionDialog(body.getShell(), draft.current());
		if (d.open() == Dialog.OK) {
			draft.put(d.key(), d.value());
			refresh();
			rows().stream().filter(r -> r.key().equalsIgnoreCase(d.key())).findFirst()
					.ifPresent(r -> viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(r), true));
		}
	}

	private void removeSelected() {
		for (Object o : viewer.getStructuredSelection()) {
			draft.remove(((Row) o).key());
		}
		refresh();
	}

	/** Values: any text; an empty value removes a catalog option (its default applies) but keeps an unknown one. */
	private final class ValueEditing extends EditingSupport {
		ValueEditing() {
			super(viewer);
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			int style = catalog.isSecret(((Row) element).key()) ? SWT.PASSWORD : SWT.NONE;
			return new TextCellEditor(viewer.getTable(), style);
		}

		@Override
		protected boolean canEdit(Object element) {
			return true;
		}

		@Override
		protected Object getValue(Object element) {
			return draft.current().get(((Row) element).key()).orElse("");
		}

		@Override
		protected void setValue(Object element, Object value) {
			Row r = (Row) element;
			String v = (String) value;
			if (v.isEmpty() && r.def().isPresent()) {
				draft.remove(r.key());
			} else {
				draft.put(r.key(), v);
			}
			viewer.getTable().getDisplay().asyncExec(AdvancedSection.this::refresh);
		}
	}

	/** Keys: only options the catalog does not know can be renamed (a catalog option is its name). */
	private final class KeyEditing extends EditingSupport {
		KeyEditing() {
			super(viewer);
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			return new TextCellEditor(viewer.getTable());
		}

		@Override
		protected boolean canEdit(Object element) {
			return ((Row) element).def().isEmpty();
		}

		@Override
		protected Object getValue(Object element) {
			return ((Row) element).key();
		}

		@Override
		protected void setValue(Object element, Object value) {
			String oldKey = ((Row) element).key();
			String newKey = ((String) value).trim();
			boolean clash = !newKey.equalsIgnoreCase(oldKey) && draft.current().has(newKey)
					|| catalog.find(newKey).isPresent();
			if (newKey.isEmpty() || newKey.equals(oldKey) || clash || IniValueRules.keyProblem(newKey).isPresent()) {
				viewer.getTable().getDisplay().beep();
				return;
			}
			draft.renameKey(oldKey, newKey);
			viewer.getTable().getDisplay().asyncExec(AdvancedSection.this::refresh);
		}
	}
}
