package io.restdsn.core.validation;

import java.util.ArrayList;
import java.util.List;

import io.restdsn.core.dsn.Dsn;
import io.restdsn.core.dsn.DsnNormalizer;
import io.restdsn.core.options.OptionCatalog;

/**
 * Finds what stops a DSN from working (errors) or makes it unsafe or non-standard (warnings), each attached to the
 * option to change and saying what to do.
 * <p>
 * Accepts DSNs as imported: the DSN is normalized first, so short and legacy names are understood and an option given
 * under two names is reported. Pure apart from the {@link Validation} callbacks; cheap enough to run on every
 * keystroke of the editor.
 */
public final class DsnValidator {

	private static final List<Rule> RULES = List.of(new DuplicateRule(), new AuthMethodRule(), new SourceRule(),
			new TokenUriRule(), new AuthHeaderRule(), new ScopeRule(), new UrlRule(), new ValueRule());

	private final Validation context;
	private final OptionCatalog catalog;
	private final DsnNormalizer normalizer;

	/** Checks files on the local file system and assumes no secret is in secure storage. */
	public DsnValidator() {
		this(Validation.defaults());
	}

	public DsnValidator(Validation context) {
		this(context, OptionCatalog.standard());
	}

	public DsnValidator(Validation context, OptionCatalog catalog) {
		this.context = context;
		this.catalog = catalog;
		this.normalizer = new DsnNormalizer(catalog);
	}

	/** Problems in rule order: duplicates, method and its required options, sources, token request, values. */
	public List<Problem> validate(Dsn dsn) {
		Subject s = new Subject(normalizer.normalize(dsn), context, catalog);
		List<Problem> out = new ArrayList<>();
		RULES.forEach(r -> r.check(s, out));
		return List.copyOf(out);
	}
}
