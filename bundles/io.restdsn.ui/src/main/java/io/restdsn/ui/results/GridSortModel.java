package io.restdsn.ui.results;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.nebula.widgets.nattable.sort.ISortModel;
import org.eclipse.nebula.widgets.nattable.sort.SortDirectionEnum;

/**
 * NatTable's sort state for the result grid: which columns, which direction, in which order. NatTable's header
 * click changes it through {@link #sort}; the grid then sorts the fetched rows in the background and swaps the new
 * {@link RowOrder} in.
 */
final class GridSortModel implements ISortModel {

	private final List<RowOrder.Key> keys = new ArrayList<>();
	private final Consumer<List<RowOrder.Key>> changed;

	/** @param changed called (UI thread) with the new keys after every change */
	GridSortModel(Consumer<List<RowOrder.Key>> changed) {
		this.changed = changed;
	}

	List<RowOrder.Key> keys() {
		return List.copyOf(keys);
	}

	@Override
	public List<Integer> getSortedColumnIndexes() {
		return keys.stream().map(RowOrder.Key::column).toList();
	}

	@Override
	public boolean isColumnIndexSorted(int columnIndex) {
		return indexOf(columnIndex) >= 0;
	}

	@Override
	public SortDirectionEnum getSortDirection(int columnIndex) {
		int i = indexOf(columnIndex);
		return i < 0 ? SortDirectionEnum.NONE : keys.get(i).ascending() ? SortDirectionEnum.ASC : SortDirectionEnum.DESC;
	}

	@Override
	public int getSortOrder(int columnIndex) {
		return indexOf(columnIndex);
	}

	@SuppressWarnings("rawtypes")
	@Override
	public List<Comparator> getComparatorsForColumnIndex(int columnIndex) {
		return List.of(getColumnComparator(columnIndex));
	}

	@Override
	public Comparator<?> getColumnComparator(int columnIndex) {
		return RowOrder::compareValues;
	}

	@Override
	public void sort(int columnIndex, SortDirectionEnum direction, boolean accumulate) {
		if (!accumulate) {
			keys.removeIf(k -> k.column() != columnIndex);
		}
		int i = indexOf(columnIndex);
		if (direction == SortDirectionEnum.NONE) {
			if (i >= 0) {
				keys.remove(i);
			}
		} else {
			RowOrder.Key k = new RowOrder.Key(columnIndex, direction == SortDirectionEnum.ASC);
			if (i >= 0) {
				keys.set(i, k);
			} else {
				keys.add(k);
			}
		}
		changed.accept(keys());
	}

	@Override
	public void clear() {
		keys.clear();
		changed.accept(keys());
	}

	private int indexOf(int columnIndex) {
		for (int i = 0; i < keys.size(); i++) {
			if (keys.get(i).column() == columnIndex) {
				return i;
			}
		}
		return -1;
	}
}
