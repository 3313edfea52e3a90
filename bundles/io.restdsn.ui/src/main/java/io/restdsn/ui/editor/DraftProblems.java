package io.restdsn.ui.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.eclipse.core.databinding.observable.value.ComputedValue;
import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.core.databinding.validation.ValidationStatus;
import org.eclipse.core.runtime.IStatus;

import io.restdsn.core.dsn.Dsn;
import io.restdsn.core.ini.IniValueRules;
import io.restdsn.core.options.OptionCatalog;
import io.restdsn.core.validation.DsnValidator;
import io.restdsn.core.validation.Problem;

/**
 * Everything wrong with the draft, recomputed on every change: the core {@link DsnValidator}'s problems, plus what
 * only the editor can know (the name is taken, a value odbc.ini cannot hold). Each problem names the option whose
 * field it decorates; {@link #NAME} stands for the DSN's name.
 */
public final class DraftProblems {

	/** The "option" of problems with the DSN name. */
	public static final String NAME = "(name)";

	private final OptionCatalog catalog = OptionCatalog.standard();
	private final DsnValidator validator = new DsnValidator();
	private final Set<String> takenNames = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
	private final String ownName;
	private final IObservableValue<List<Problem>> problems;

	/**
	 * @param takenNames names of the other DSNs in the file
	 */
	public DraftProblems(DsnDraft draft, Collection<String> takenNames) {
		this.takenNames.addAll(takenNames);
		this.ownName = draft.originalName();
		this.problems = ComputedValue.create(() -> compute(draft.dsn().getValue()));
	}

	/** The current problems, observable; errors and warnings in rule order. */
	public IObservableValue<List<Problem>> all() {
		return problems;
	}

	public List<Problem> current() {
		return problems.getValue();
	}

	public boolean hasErrors() {
		return Problem.anyError(current());
	}

	private List<Problem> compute(Dsn dsn) {
		List<Problem> out = new ArrayList<>();
		nameProblem(dsn.name()).ifPresent(m -> out.add(Problem.error(NAME, m)));
		out.addAll(validator.validate(dsn));
		for (Dsn.Option o : dsn.options()) {
			if (!catalog.isSecret(o.key())) { // secrets never go to odbc.ini, so its rules do not apply
				IniValueRules.entryProblem(o.key(), o.value())
						.ifPresent(m -> out.add(Problem.error(catalog.canonicalName(o.key()), sentence(m))));
			}
		}
		return List.copyOf(out);
	}

	private Optional<String> nameProblem(String name) {
		if (name.isBlank()) {
			return Optional.of(Messages.Problem_nameEmpty);
		}
		Optional<String> rule = IniValueRules.nameProblem(name);
		if (rule.isPresent()) {
			return Optional.of(sentence(rule.get()));
		}
		boolean own = ownName != null && ownName.equalsIgnoreCase(name);
		if (!own && takenNames.contains(name)) {
			return Optional.of(Messages.bind(Messages.Problem_nameTaken, name));
		}
		return Optional.empty();
	}

	/** The ini rules write lower-case fragments ("the DSN name is empty; …"): make them read as a sentence. */
	private static String sentence(String fragment) {
		String s = fragment.substring(0, 1).toUpperCase(Locale.ROOT) + fragment.substring(1);
		return s.endsWith(".") ? s : s + ".";
	}

	/** The problems of one option (or {@link #NAME}). */
	public static Predicate<Problem> about(String option) {
		return p -> p.option().equalsIgnoreCase(option);
	}

	/** The most severe of the matching problems as a status whose message is that problem's. */
	public IObservableValue<IStatus> status(Predicate<Problem> which) {
		return status(which, null);
	}

	/** As {@link #status(Predicate)}, but OK while {@code loud} (if given) is false. */
	public IObservableValue<IStatus> status(Predicate<Problem> which, IObservableValue<Boolean> loud) {
		return ComputedValue.create(() -> {
			List<Problem> ps = problems.getValue().stream().filter(which).toList();
			return loud != null && !Boolean.TRUE.equals(loud.getValue()) ? ValidationStatus.ok() : toStatus(ps);
		});
	}

	static IStatus toStatus(List<Problem> list) {
		for (Problem p : list) {
			if (p.isError()) {
				return ValidationStatus.error(p.message());
			}
		}
		return list.isEmpty() ? ValidationStatus.ok() : ValidationStatus.warning(list.get(0).message());
	}

	public void dispose() {
		problems.dispose();
	}
}
