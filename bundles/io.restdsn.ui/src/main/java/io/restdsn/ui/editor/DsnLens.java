package io.restdsn.ui.editor;

import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.eclipse.core.databinding.observable.Diffs;
import org.eclipse.core.databinding.observable.value.AbstractObservableValue;
import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.core.databinding.observable.value.IValueChangeListener;

import io.restdsn.core.dsn.Dsn;

/**
 * A writable view of one part of the draft's {@link Dsn} (an option, the name, the method…) that fires changes only
 * when that part changes. Every widget binds to one of these, so a widget and the Advanced grid or the Preview stay in
 * step through the one immutable {@code Dsn}, the single source of truth.
 */
final class DsnLens<T> extends AbstractObservableValue<T> {

	private final IObservableValue<Dsn> source;
	private final Function<Dsn, T> get;
	private final BiFunction<Dsn, T, Dsn> set;
	private final Object valueType;
	private final IValueChangeListener<Dsn> listener;
	private T cached;

	DsnLens(IObservableValue<Dsn> source, Function<Dsn, T> get, BiFunction<Dsn, T, Dsn> set, Object valueType) {
		super(source.getRealm());
		this.source = source;
		this.get = get;
		this.set = set;
		this.valueType = valueType;
		this.cached = get.apply(source.getValue());
		this.listener = e -> {
			T now = get.apply(e.diff.getNewValue());
			if (!Objects.equals(now, cached)) {
				T old = cached;
				cached = now;
				fireValueChange(Diffs.createValueDiff(old, now));
			}
		};
		source.addValueChangeListener(listener);
	}

	@Override
	protected T doGetValue() {
		return cached;
	}

	@Override
	protected void doSetValue(T value) {
		source.setValue(set.apply(source.getValue(), value));
	}

	@Override
	public Object getValueType() {
		return valueType;
	}

	@Override
	public synchronized void dispose() {
		source.removeValueChangeListener(listener);
		super.dispose();
	}
}
