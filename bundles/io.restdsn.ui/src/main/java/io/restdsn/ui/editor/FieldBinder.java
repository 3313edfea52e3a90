package io.restdsn.ui.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.core.databinding.DataBindingContext;
import org.eclipse.core.databinding.observable.IObservable;
import org.eclipse.core.databinding.observable.list.IObservableList;
import org.eclipse.core.databinding.observable.list.WritableList;
import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.databinding.fieldassist.ControlDecorationSupport;
import org.eclipse.jface.databinding.fieldassist.ControlDecorationUpdater;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.databinding.swt.typed.WidgetProperties;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;

import io.restdsn.core.validation.Problem;

/**
 * Binds widgets to the draft's options and decorates them with the problems of those options.
 * <p>
 * One instance per dialog or wizard page. Several widgets may show one option (ClientID appears on the panel of
 * every method that uses it); they share the option's observable and its decoration status, so only the visible one
 * matters to the user. {@link #decorated()} tells which options have a field here; the rest go to the message area
 * only.
 */
public final class FieldBinder {

	private final DataBindingContext dbc;
	private final DsnDraft draft;
	private final DraftProblems problems;
	private final Map<String, IObservableList<IObservable>> targets = new HashMap<>();
	private final Set<String> decorated = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
	private final List<ControlDecorationSupport> supports = new ArrayList<>();
	private final List<IObservableValue<IStatus>> statuses = new ArrayList<>();

	/** Key under which a decorated control holds its {@link ControlDecoration}, for UI tests to read it. */
	public static final String DECORATION = "io.restdsn.decoration";

	/** The standard look; also hands each control its decoration (there is no other way to reach it). */
	private static final ControlDecorationUpdater UPDATER = new ControlDecorationUpdater() {
		@Override
		protected void update(ControlDecoration decoration, IStatus status) {
			super.update(decoration, status);
			decoration.getControl().setData(DECORATION, decoration);
		}
	};

	private final IObservableValue<Boolean> loud;

	public FieldBinder(DataBindingContext dbc, DsnDraft draft, DraftProblems problems) {
		this(dbc, draft, problems, null);
	}

	/**
	 * @param loud while {@code false}, decorations stay hidden (a wizard page the user has not touched yet explains
	 *             what to enter rather than marking every empty field); {@code null} means always shown
	 */
	public FieldBinder(DataBindingContext dbc, DsnDraft draft, DraftProblems problems, IObservableValue<Boolean> loud) {
		this.dbc = dbc;
		this.draft = draft;
		this.problems = problems;
		this.loud = loud;
	}

	public DsnDraft draft() {
		return draft;
	}

	public DraftProblems problems() {
		return problems;
	}

	public DataBindingContext context() {
		return dbc;
	}

	/** Two-way binding of a text field to an option (typing updates the draft at once). */
	public void text(String option, Text text) {
		IObservableValue<String> widget = WidgetProperties.text(SWT.Modify).observe(text);
		dbc.bindValue(widget, draft.option(option));
		decorate(option, widget);
	}

	/** The DSN's name. */
	public void name(Text text) {
		IObservableValue<String> widget = WidgetProperties.text(SWT.Modify).observe(text);
		dbc.bindValue(widget, draft.name());
		decorate(DraftProblems.NAME, widget);
	}

	/** Shows the problems of {@code option} as a decoration on the widget {@code target} observes. */
	public void decorate(String option, IObservable target) {
		String key = option.toLowerCase(Locale.ROOT);
		IObservableList<IObservable> list = targets.get(key);
		if (list == null) {
			list = new WritableList<>(dbc.getValidationRealm(), new ArrayList<>(), IObservable.class);
			targets.put(key, list);
			IObservableValue<IStatus> status = problems.status(DraftProblems.about(option), loud);
			statuses.add(status);
			supports.add(ControlDecorationSupport.create(status, SWT.TOP | SWT.LEFT, null, UPDATER, list));
		}
		list.add(target);
		decorated.add(option);
	}

	/** Decorates a control that has no observable of its own (a radio button standing for a choice). */
	public void decorate(String option, Control control) {
		decorate(option, WidgetProperties.enabled().observe(control));
	}

	/** Options that have a decorated field here ({@link DraftProblems#NAME} included when the name has one). */
	public Set<String> decorated() {
		return decorated;
	}

	/** Removes the decorations; the bindings go with the data binding context. */
	public void dispose() {
		supports.forEach(ControlDecorationSupport::dispose);
		statuses.forEach(IObservableValue::dispose);
	}

	/** Whether a problem has a field of its own here. */
	public boolean hasField(Problem p) {
		return decorated.contains(p.option());
	}
}
