package io.restdsn.ui.wizard;

import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

import io.restdsn.core.validation.Problem;
import io.restdsn.ui.editor.FieldBinder;
import io.restdsn.ui.editor.GeneralSection;

/** First step: the name, a description, and the Model file or sample endpoint the tables come from. */
final class NameAndSourcePage extends DraftPage {

	static final Set<String> OPTIONS = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);

	static {
		OPTIONS.addAll(GeneralSection.wizardOptions());
	}

	private GeneralSection section;

	NameAndSourcePage(NewDataSourceWizard owner) {
		super("nameAndSource", Messages.NamePage_title, Messages.NamePage_intro, owner);
	}

	@Override
	protected Predicate<Problem> mine() {
		return p -> OPTIONS.contains(p.option());
	}

	@Override
	protected Control createFields(Composite parent, FieldBinder binder, Runnable reflow) {
		section = new GeneralSection(parent, binder, false);
		return section.control();
	}

	@Override
	public void setVisible(boolean visible) {
		super.setVisible(visible);
		if (visible && section != null) {
			section.nameField().setFocus();
		}
	}
}
