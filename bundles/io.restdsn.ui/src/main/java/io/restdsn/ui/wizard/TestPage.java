package io.restdsn.ui.wizard;

import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.CancellationException;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import io.restdsn.core.dsn.Dsn;
import io.restdsn.ui.checks.CheckResult;
import io.restdsn.ui.checks.ConnectionChecks;
import io.restdsn.ui.dialogs.ConnectionTestDialog;

/**
 * Last step: the staged connection test, run as soon as the page shows (and again on request), modally in the
 * wizard with its progress bar and Cancel. Finish needs a passed test; after a failed (or canceled) one it needs the
 * explicit "Save anyway" tick. Without the connection-test component the page says so and Finish is allowed.
 *
 * <pre>
 * [Test Again]  Passed in 412 ms / Failed: Access token: invalid_client …        [Details...]
 * +----------------------+--------+--------+---------------------------+
 * | Stage                | Result | Time   | Details                   |
 * | Resolve and connect  | PASSED | 12 ms  |                           |
 * +----------------------+--------+--------+---------------------------+
 * [ ] Save anyway, although the connection test did not pass
 * </pre>
 */
final class TestPage extends WizardPage {

	private final NewDataSourceWizard owner;
	private Button run;
	private Button details;
	private Label summary;
	private TableViewer stages;
	private Button saveAnyway;
	private Label recap;
	private CheckResult result;
	private Dsn tested;

	TestPage(NewDataSourceWizard owner) {
		super("test", Messages.TestPage_title, null);
		this.owner = owner;
		setDescription(Messages.TestPage_intro);
	}

	@Override
	public void createControl(Composite parent) {
		ConnectionChecks checks = owner.checks();
		Composite body = new Composite(parent, SWT.NONE);
		body.setData("id", "wizard.page.test");
		GridLayoutFactory.swtDefaults().numColumns(3).spacing(10, 8).applyTo(body);
		run = new Button(body, SWT.PUSH);
		run.setText(Messages.TestPage_run);
		run.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
		run.setData("id", "test.run");
		run.addListener(SWT.Selection, e -> runTest());
		summary = new Label(body, SWT.WRAP);
		summary.setData("id", "test.summary");
		summary.setLayoutData(GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).create());
		details = new Button(body, SWT.PUSH);
		details.setText(Messages.TestPage_detailsButton);
		details.setToolTipText(Messages.TestPage_detailsTooltip);
		details.setLayoutData(new GridData(SWT.RIGHT, SWT.TOP, false, false));
		details.setData("id", "test.details");
		details.setEnabled(false);
		details.addListener(SWT.Selection, e -> openDetails());

		Composite holder = new Composite(body, SWT.NONE);
		holder.setLayoutData(GridDataFactory.fillDefaults().grab(true, true).span(3, 1).hint(400, 150).create());
		TableColumnLayout columns = new TableColumnLayout();
		holder.setLayout(columns);
		stages = new TableViewer(holder, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		stages.getTable().setHeaderVisible(true);
		stages.getTable().setLinesVisible(true);
		stages.getTable().setData("id", "test.stages");
		stages.setContentProvider(ArrayContentProvider.getInstance());
		ColumnViewerToolTipSupport.enableFor(stages);
		column(columns, Messages.TestPage_stage, 25, s -> s.title());
		column(columns, Messages.TestPage_result, 12, s -> s.outcome().name());
		column(columns, Messages.TestPage_time, 10, s -> s.duration().toMillis() + " ms");
		column(columns, Messages.TestPage_details, 53, s -> s.message());

		saveAnyway = new Button(body, SWT.CHECK);
		saveAnyway.setText(Messages.TestPage_saveAnyway);
		saveAnyway.setData("id", "test.saveAnyway");
		saveAnyway.setLayoutData(GridDataFactory.fillDefaults().span(3, 1).create());
		saveAnyway.addListener(SWT.Selection, e -> getContainer().updateButtons());

		recap = new Label(body, SWT.WRAP);
		recap.setData("id", "test.recap");
		recap.setLayoutData(GridDataFactory.fillDefaults().grab(true, false).span(3, 1).hint(300, SWT.DEFAULT).create());

		if (!checks.available()) {
			run.setEnabled(false);
			run.setToolTipText(checks.unavailableReason());
			details.setVisible(false);
			summary.setText(Messages.TestPage_unavailable + "\n" + checks.unavailableReason());
			for (org.eclipse.swt.widgets.Control c : new org.eclipse.swt.widgets.Control[] { saveAnyway, holder }) {
				c.setVisible(false);
				((GridData) c.getLayoutData()).exclude = true;
			}
		} else {
			saveAnyway.setEnabled(false);
		}
		setControl(body);
	}

