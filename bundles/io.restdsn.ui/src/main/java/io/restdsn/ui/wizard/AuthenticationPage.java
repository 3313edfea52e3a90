package io.restdsn.ui.wizard;

import java.util.function.Predicate;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

import io.restdsn.core.validation.Problem;
import io.restdsn.ui.editor.AuthenticationSection;
import io.restdsn.ui.editor.FieldBinder;

/**
 * Second step: the authentication method and its fields, the same section as the editor's Authentication page.
 * Responsible for every problem the first page does not show, so nothing blocking can slip through to Finish.
 */
final class AuthenticationPage extends DraftPage {

	private AuthenticationSection section;

	AuthenticationPage(NewDataSourceWizard owner) {
		super("authentication", Messages.AuthPage_title, Messages.AuthPage_intro, owner);
	}

	@Override
	protected Predicate<Problem> mine() {
		return p -> !NameAndSourcePage.OPTIONS.contains(p.option());
	}

	@Override
	protected Control createFields(Composite parent, FieldBinder binder, Runnable reflow) {
		section = new AuthenticationSection(parent, binder, owner.checks(), reflow);
		return section.control();
	}

	@Override
	public void dispose() {
		if (section != null) {
			section.dispose();
		}
		super.dispose();
	}
}
