package io.restdsn.ui.tests.pages;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

import io.restdsn.ui.tests.driver.Driver;

/** The New Data Source wizard: its steps, buttons and messages, and the fields of the current step. */
public final class NewDataSourceWizardPage extends OptionFields {

	public static final String TITLE = "New Data Source";

	private NewDataSourceWizardPage(Driver driver, Shell shell) {
		super(driver, shell);
	}

	/** The wizard that is open (waits for it). */
	public static NewDataSourceWizardPage find(Driver driver) {
		return new NewDataSourceWizardPage(driver, driver.shell(TITLE));
	}

	private WizardDialog dialog() {
		return (WizardDialog) shell.getData();
	}

	private IWizardPage current() {
		return dialog().getCurrentPage();
	}

	/** The current step's name: nameAndSource, authentication, test. */
	public String step() {
		return current().getName();
	}

	public String errorMessage() {
		return current().getErrorMessage();
	}

	public String message() {
		return current().getMessage();
	}

	public boolean isOpen() {
		return !shell.isDisposed();
	}

	private Button button(int id, String label) {
		List<Control> hits = Driver.findAll(shell, c -> c instanceof Button b
				&& b.getText().replace("&", "").equals(label.replace("&", "")));
		Driver.require(!hits.isEmpty(), "no button " + label);
		return (Button) hits.get(0);
	}

	public boolean canGoNext() {
		return button(IDialogConstants.NEXT_ID, IDialogConstants.NEXT_LABEL).isEnabled();
	}

	public boolean canFinish() {
		return button(IDialogConstants.FINISH_ID, IDialogConstants.FINISH_LABEL).isEnabled();
	}

	public NewDataSourceWizardPage next() {
		driver.click(button(IDialogConstants.NEXT_ID, IDialogConstants.NEXT_LABEL));
		return this;
	}

	public NewDataSourceWizardPage back() {
		driver.click(button(IDialogConstants.BACK_ID, IDialogConstants.BACK_LABEL));
		return this;
	}

	public void finish() {
		driver.click(button(IDialogConstants.FINISH_ID, IDialogConstants.FINISH_LABEL));
		driver.waitUntil("the wizard to close", () -> shell.isDisposed() || errorMessage() != null);
	}

	public void cancel() {
		driver.click(button(IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL));
		driver.waitUntil("the wizard to close", shell::isDisposed);
	}

	/** Test step: the summary line beside "Test Again". */
	public String testSummary() {
		return label("test.summary");
	}

	/** Test step: the stages as title / outcome. */
	public List<String> testStages() {
		List<String> out = new ArrayList<>();
		for (TableItem i : control("test.stages", Table.class).getItems()) {
			out.add(i.getText(0) + " " + i.getText(1));
		}
		return out;
	}

	public NewDataSourceWizardPage saveAnyway() {
		click("test.saveAnyway");
		return this;
	}
}
