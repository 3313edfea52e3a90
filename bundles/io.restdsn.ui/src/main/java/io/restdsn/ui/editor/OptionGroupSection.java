package io.restdsn.ui.editor;

import java.util.List;

import org.eclipse.swt.widgets.Composite;

import io.restdsn.core.options.OptionCatalog;
import io.restdsn.core.options.OptionDef;
import io.restdsn.core.options.OptionGroup;

/**
 * A page generated from one {@link OptionGroup} of the catalog (TLS, Proxy, Web service, Mapping): one field per
 * option, chosen by its type, with its help line. A new option in the catalog appears here without UI code.
 */
public final class OptionGroupSection {

	private final Form form;

	public OptionGroupSection(Composite parent, FieldBinder binder, OptionGroup group, String intro) {
		form = new Form(parent, binder);
		List<OptionDef> defs = options(group);
		form.labelWidth(Form.widest(parent, defs.stream().map(OptionLabels::label).toArray(String[]::new)));
		if (intro != null && !intro.isEmpty()) {
			form.paragraph(intro);
		}
		for (OptionDef d : defs) {
			form.field(d, true);
		}
	}

	public static List<OptionDef> options(OptionGroup group) {
		return OptionCatalog.standard().inGroup(group);
	}

	public Composite control() {
		return form.body();
	}
}
