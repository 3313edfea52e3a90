package io.restdsn.ui.views;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.NotEnabledException;
import org.eclipse.core.commands.NotHandledException;
import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.util.IPropertyChangeListener;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.ViewPart;

import io.restdsn.ui.UiPlugin;
import io.restdsn.ui.checks.LastTests;
import io.restdsn.ui.store.DsnStore;

/**
 * The DSNs of the user's odbc.ini: name, authentication method, source, description, last test result.
 * <p>
 * The file is read in a Job (never on the UI thread); the view shows a one-line status and, when the file has no
 * DSNs or cannot be read, a message that tells the user what to do instead of an empty table. It re-reads the file
 * whenever the {@link io.restdsn.ui.store.DsnStore} reports a change (an editor or wizard saved, a DSN was deleted)
 * and when another odbc.ini is chosen in the preferences.
 *
 * <pre>
 * +-----------------------------------------------------------+
 * | Name   | Authentication | Source | Desc. | Last test       |   (table, or the empty-state message)
 * |--------+----------------+--------+-------+-----------------|
 * | Orders | OAuth 2.0 …    | https… |       | passed 14:02    |
 * +-----------------------------------------------------------+
 * | 3 data sources in ~/.odbc.ini                              |   (status)
 * +-----------------------------------------------------------+
 * </pre>
 */
public class DataSourcesView extends ViewPart {

	public static final String ID = "io.restdsn.ui.views.dataSources";
	/** Job family so tests (and refresh) can wait for loading to finish. */
	public static final Object JOB_FAMILY = new Object();

	private Composite stack;
	private StackLayout stackLayout;
	private Composite tableHolder;
	private TableViewer viewer;
	private Composite emptyPanel;
	private Label emptyMessage;
	private Button tryDemo;
	private Label status;
	private Runnable storeListener;
	private Runnable testsListener;
	private IPropertyChangeListener preferenceListener;
	private String pendingSelection;

	static final String CMD_EDIT = "io.restdsn.ui.editDataSource";
	static final String CMD_DELETE = "io.restdsn.ui.deleteDataSource";
	static final String CMD_COPY = "io.restdsn.ui.copyConnectionString";
	static final String CMD_RENAME = "io.restdsn.ui.renameDataSource";

	@Override
	public void createPartControl(Composite parent) {
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		layout.verticalSpacing = 2;
		parent.setLayout(layout);

		stack = new Composite(parent, SWT.NONE);
		stack.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		stackLayout = new StackLayout();
		stack.setLayout(stackLayout);

		tableHolder = new Composite(stack, SWT.NONE);
		TableColumnLayout columns = new TableColumnLayout();
		tableHolder.setLayout(columns);
		viewer = new TableViewer(tableHolder, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.getTable().setData("id", "dataSources.table");
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		addColumn(columns, "Name", 19, DataSourceRow::name);
		addColumn(columns, "Authentication", 24, DataSourceRow::authentication);
		addColumn(columns, "Source", 27, DataSourceRow::source);
		addColumn(columns, "Description", 15, DataSourceRow::description);
		addLastTestColumn(columns);
		ColumnViewerToolTipSupport.enableFor(viewer);
		getSite().setSelectionProvider(viewer);
		hookActions();

		createEmptyPanel();

		status = new Label(parent, SWT.NONE);
		status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		status.setData("id", "dataSources.status");

		stackLayout.topControl = tableHolder;
		refresh();
		resumeDemo();
	}

	/** A demo DSN set up in an earlier run needs its service again: serve it in the background. */
	private void resumeDemo() {
		Job job = Job.create("Starting the demo data source", monitor -> {
			try {
				UiPlugin.getDefault().demo().resumeIfConfigured(UiPlugin.getDefault().dsnStore());
			} catch (IOException | RuntimeException e) {
				UiPlugin.getDefault().getLog().warn("The demo data source could not be started: " + e.getMessage(), e);
			}
		});
		job.setSystem(true);
		job.schedule();
	}

	/**
	 * What a user with no DSNs sees: what to do, and a button that sets up the built-in demo data source.
	 *
	 * <pre>
	 *        No data sources yet.
	 *   ~/.odbc.ini has no DSN sections …
	 *   Create one with … or import …
	 *        [ Try the demo data source ]
	 * </pre>
	 */
	private void createEmptyPanel() {
		emptyPanel = new Composite(stack, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 16;
		layout.marginHeight = 24;
		layout.verticalSpacing = 12;
		emptyPanel.setLayout(layout);
		emptyMessage = new Label(emptyPanel, SWT.WRAP | SWT.CENTER);
		emptyMessage.setData("id", "dataSources.empty");
		GridData text = new GridData(SWT.FILL, SWT.TOP, true, false);
		text.widthHint = 360;
		emptyMessage.setLayoutData(text);
		tryDemo = new Button(emptyPanel, SWT.PUSH);
		tryDemo.setText("Try the demo data source");
		tryDemo.setToolTipText("Starts a small OAuth 2.0 API on this computer (127.0.0.1) and adds a data source for it");
		tryDemo.setData("id", "dataSources.tryDemo");
		tryDemo.setLayoutData(new GridData(SWT.CENTER, SWT.TOP, true, false));
		tryDemo.addListener(SWT.Selection, e -> installDemo());
	}

	/** Starts the demo service and adds its DSN (secret to secure storage) in a Job; selects it when done. */
	private void installDemo() {
		tryDemo.setEnabled(false);
		status.setText("Starting the demo data source …");
		Job job = new Job("Setting up the demo data source") {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					String name = UiPlugin.getDefault().demo().install(UiPlugin.getDefault().dsnStore());
					asyncUi(() -> refreshAndSelect(name));
					return Status.OK_STATUS;
				} catch (IOException | RuntimeException | LinkageError e) {
					asyncUi(() -> tryDemo.setEnabled(true));
					return Status.error("The demo data source could not be set up: " + e.getMessage(), e);
				}
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == JOB_FAMILY || family == DsnStore.JOB_FAMILY;
			}
		};
		job.setUser(true);
		job.schedule();
	}

