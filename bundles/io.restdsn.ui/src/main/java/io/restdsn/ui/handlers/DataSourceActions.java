package io.restdsn.ui.handlers;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.IInputValidator;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.operation.IRunnableWithProgress;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

import io.restdsn.core.dsn.Dsn;
import io.restdsn.core.export.DsnExporter;
import io.restdsn.core.export.ExportFormat;
import io.restdsn.core.export.SecretPolicy;
import io.restdsn.core.ini.IniValueRules;
import io.restdsn.ui.UiPlugin;
import io.restdsn.ui.checks.ConnectionChecks;
import io.restdsn.ui.checks.LastTests;
import io.restdsn.ui.dialogs.ConnectionTestDialog;
import io.restdsn.ui.editor.DsnEditorDialog;
import io.restdsn.ui.importexport.ExportDialog;
import io.restdsn.ui.importexport.ImportDialog;
import io.restdsn.ui.store.DsnStore;
import io.restdsn.ui.views.DataSourceRow;
import io.restdsn.ui.views.DataSourcesView;
import io.restdsn.ui.wizard.NewDataSourceWizard;

/**
 * What the Data Source commands do, shared by their handlers. Store operations (file and secret I/O) run off the UI
 * thread through the workbench's progress service; the editor and the wizard open without blocking the handler
 * (they save by themselves and the view follows the store's change events).
 */
final class DataSourceActions {

	private final Shell shell;
	private final IWorkbenchWindow window;
	private final DsnStore store;
	private final ConnectionChecks checks;
	private final LastTests lastTests;

	DataSourceActions(ExecutionEvent event) {
		this.window = HandlerUtil.getActiveWorkbenchWindow(event);
		this.shell = window != null ? window.getShell() : HandlerUtil.getActiveShell(event);
		this.store = UiPlugin.getDefault().dsnStore();
		this.checks = UiPlugin.getDefault().connectionChecks();
		this.lastTests = UiPlugin.getDefault().lastTests();
	}

	/** Names of the DSNs selected in the Data Sources view, in view order. */
	static List<String> selectedNames(ExecutionEvent event) {
		List<String> names = new ArrayList<>();
		IStructuredSelection sel = HandlerUtil.getCurrentStructuredSelection(event);
		for (Object o : sel) {
			if (o instanceof DataSourceRow row) {
				names.add(row.name());
			}
		}
		return names;
	}

