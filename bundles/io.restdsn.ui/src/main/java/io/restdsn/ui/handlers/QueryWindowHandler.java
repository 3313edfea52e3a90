package io.restdsn.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.ui.ISources;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;

import io.restdsn.ui.query.QueryEditor;

/**
 * Query > Run, Run Bypassing the Cache, Cancel: the active query window's tool bar buttons as commands, so they are
 * in the menu with their keys (Ctrl+Enter, F5 — bound in the query window's context only, where F5 refreshes the
 * result rather than the data source list). Which one is the handler's data in plugin.xml ({@code class="…:run"}).
 */
public class QueryWindowHandler extends AbstractHandler implements IExecutableExtension {

	private String what = "run";

	@Override
	public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
		if (data instanceof String s && !s.isBlank()) {
			what = s.trim();
		}
	}

	/** Run and Run Bypassing the Cache while nothing runs; Cancel while something does (asked as the menu opens). */
	@Override
	public void setEnabled(Object evaluationContext) {
		Object part = evaluationContext instanceof IEvaluationContext c ? c.getVariable(ISources.ACTIVE_PART_NAME)
				: null;
		boolean running = part instanceof QueryEditor q && q.isRunning();
		setBaseEnabled("cancel".equals(what) ? running : !running);
	}

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchPart part = HandlerUtil.getActivePart(event);
		if (part instanceof QueryEditor editor) {
			switch (what) {
			case "refresh" -> editor.run(true);
			case "cancel" -> editor.cancel();
			default -> editor.run(false);
			}
		}
		return null;
	}
}
