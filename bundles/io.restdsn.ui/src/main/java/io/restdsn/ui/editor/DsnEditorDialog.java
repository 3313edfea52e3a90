package io.restdsn.ui.editor;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.core.databinding.DataBindingContext;
import org.eclipse.core.databinding.observable.Realm;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;

import io.restdsn.ui.dialogs.StudioDialog;
import io.restdsn.core.dsn.Dsn;
import io.restdsn.core.options.OptionDef;
import io.restdsn.core.options.OptionGroup;
import io.restdsn.core.validation.Problem;
import io.restdsn.ui.checks.CheckResult;
import io.restdsn.ui.checks.ConnectionChecks;
import io.restdsn.ui.checks.LastTests;
import io.restdsn.ui.dialogs.ConnectionTestDialog;
import io.restdsn.ui.store.DsnStore;

/**
 * Edits one DSN, every option of it, on pages listed at the left like the workbench Preferences.
 * <p>
 * Widgets are bound to a {@link DsnDraft}; the {@link DsnValidator core validator} runs on every change and its
 * problems decorate the fields and fill the message area (the problem of the page in view first). Save is disabled
 * while there are errors; warnings allow saving. Save writes through the {@link DsnStore} off the UI thread and keeps
 * the dialog open with the reason when that fails; Cancel drops the draft, secrets typed included.
 *
 * <pre>
 * +------------------------------------------------------------------------+
 * | Edit data source "Analytics"                                           |
 * | (x) ClientID is required by AuthenticationMethod 53 …                   |
 * +---------------+--------------------------------------------------------+
 * | General       | Authentication                                         |
 * | (x) Authent.  | ------------------------------------------------------ |
 * | TLS           | (the page, scrolling when the window is small)         |
 * | Proxy         |                                                        |
 * | Web service   |                                                        |
 * | Mapping       |                                                        |
 * | Advanced      |                                                        |
 * | Preview       |                                                        |
 * +---------------+--------------------------------------------------------+
 * | [Test connection]                                     [Save] [Cancel]  |
 * +------------------------------------------------------------------------+
 * </pre>
 *
 * @see io.restdsn.core.validation.DsnValidator
 */
public final class DsnEditorDialog extends StudioDialog {

	/** Id of the "Test connection" button. */
	public static final int TEST_ID = IDialogConstants.CLIENT_ID + 1;

	private final DsnStore store;
	private final ConnectionChecks checks;
	private final DsnDraft draft;
	private final DraftProblems problems;
	private final DataBindingContext dbc;
	private final FieldBinder binder;
	private final Consumer<String> afterSave;
	private final List<EditorPage> pages = new ArrayList<>();
	private final List<Runnable> disposers = new ArrayList<>();
	private TableViewer pageList;
	private Composite stack;
	private StackLayout stackLayout;
	private Label pageTitle;
	private final java.util.Map<String, ScrolledPage> pageControls = new java.util.HashMap<>();
	private EditorPage current;
	private boolean saving;
	private final Dsn loaded;
	private LastTests lastTests;
	private Dsn tested;
	private CheckResult testResult;

	/**
	 * @param loaded     the DSN as stored, secrets included
	 * @param otherNames names of the other DSNs in the file (a new name must differ from them)
	 * @param afterSave  called on the UI thread with the saved name
	 */
	public DsnEditorDialog(Shell parent, DsnStore store, ConnectionChecks checks, Dsn loaded,
			Collection<String> otherNames, Consumer<String> afterSave) {
		super(parent, Messages.Editor_shellTitle, "editor.shell", 900, 740);
		this.loaded = loaded;
		this.store = store;
		this.checks = checks;
		this.afterSave = afterSave;
		Realm realm = org.eclipse.jface.databinding.swt.DisplayRealm.getRealm(parent.getDisplay());
		this.draft = DsnDraft.edit(realm, loaded);
		this.problems = new DraftProblems(draft, otherNames);
		this.dbc = new DataBindingContext(realm);
		this.binder = new FieldBinder(dbc, draft, problems);
	}

	public DsnDraft draft() {
		return draft;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(Messages.bind(Messages.Editor_title, draft.originalName()));
		Composite main = new Composite(area, SWT.NONE);
		main.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).spacing(12, 0).applyTo(main);

