package io.restdsn.ui.tests.pages;

import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import io.restdsn.ui.editor.FieldBinder;
import io.restdsn.ui.tests.driver.Driver;

/**
 * The option fields of a dialog or wizard, found by the option they edit ({@code option.<Name>} ids), with what a
 * user sees of them: text, masking, the decoration beside them.
 */
public class OptionFields {

	protected final Driver driver;
	protected final Shell shell;

	OptionFields(Driver driver, Shell shell) {
		this.driver = driver;
		this.shell = shell;
	}

	public Shell shell() {
		return shell;
	}

	public <T extends Control> T control(String id, Class<T> type) {
		return driver.byId(shell, id, type);
	}

	/** Replaces the field's text, as typing would. */
	public OptionFields type(String option, String value) {
		driver.type(control("option." + option, Text.class), value);
		return this;
	}

	public String text(String option) {
		return control("option." + option, Text.class).getText();
	}

	/** Picks an entry of a drop-down by its label. */
	public OptionFields pick(String option, String item) {
		driver.select(control("option." + option, Combo.class), item);
		return this;
	}

	public String picked(String option) {
		return control("option." + option, Combo.class).getText();
	}

	/** The name field of the General page or the wizard's first page. */
	public OptionFields name(String name) {
		driver.type(control("dsn.name", Text.class), name);
		return this;
	}

	public boolean masked(String option) {
		return control("option." + option, Text.class).getEchoChar() != '\0';
	}

	public OptionFields reveal(String option) {
		driver.click(control("option." + option + ".reveal", Button.class));
		return this;
	}

	/** The text of the decoration beside an option's field when one shows, else {@code null}. */
	public String decoration(String option) {
		return decorationOf(control("option." + option, Control.class));
	}

	public String nameDecoration() {
		return decorationOf(control("dsn.name", Control.class));
	}

	private static String decorationOf(Control c) {
		Object d = c.getData(FieldBinder.DECORATION);
		return d instanceof ControlDecoration cd && cd.isVisible() ? cd.getDescriptionText() : null;
	}

	public void click(String id) {
		driver.click(control(id, Button.class));
	}

	public boolean enabled(String id) {
		return control(id, Control.class).isEnabled();
	}

	public String label(String id) {
		return control(id, Label.class).getText();
	}

	/** Whether the control is on screen (its own and its parents' visibility). */
	public boolean showing(String id) {
		return control(id, Control.class).isVisible();
	}

	public String tooltip(String id) {
		return control(id, Control.class).getToolTipText();
	}

	/** Authentication method, by its label as the drop-down shows it. */
	public OptionFields method(String label) {
		return pick("AuthenticationMethod", label);
	}

	/** Token endpoint as method selector plus URL. */
	public OptionFields tokenEndpoint(String method, String url) {
		driver.select(control("option.TokenURI.method", Combo.class), method);
		return type("TokenURI", url);
	}

	/** One of the four ClientCredentialsMode radio buttons, by code. */
	public OptionFields credentialsMode(int code) {
		driver.click(control("option.ClientCredentialsMode." + code, Button.class));
		return this;
	}

	/** Tables from a sample endpoint (the radio, then the URL). */
	public OptionFields sampleEndpoint(String url) {
		driver.click(control("source.sample", Button.class));
		return type("RestSamplePath", url);
	}
}