	private void column(TableColumnLayout columns, String title, int weight,
			java.util.function.Function<CheckResult.Stage, String> text) {
		TableViewerColumn c = new TableViewerColumn(stages, SWT.LEFT);
		c.getColumn().setText(title);
		columns.setColumnData(c.getColumn(), new ColumnWeightData(weight, 50, true));
		c.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object e) {
				return text.apply((CheckResult.Stage) e);
			}

			@Override
			public String getToolTipText(Object e) {
				return getText(e);
			}

			@Override
			public Color getForeground(Object e) {
				return switch (((CheckResult.Stage) e).outcome()) {
					case PASSED -> stages.getTable().getDisplay().getSystemColor(SWT.COLOR_DARK_GREEN);
					case FAILED -> stages.getTable().getDisplay().getSystemColor(SWT.COLOR_DARK_RED);
					default -> null;
				};
			}
		});
	}

	@Override
	public void setVisible(boolean visible) {
		super.setVisible(visible);
		if (visible) {
			Dsn d = owner.draft().current();
			java.util.List<String> secrets = d.options().stream()
					.filter(o -> io.restdsn.core.options.OptionCatalog.standard().isSecret(o.key())).map(o -> o.key())
					.toList();
			recap.setText(Messages.bind(Messages.TestPage_recap, d.name(), owner.location())
					+ (secrets.isEmpty() ? "" : " " + Messages.bind(Messages.TestPage_recapSecrets, String.join(", ", secrets))));
			recap.getParent().layout(true, true);
		}
		if (visible && owner.checks().available() && !owner.draft().current().equals(tested)) {
			// after the page is on screen, so the progress shows in the wizard
			getShell().getDisplay().asyncExec(() -> {
				if (!getShell().isDisposed() && isCurrentPage()) {
					runTest();
				}
			});
		}
	}

	/** Runs the test in the wizard's own progress area; Cancel there cancels the call in flight. */
	void runTest() {
		Dsn dsn = owner.draft().current();
		CheckResult[] out = new CheckResult[1];
		try {
			getContainer().run(true, true, monitor -> {
				try {
					out[0] = owner.checks().test(dsn, monitor);
				} catch (CancellationException e) {
					throw new InterruptedException();
				}
			});
		} catch (InvocationTargetException e) {
			show(dsn, null, e.getCause().getMessage());
			return;
		} catch (InterruptedException e) {
			show(dsn, null, Messages.TestPage_canceled);
			return;
		}
		show(dsn, out[0], null);
	}

	private void show(Dsn dsn, CheckResult r, String problem) {
		tested = dsn;
		result = r;
		if (r != null) {
			stages.setInput(r.stages());
		} else {
			stages.setInput(java.util.List.of());
		}
		run.setText(Messages.TestPage_again);
		details.setEnabled(r != null);
		boolean passed = r != null && r.passed();
		if (passed) {
			summary.setText(Messages.TestPage_passed);
			setMessage(Messages.TestPage_passed, IMessageProvider.INFORMATION);
		} else {
			String why = problem != null ? problem : r.canceled() ? Messages.TestPage_canceled : r.firstFailure();
			summary.setText(Messages.bind(Messages.TestPage_failed, why));
			setMessage(Messages.TestPage_failedMessage, IMessageProvider.WARNING);
		}
		saveAnyway.setEnabled(!passed);
		if (passed) {
			saveAnyway.setSelection(false);
		}
		summary.getParent().layout(true, true);
		getContainer().updateButtons();
	}

	/**
	 * The test dialog on this result: each stage's full message and transcript, Copy. A test run again there counts
	 * here too, as long as the draft is still the one tested.
	 */
	private void openDetails() {
		Dsn dsn = tested;
		if (result == null || dsn == null) {
			return;
		}
		ConnectionTestDialog dialog = ConnectionTestDialog.showing(getShell(), owner.checks(), dsn, result, r -> {
			if (!getControl().isDisposed() && !r.canceled() && dsn.equals(owner.draft().current())) {
				show(dsn, r, null);
			}
		});
		dialog.setBlockOnOpen(false);
		dialog.open();
	}

	/** The result of the test of the draft as it is now, if there is one (to record when Finish saves it). */
	CheckResult resultOfCurrent() {
		return owner.draft().current().equals(tested) ? result : null;
	}

	/** Whether Finish may save: a passed test of exactly this draft, or the explicit tick after a failed one. */
	boolean allowsFinish() {
		if (!owner.checks().available()) {
			return true;
		}
		boolean current = owner.draft().current().equals(tested);
		return current && (result != null && result.passed() || saveAnyway.getSelection());
	}

	@Override
	public boolean isPageComplete() {
		return getControl() != null && allowsFinish();
	}
}
