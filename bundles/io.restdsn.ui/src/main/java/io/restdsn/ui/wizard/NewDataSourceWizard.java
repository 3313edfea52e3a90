package io.restdsn.ui.wizard;

import java.lang.reflect.InvocationTargetException;
import java.util.Collection;
import java.util.function.Consumer;

import org.eclipse.core.databinding.observable.Realm;
import org.eclipse.jface.databinding.swt.DisplayRealm;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.widgets.Display;

import io.restdsn.core.dsn.Dsn;
import io.restdsn.core.ini.OdbcIniDocument;
import io.restdsn.core.options.AuthMethod;
import io.restdsn.core.options.OptionNames;
import io.restdsn.ui.checks.CheckResult;
import io.restdsn.ui.checks.ConnectionChecks;
import io.restdsn.ui.checks.LastTests;
import io.restdsn.ui.editor.DraftProblems;
import io.restdsn.ui.editor.DsnDraft;
import io.restdsn.ui.store.DsnStore;

/**
 * File &gt; New &gt; Data Source: name and source, authentication, connection test, then save. One draft runs
 * through all pages (the same {@link DsnDraft} and validation as the editor); nothing is written before Finish, and
 * Cancel drops the draft with every secret typed into it.
 */
public final class NewDataSourceWizard extends Wizard {

	private final DsnStore store;
	private final ConnectionChecks checks;
	private final Consumer<String> afterSave;
	private final DsnDraft draft;
	private final DraftProblems problems;
	private NameAndSourcePage namePage;
	private AuthenticationPage authPage;
	private TestPage testPage;
	private LastTests lastTests;

	/**
	 * @param existing  names of the DSNs in the file, which the new one must not reuse
	 * @param afterSave called on the UI thread with the new DSN's name
	 */
	public NewDataSourceWizard(DsnStore store, ConnectionChecks checks, Collection<String> existing,
			Consumer<String> afterSave) {
		this.store = store;
		this.checks = checks;
		this.afterSave = afterSave;
		Realm realm = DisplayRealm.getRealm(Display.getCurrent());
		this.draft = DsnDraft.create(realm, startingPoint());
		this.problems = new DraftProblems(draft, existing);
		setWindowTitle(Messages.Wizard_title);
		// the progress part (test step) takes room; without the test component nothing long runs in the wizard
		setNeedsProgressMonitor(checks.available());
		setHelpAvailable(false);
	}

	/** The product's main flow preselected, and the driver most installations register under its usual name. */
	static Dsn startingPoint() {
		return Dsn.empty("").with(OptionNames.DRIVER, OdbcIniDocument.DEFAULT_DRIVER_DESCRIPTION)
				.with(OptionNames.AUTHENTICATION_METHOD, AuthMethod.OAUTH2_CLIENT_CREDENTIALS.value());
	}

	/** Where the result of the test of the saved DSN goes (the Data Sources view's "Last test"). */
	public void setLastTests(LastTests lastTests) {
		this.lastTests = lastTests;
	}

	DsnDraft draft() {
		return draft;
	}

	DraftProblems problems() {
		return problems;
	}

	/** The file Finish writes to, for the recap. */
	String location() {
		return store.location().toString();
	}

	ConnectionChecks checks() {
		return checks;
	}

	@Override
	public void addPages() {
		namePage = new NameAndSourcePage(this);
		authPage = new AuthenticationPage(this);
		testPage = new TestPage(this);
		addPage(namePage);
		addPage(authPage);
		addPage(testPage);
	}

	/** The draft's own pages must be complete, and the test passed (or "save anyway" ticked). */
	@Override
	public boolean canFinish() {
		if (!namePage.isPageComplete() || !authPage.isPageComplete() || problems.hasErrors()) {
			return false;
		}
		if (!checks.available()) {
			return true;
		}
		return testPage.getControl() != null && testPage.allowsFinish();
	}

	@Override
	public boolean performFinish() {
		Dsn dsn = draft.current();
		try {
			getContainer().run(true, false, monitor -> {
				try {
					store.save(null, dsn);
				} catch (Exception e) {
					throw new InvocationTargetException(e);
				}
			});
		} catch (InvocationTargetException e) {
			IWizardPage page = getContainer().getCurrentPage();
			if (page instanceof WizardPage wp) {
				wp.setErrorMessage(Messages.bind(Messages.Wizard_saveFailed, e.getCause().getMessage()));
			}
			return false;
		} catch (InterruptedException e) {
			return false;
		}
		CheckResult tested = testPage.resultOfCurrent();
		if (lastTests != null && tested != null) {
			lastTests.record(dsn, tested);
		}
		if (afterSave != null) {
			Display.getCurrent().asyncExec(() -> afterSave.accept(dsn.name()));
		}
		return true;
	}

	@Override
	public void dispose() {
		super.dispose();
		problems.dispose();
		draft.dispose();
	}
}