	private void asyncUi(Runnable r) {
		if (!stack.isDisposed()) {
			stack.getDisplay().asyncExec(() -> {
				if (!stack.isDisposed()) {
					r.run();
				}
			});
		}
	}

	private void addColumn(TableColumnLayout columns, String title, int weight,
			java.util.function.Function<DataSourceRow, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setMoveable(true);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				String s = text.apply((DataSourceRow) element);
				return s == null ? "" : s;
			}

			@Override
			public String getToolTipText(Object element) {
				// cells are often clipped (long URLs and paths): the full text on hover
				String s = getText(element);
				return s.isEmpty() ? null : s;
			}
		});
		columns.setColumnData(column.getColumn(), new ColumnWeightData(weight, 80, true));
	}

	/**
	 * "Last test": the session's last connection-test result of the DSN ({@link LastTests}), green or red, marked
	 * when the DSN's options changed since; the first failure's message as tooltip.
	 */
	private void addLastTestColumn(TableColumnLayout columns) {
		LastTests tests = UiPlugin.getDefault().lastTests();
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText("Last test");
		column.getColumn().setMoveable(true);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				DataSourceRow row = (DataSourceRow) element;
				return tests.get(row.name()).map(e -> e.changedSince(row.options()) ? e.label() + " (changed since)"
						: e.label()).orElse("");
			}

			@Override
			public Color getForeground(Object element) {
				return tests.get(((DataSourceRow) element).name())
						.map(e -> viewer.getTable().getDisplay()
								.getSystemColor(e.passed() ? SWT.COLOR_DARK_GREEN : SWT.COLOR_DARK_RED))
						.orElse(null);
			}

			@Override
			public String getToolTipText(Object element) {
				DataSourceRow row = (DataSourceRow) element;
				return tests.get(row.name()).map(e -> e.changedSince(row.options())
						? e.description() + "\nThe options changed since: test again to know whether it still works."
						: e.description()).orElse(null);
			}
		});
		columns.setColumnData(column.getColumn(), new ColumnWeightData(15, 110, true));
	}

	/**
	 * The view's keyboard and mouse access to the Data Source commands: Enter and double-click edit, the context menu
	 * shows the commands contributed to {@code popup:} this view's id, and the workbench's Delete, Copy and Rename
	 * keys (and Edit menu items) act on the selection while this view is active.
	 */
	private void hookActions() {
		MenuManager menu = new MenuManager("#PopupMenu", ID);
		menu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		viewer.getTable().setMenu(menu.createContextMenu(viewer.getTable()));
		getSite().registerContextMenu(ID, menu, viewer);

		viewer.addOpenListener(e -> runCommand(CMD_EDIT));
		IActionBars bars = getViewSite().getActionBars();
		bars.setGlobalActionHandler(ActionFactory.DELETE.getId(), commandAction(CMD_DELETE, false));
		bars.setGlobalActionHandler(ActionFactory.COPY.getId(), commandAction(CMD_COPY, false));
		bars.setGlobalActionHandler(ActionFactory.RENAME.getId(), commandAction(CMD_RENAME, true));
		bars.updateActionBars();

		storeListener = () -> {
			if (!stack.isDisposed()) {
				stack.getDisplay().asyncExec(this::refresh);
			}
		};
		UiPlugin.getDefault().dsnStore().addChangeListener(storeListener);
		testsListener = () -> {
			if (!stack.isDisposed()) {
				stack.getDisplay().asyncExec(() -> {
					if (!viewer.getTable().isDisposed()) {
						viewer.refresh(true);
					}
				});
			}
		};
		UiPlugin.getDefault().lastTests().addChangeListener(testsListener);
		// another odbc.ini chosen in the preferences: show that one
		preferenceListener = e -> {
			if (UiPlugin.PREF_ODBCINI.equals(e.getProperty()) && !stack.isDisposed()) {
				stack.getDisplay().asyncExec(() -> {
					if (!stack.isDisposed()) {
						refresh();
					}
				});
			}
		};
		UiPlugin.getDefault().getPreferenceStore().addPropertyChangeListener(preferenceListener);
	}

	/** An action for a global (retargetable) key that runs a command, enabled while the selection fits. */
	private Action commandAction(String commandId, boolean single) {
		Action a = new Action() {
			@Override
			public void run() {
				runCommand(commandId);
			}
		};
		Runnable update = () -> {
			int n = viewer.getStructuredSelection().size();
			a.setEnabled(single ? n == 1 : n > 0);
		};
		viewer.addSelectionChangedListener(e -> update.run());
		update.run();
		return a;
	}

	private void runCommand(String commandId) {
		IHandlerService handlers = getSite().getService(IHandlerService.class);
		try {
			handlers.executeCommand(commandId, null);
		} catch (NotEnabledException | NotHandledException e) {
			// nothing selected that the command applies to
		} catch (ExecutionException | NotDefinedException e) {
			UiPlugin.getDefault().getLog().error("Command " + commandId + " failed", e);
		}
	}

	/** Re-reads the file and then selects (and reveals) the DSN of that name, e.g. one just saved. */
	public void refreshAndSelect(String name) {
		pendingSelection = name;
		refresh();
	}

	@Override
	public void dispose() {
		if (storeListener != null) {
			UiPlugin.getDefault().dsnStore().removeChangeListener(storeListener);
		}
		if (testsListener != null) {
			UiPlugin.getDefault().lastTests().removeChangeListener(testsListener);
		}
		if (preferenceListener != null) {
			UiPlugin.getDefault().getPreferenceStore().removePropertyChangeListener(preferenceListener);
		}
		super.dispose();
	}

	/** Re-reads the odbc.ini file in the background. */
	public void refresh() {
		Path file = UiPlugin.getDefault().userOdbcIni();
		status.setText("Reading " + file + " …");
		Job job = new Job("Reading data sources") {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				DataSourceListing listing = DataSourceListing.read(file);
				if (!stack.isDisposed()) {
					stack.getDisplay().asyncExec(() -> show(listing));
				}
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == JOB_FAMILY;
			}
		};
		job.setSystem(true);
		job.schedule();
	}

	private void show(DataSourceListing listing) {
		if (stack.isDisposed()) {
			return;
		}
		List<DataSourceRow> rows = listing.rows();
		viewer.setInput(rows);
		if (listing.error() != null) {
			emptyMessage.setText(listing.error());
			tryDemo.setVisible(false);
			stackLayout.topControl = emptyPanel;
		} else if (rows.isEmpty()) {
			emptyMessage.setText("No data sources yet.\n\n" + listing.file()
					+ " has no DSN sections (or does not exist).\n"
					+ "Create one with Data Source > New Data Source…, or import an odbc.ini or a connection string with File > Import.\n\n"
					+ "Or see it all work first, with no account anywhere:");
			tryDemo.setVisible(true);
			stackLayout.topControl = emptyPanel;
		} else {
			stackLayout.topControl = tableHolder;
		}
		stack.layout(true, true);
		if (pendingSelection != null) {
			rows.stream().filter(r -> r.name().equalsIgnoreCase(pendingSelection)).findFirst().ifPresent(r -> {
				viewer.setSelection(new StructuredSelection(r), true);
				viewer.getTable().setFocus();
			});
			pendingSelection = null;
		}
		status.setText(listing.summary());
		status.getParent().layout(true);
	}

	/** For tests and page objects. */
	public TableViewer viewer() {
		return viewer;
	}

	@Override
	public void setFocus() {
		if (stackLayout.topControl == tableHolder) {
			viewer.getTable().setFocus();
		} else {
			(tryDemo.isVisible() ? tryDemo : emptyMessage).setFocus();
		}
	}
}