	void newDataSource() {
		List<String> names = new ArrayList<>();
		if (!run(m -> names.addAll(store.names()))) {
			return;
		}
		NewDataSourceWizard wizard = new NewDataSourceWizard(store, checks, names, this::select);
		wizard.setLastTests(lastTests);
		WizardDialog dialog = new WizardDialog(shell, wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
	}

	void edit(String name) {
		Dsn[] dsn = new Dsn[1];
		List<String> others = new ArrayList<>();
		if (!run(m -> {
			dsn[0] = store.load(name);
			store.names().stream().filter(n -> !n.equalsIgnoreCase(name)).forEach(others::add);
		})) {
			return;
		}
		DsnEditorDialog dialog = new DsnEditorDialog(shell, store, checks, dsn[0], others, this::select);
		dialog.setLastTests(lastTests);
		dialog.setBlockOnOpen(false);
		dialog.open();
	}

	/** Saves a copy under the first free name "X copy", "X copy 2", …, secrets included, and selects it. */
	void duplicate(String name) {
		String[] created = new String[1];
		if (run(m -> {
			Dsn dsn = store.load(name);
			Set<String> taken = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
			taken.addAll(store.names());
			String copy = Messages.bind(Messages.Actions_copyName, name);
			for (int i = 2; taken.contains(copy); i++) {
				copy = Messages.bind(Messages.Actions_copyNameN, name, i);
			}
			store.save(null, dsn.withName(copy));
			created[0] = copy;
		})) {
			select(created[0]);
		}
	}

	void rename(String name) {
		Set<String> taken = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
		if (!run(m -> taken.addAll(store.names()))) {
			return;
		}
		IInputValidator validator = text -> {
			if (text.equals(name)) {
				return "";
			}
			if (text.isBlank()) {
				return Messages.Actions_renameEmpty;
			}
			var problem = IniValueRules.nameProblem(text);
			if (problem.isPresent()) {
				return problem.get();
			}
			return !text.equalsIgnoreCase(name) && taken.contains(text)
					? Messages.bind(Messages.Actions_renameTaken, text) : null;
		};
		InputDialog dialog = new InputDialog(shell, Messages.Actions_renameTitle,
				Messages.bind(Messages.Actions_renamePrompt, name), name, validator);
		if (dialog.open() != Window.OK) {
			return;
		}
		String newName = dialog.getValue();
		if (run(m -> store.rename(name, newName))) {
			lastTests.rename(name, newName);
			select(newName);
		}
	}

	void delete(List<String> names) {
		if (names.isEmpty()) {
			return;
		}
		String question = names.size() == 1 ? Messages.bind(Messages.Actions_deleteOne, names.get(0), store.location())
				: Messages.bind(Messages.Actions_deleteMany, names.size(), store.location());
		MessageDialog confirm = new MessageDialog(shell, Messages.Actions_deleteTitle, null, question,
				MessageDialog.CONFIRM, 1, Messages.Actions_deleteButton, Messages.Actions_cancelButton);
		if (confirm.open() != 0) {
			return;
		}
		run(m -> {
			for (String n : names) {
				store.delete(n);
				lastTests.forget(n);
			}
		});
	}

	/**
	 * Tests the stored DSN (secrets loaded off the UI thread) in the test dialog; a finished result becomes the
	 * view's "Last test" of that DSN.
	 */
	void test(String name) {
		Dsn[] dsn = new Dsn[1];
		if (!run(m -> dsn[0] = store.load(name))) {
			return;
		}
		ConnectionTestDialog dialog = new ConnectionTestDialog(shell, checks, dsn[0], r -> lastTests.record(dsn[0], r));
		dialog.setBlockOnOpen(false);
		dialog.open();
	}

	/** File > Import: the import dialog over the names in the file (read off the UI thread). */
	void importDataSources() {
		List<String> names = new ArrayList<>();
		if (!run(m -> names.addAll(store.names()))) {
			return;
		}
		ImportDialog dialog = new ImportDialog(shell, store, names, imported -> {
			// a replaced DSN is not the one its last test described
			imported.forEach(lastTests::forget);
			if (!imported.isEmpty()) {
				select(imported.get(imported.size() - 1));
			}
		});
		dialog.setBlockOnOpen(false);
		dialog.open();
	}

	/**
	 * File > Export and Export on the selection: every DSN of the file loaded with its secrets (off the UI thread), the
	 * selected ones ticked.
	 */
	void exportDataSources(List<String> selected) {
		List<Dsn> dsns = new ArrayList<>();
		if (!run(m -> {
			for (String n : store.names()) {
				dsns.add(store.load(n));
			}
		})) {
			return;
		}
		if (dsns.isEmpty()) {
			MessageDialog.openInformation(shell, Messages.Actions_exportTitle,
					Messages.bind(Messages.Actions_exportNothing, store.location()));
			return;
		}
		ExportDialog dialog = new ExportDialog(shell, dsns, selected, this::statusLine);
		dialog.setBlockOnOpen(false);
		dialog.open();
	}

	private void statusLine(String message) {
		DataSourcesView view = view();
		if (view != null) {
			view.getViewSite().getActionBars().getStatusLineManager().setMessage(message);
		}
	}

	/** Puts the DSNs' ODBC connection strings on the clipboard, one per line, secrets left out. */
	void copyConnectionStrings(List<String> names) {
		List<Dsn> dsns = new ArrayList<>();
		if (names.isEmpty() || !run(m -> {
			for (String n : names) {
				dsns.add(store.load(n));
			}
		})) {
			return;
		}
		String text;
		try {
			text = DsnExporter.standard().export(dsns, ExportFormat.ODBC_STRING, SecretPolicy.OMIT).text();
		} catch (IllegalArgumentException e) {
			MessageDialog.openError(shell, Messages.Actions_copyTitle, e.getMessage());
			return;
		}
		Clipboard cb = new Clipboard(shell.getDisplay());
		try {
			cb.setContents(new Object[] { text }, new Transfer[] { TextTransfer.getInstance() });
		} finally {
			cb.dispose();
		}
		DataSourcesView view = view();
		if (view != null) {
			view.getViewSite().getActionBars().getStatusLineManager().setMessage(
					names.size() == 1 ? Messages.bind(Messages.Actions_copiedOne, names.get(0)) : Messages.Actions_copiedMany);
		}
	}

	private DataSourcesView view() {
		if (window == null || window.getActivePage() == null) {
			return null;
		}
		IViewPart v = window.getActivePage().findView(DataSourcesView.ID);
		return v instanceof DataSourcesView dsv ? dsv : null;
	}

	/** Selects a DSN in the view once it shows it (after the refresh the store's change triggers). */
	private void select(String name) {
		DataSourcesView v = view();
		if (v != null) {
			v.refreshAndSelect(name);
		}
	}

	interface StoreWork {
		void run(org.eclipse.core.runtime.IProgressMonitor monitor) throws Exception;
	}

	/** Runs store work off the UI thread (busy cursor, a progress dialog if slow); reports failures. */
	private boolean run(StoreWork work) {
		IRunnableWithProgress r = monitor -> {
			try {
				work.run(monitor);
			} catch (InterruptedException e) {
				throw e;
			} catch (Exception e) {
				throw new InvocationTargetException(e);
			}
		};
		try {
			PlatformUI.getWorkbench().getProgressService().busyCursorWhile(r);
			return true;
		} catch (InvocationTargetException e) {
			Throwable cause = e.getCause();
			MessageDialog.openError(shell, Messages.Actions_failedTitle,
					cause.getMessage() != null ? cause.getMessage() : cause.toString());
			return false;
		} catch (InterruptedException e) {
			return false;
		}
	}
}
