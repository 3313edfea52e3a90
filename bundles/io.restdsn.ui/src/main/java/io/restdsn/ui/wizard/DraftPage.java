package io.restdsn.ui.wizard;

import java.util.List;
import java.util.function.Predicate;

import org.eclipse.core.databinding.DataBindingContext;
import org.eclipse.core.databinding.observable.value.WritableValue;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

import io.restdsn.core.validation.Problem;
import io.restdsn.ui.editor.FieldBinder;
import io.restdsn.ui.editor.ScrolledPage;

/**
 * A wizard page that edits part of the wizard's draft: its fields are decorated like the editor's, it is complete
 * when none of its options has an error, and it shows problems (message and decorations) only once the user changed
 * something on it: a fresh page explains what to enter instead of marking every empty field.
 */
abstract class DraftPage extends WizardPage {

	protected final NewDataSourceWizard owner;
	private final String intro;
	private DataBindingContext dbc;
	private FieldBinder binder;
	private boolean touched;
	private WritableValue<Boolean> loud;

	DraftPage(String name, String title, String intro, NewDataSourceWizard owner) {
		super(name, title, null);
		this.owner = owner;
		this.intro = intro;
		setDescription(intro);
	}

	/** Problems this page is responsible for. */
	protected abstract Predicate<Problem> mine();

	/** The page's fields, in {@code parent}, bound through {@code binder}. */
	protected abstract Control createFields(Composite parent, FieldBinder binder, Runnable reflow);

	@Override
	public final void createControl(Composite parent) {
		dbc = new DataBindingContext(owner.draft().dsn().getRealm());
		loud = new WritableValue<>(dbc.getValidationRealm(), Boolean.FALSE, Boolean.class);
		binder = new FieldBinder(dbc, owner.draft(), owner.problems(), loud);
		ScrolledPage page = new ScrolledPage(parent, (c, reflow) -> createFields(c, binder, reflow));
		page.control().setData("id", "wizard.page." + getName());
		setControl(page.control());
		owner.draft().dsn().addValueChangeListener(e -> {
			if (isCurrentPage() && !touched) {
				touched = true;
				loud.setValue(Boolean.TRUE);
				update();
			}
		});
		owner.problems().all().addValueChangeListener(e -> update());
		update();
	}

	void update() {
		if (getControl() == null || getControl().isDisposed()) {
			return;
		}
		List<Problem> ps = owner.problems().current().stream().filter(mine()).toList();
		Problem error = ps.stream().filter(Problem::isError).findFirst().orElse(null);
		Problem warning = ps.stream().filter(p -> !p.isError()).findFirst().orElse(null);
		if (error != null && touched) {
			setErrorMessage(error.message());
		} else {
			setErrorMessage(null);
			if (error != null) {
				setMessage(intro);
			} else if (warning != null) {
				setMessage(warning.message(), IMessageProvider.WARNING);
			} else {
				setMessage(intro);
			}
		}
		setPageComplete(error == null);
		if (getContainer() != null && getContainer().getCurrentPage() != null) {
			getContainer().updateButtons();
		}
	}

	@Override
	public void dispose() {
		if (binder != null) {
			binder.dispose();
		}
		if (dbc != null) {
			dbc.dispose();
		}
		if (loud != null) {
			loud.dispose();
		}
		super.dispose();
	}
}
