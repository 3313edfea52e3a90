package io.restdsn.ui.editor;

import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

import io.restdsn.core.dsn.Dsn;

/**
 * One entry of the editor's page list: its id (for tests: {@code page.<id>}), title, content, and the options it
 * shows (so the list can mark the pages that have problems). The content gets a callback that re-computes the
 * page's scrolling after it changed size.
 */
record EditorPage(String id, String title, String description, BiFunction<Composite, Runnable, Control> content,
		Function<Dsn, Set<String>> options) {
}