		definePages();
		pageList = new TableViewer(main, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL);
		pageList.getTable().setData("id", "editor.pages");
		pageList.getTable().setLayoutData(GridDataFactory.fillDefaults().grab(false, true).hint(150, SWT.DEFAULT).create());
		pageList.setContentProvider(ArrayContentProvider.getInstance());
		pageList.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object e) {
				return ((EditorPage) e).title();
			}

			@Override
			public Image getImage(Object e) {
				return pageImage((EditorPage) e);
			}
		});
		pageList.setInput(pages);

		Composite right = new Composite(main, SWT.NONE);
		right.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		GridLayoutFactory.fillDefaults().spacing(0, 6).applyTo(right);
		pageTitle = new Label(right, SWT.NONE);
		pageTitle.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DIALOG_FONT));
		pageTitle.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		pageTitle.setData("id", "editor.pageTitle");
		new Label(right, SWT.SEPARATOR | SWT.HORIZONTAL).setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		stack = new Composite(right, SWT.NONE);
		stack.setLayoutData(GridDataFactory.fillDefaults().grab(true, true).hint(560, 420).create());
		stackLayout = new StackLayout();
		stack.setLayout(stackLayout);

		pageList.addSelectionChangedListener(e -> {
			Object first = pageList.getStructuredSelection().getFirstElement();
			if (first != null) {
				showPage((EditorPage) first);
			}
		});
		pageList.setSelection(new StructuredSelection(pages.get(0)));
		problems.all().addValueChangeListener(e -> problemsChanged());
		Dialog.applyDialogFont(area);
		return area;
	}

	private void definePages() {
		pages.add(new EditorPage("general", Messages.Page_general, Messages.Page_generalDescription,
				(c, reflow) -> new GeneralSection(c, binder, true).control(), d -> withName(GeneralSection.OPTIONS)));
		pages.add(new EditorPage("authentication", Messages.Page_authentication, Messages.Page_authenticationDescription,
				(c, reflow) -> {
					AuthenticationSection a = new AuthenticationSection(c, binder, checks, reflow);
					disposers.add(a::dispose);
					return a.control();
				}, AuthenticationSection::shownOptions));
		group(OptionGroup.TLS, "tls", Messages.Page_tls, Messages.Page_tlsDescription);
		group(OptionGroup.PROXY, "proxy", Messages.Page_proxy, Messages.Page_proxyDescription);
		group(OptionGroup.WEB_SERVICE, "webService", Messages.Page_webService, Messages.Page_webServiceDescription);
		group(OptionGroup.MAPPING, "mapping", Messages.Page_mapping, Messages.Page_mappingDescription);
		pages.add(new EditorPage("advanced", Messages.Page_advanced, Messages.Page_advancedDescription,
				(c, reflow) -> new AdvancedSection(c, draft, problems, this::shownOutsideAdvanced).control(),
				d -> advancedOptions(d)));
		pages.add(new EditorPage("preview", Messages.Page_preview, Messages.Page_previewDescription,
				(c, reflow) -> new PreviewSection(c, draft).control(), d -> Set.of()));
	}

	private void group(OptionGroup group, String id, String title, String description) {
		Set<String> names = new LinkedHashSet<>();
		OptionGroupSection.options(group).forEach(d -> names.add(d.name()));
		pages.add(new EditorPage(id, title, description, (c, reflow) -> new OptionGroupSection(c, binder, group, null).control(),
				d -> names));
	}

	private static Set<String> withName(Collection<String> options) {
		Set<String> s = new LinkedHashSet<>(options);
		s.add(DraftProblems.NAME);
		return s;
	}

	/** What every page but Advanced shows, for the Advanced grid to leave out. */
	private Set<String> shownOutsideAdvanced(Dsn dsn) {
		Set<String> s = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
		for (EditorPage p : pages) {
			if (!p.id().equals("advanced")) {
				s.addAll(p.options().apply(dsn));
			}
		}
		return s;
	}

	private Set<String> advancedOptions(Dsn dsn) {
		Set<String> shown = shownOutsideAdvanced(dsn);
		Set<String> s = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
		for (OptionDef d : io.restdsn.core.options.OptionCatalog.standard().all()) {
			if (!shown.contains(d.name())) {
				s.add(d.name());
			}
		}
		dsn.options().forEach(o -> {
			if (!shown.contains(o.key())) {
				s.add(o.key());
			}
		});
		return s;
	}

	private void showPage(EditorPage page) {
		current = page;
		ScrolledPage sp = pageControls.computeIfAbsent(page.id(), id -> {
			ScrolledPage created = new ScrolledPage(stack, page.content());
			created.control().setData("id", "page." + id);
			Dialog.applyDialogFont(created.control());
			return created;
		});
		pageTitle.setText(page.title() + "  \u2013  " + page.description());
		stackLayout.topControl = sp.control();
		stack.layout(true, true);
		sp.reflow();
		problemsChanged();
	}

	/** Shows the page with that id, as a click in the list would. */
	public void showPage(String id) {
		pages.stream().filter(p -> p.id().equals(id)).findFirst()
				.ifPresent(p -> pageList.setSelection(new StructuredSelection(p), true));
	}

	private Image pageImage(EditorPage page) {
		Dsn dsn = draft.current();
		Set<String> options = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
		options.addAll(page.options().apply(dsn));
		List<Problem> ps = problems.current().stream().filter(p -> options.contains(p.option())).toList();
		if (ps.isEmpty()) {
			return null;
		}
		return JFaceResources.getImage(Problem.anyError(ps) ? Dialog.DLG_IMG_MESSAGE_ERROR : Dialog.DLG_IMG_MESSAGE_WARNING);
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		Button test = createButton(parent, TEST_ID, Messages.Editor_test, false);
		test.setData("id", "editor.test");
		if (!checks.available()) {
			test.setEnabled(false);
			test.setToolTipText(checks.unavailableReason());
		}
		Button save = createButton(parent, IDialogConstants.OK_ID, Messages.Editor_save, true);
		save.setData("id", "editor.save");
		Button cancel = createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
		cancel.setData("id", "editor.cancel");
		problemsChanged();
	}

	/** Message area, Save button and page icons follow the problems. */
	private void problemsChanged() {
		if (getShell() == null || getShell().isDisposed() || pageList == null) {
			return;
		}
		List<Problem> all = problems.current();
		Set<String> here = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
		if (current != null) {
			here.addAll(current.options().apply(draft.current()));
		}
		Function<Boolean, Problem> pick = errors -> all.stream().filter(p -> p.isError() == errors)
				.sorted((a, b) -> Boolean.compare(!here.contains(a.option()), !here.contains(b.option()))).findFirst()
				.orElse(null);
		Problem error = pick.apply(true);
		Problem warning = pick.apply(false);
		long errors = all.stream().filter(Problem::isError).count();
		if (error != null) {
			setErrorMessage(more(error.message(), errors));
		} else {
			setErrorMessage(null);
			if (warning != null) {
				setMessage(more(warning.message(), all.size()), IMessageProvider.WARNING);
			} else {
				setMessage(defaultMessage(), IMessageProvider.NONE);
			}
		}
		Button save = getButton(IDialogConstants.OK_ID);
		if (save != null) {
			save.setEnabled(errors == 0 && !saving);
		}
		pageList.refresh(true);
	}

	private static String more(String message, long count) {
		return count > 1 ? message + "  " + Messages.bind(Messages.Editor_more, count - 1) : message;
	}

	private String defaultMessage() {
		return draft.notes().isEmpty() ? Messages.Editor_message
				: Messages.bind(Messages.Editor_normalized, String.join(" ", draft.notes()));
	}

	private String shownError;
	private String shownMessage = "";

	@Override
	public void setErrorMessage(String newErrorMessage) {
		shownError = newErrorMessage;
		super.setErrorMessage(newErrorMessage);
	}

	@Override
	public void setMessage(String newMessage, int newType) {
		shownMessage = newMessage == null ? "" : newMessage;
		super.setMessage(newMessage, newType);
	}

	/** The error in the message area, or {@code null} (TitleAreaDialog has no getter). */
	public String errorMessage() {
		return shownError;
	}

	/** The message under the title while there is no error. */
	public String message() {
		return shownMessage;
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == TEST_ID) {
			testConnection();
		} else {
			super.buttonPressed(buttonId);
		}
	}

	/** Saves through the store off the UI thread; on failure the dialog stays open and says why. */
	@Override
	protected void okPressed() {
		if (problems.hasErrors()) {
			return;
		}
		Dsn dsn = draft.current();
		saving = true;
		problemsChanged();
		try {
			PlatformUI.getWorkbench().getProgressService().busyCursorWhile(monitor -> {
				try {
					store.save(draft.originalName(), dsn);
				} catch (Exception e) {
					throw new InvocationTargetException(e);
				}
			});
		} catch (InvocationTargetException e) {
			saving = false;
			setErrorMessage(Messages.bind(Messages.Editor_saveFailed, e.getCause().getMessage()));
			getButton(IDialogConstants.OK_ID).setEnabled(true);
			return;
		} catch (InterruptedException e) {
			saving = false;
			problemsChanged();
			return;
		}
		recordTest(loaded, dsn);
		super.okPressed();
		if (afterSave != null) {
			afterSave.accept(dsn.name());
		}
	}

	/** Opens the test dialog on the draft as it is now; its result is kept to be recorded if exactly that is saved. */
	private void testConnection() {
		Dsn dsn = draft.current();
		ConnectionTestDialog dialog = new ConnectionTestDialog(getShell(), checks, dsn, r -> {
			tested = dsn;
			testResult = r;
		});
		dialog.setBlockOnOpen(false);
		dialog.open();
	}

	/**
	 * Where saved DSNs' test results go (the Data Sources view's "Last test"): the result of a test of exactly the
	 * saved options is recorded; a save of other options forgets the old result, which no longer describes the DSN.
	 */
	public void setLastTests(LastTests lastTests) {
		this.lastTests = lastTests;
	}

	private void recordTest(Dsn loaded, Dsn saved) {
		if (lastTests == null) {
			return;
		}
		if (testResult != null && !testResult.canceled() && saved.equals(tested)) {
			if (!saved.name().equalsIgnoreCase(loaded.name())) {
				lastTests.forget(loaded.name());
			}
			lastTests.record(saved, testResult);
		} else if (saved.withName(loaded.name()).equals(loaded)) {
			lastTests.rename(loaded.name(), saved.name());
		} else {
			lastTests.forget(loaded.name());
			lastTests.forget(saved.name());
		}
	}

	@Override
	public boolean close() {
		boolean closed = super.close();
		if (closed) {
			disposers.forEach(Runnable::run);
			binder.dispose();
			dbc.dispose();
			problems.dispose();
			draft.dispose();
		}
		return closed;
	}
}
