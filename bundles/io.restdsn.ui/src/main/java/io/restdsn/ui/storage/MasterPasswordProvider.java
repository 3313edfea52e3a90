package io.restdsn.ui.storage;

import java.net.URL;
import java.util.concurrent.atomic.AtomicReference;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.equinox.security.storage.provider.IPreferencesContainer;
import org.eclipse.equinox.security.storage.provider.PasswordProvider;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;

/**
 * The studio's master password provider for Eclipse secure storage (extension {@value #MODULE_ID}): used where no
 * desktop keyring can give the password (priority 3: below the Linux keyring's 5, above the platform's own dialog's
 * 2). Equinox may ask from any thread (secrets are read off the UI thread); the dialog always opens on the UI thread,
 * and the caller waits for it. Without a workbench there is no one to ask: no password, and the caller gets Equinox's
 * "no password" error, which {@code io.restdsn.secure} turns into a clear message.
 */
public class MasterPasswordProvider extends PasswordProvider {

	/** Equinox's ID of this provider: the contributing bundle's ID and the extension's ID. */
	public static final String MODULE_ID = "io.restdsn.ui.masterPassword";

	/** Set by {@link #retryOnError}: the next prompt says the last password was wrong. */
	private volatile boolean lastWasWrong;

	@Override
	public PBEKeySpec getPassword(IPreferencesContainer container, int passwordType) {
		MasterPasswordDialog.Kind kind = (passwordType & CREATE_NEW_PASSWORD) != 0
				? ((passwordType & PASSWORD_CHANGE) != 0 ? MasterPasswordDialog.Kind.CHANGE
						: MasterPasswordDialog.Kind.CREATE)
				: MasterPasswordDialog.Kind.ENTER;
		boolean wrong = lastWasWrong;
		lastWasWrong = false;
		if (!PlatformUI.isWorkbenchRunning()) {
			return null;
		}
		Display display = PlatformUI.getWorkbench().getDisplay();
		if (display == null || display.isDisposed()) {
			return null;
		}
		String location = location(container);
		AtomicReference<char[]> entered = new AtomicReference<>();
		Runnable ask = () -> {
			Shell parent = display.getActiveShell();
			MasterPasswordDialog d = new MasterPasswordDialog(parent, kind, location, wrong);
			if (d.open() == MasterPasswordDialog.OK) {
				entered.set(d.password());
			}
		};
		if (Display.getCurrent() == display) {
			ask.run();
		} else {
			display.syncExec(ask);
		}
		char[] p = entered.get();
		if (p == null) {
			return null;
		}
		PBEKeySpec spec = new PBEKeySpec(p);
		java.util.Arrays.fill(p, '\0');
		return spec;
	}

	@Override
	public boolean retryOnError(Exception e, IPreferencesContainer container) {
		// a wrong password fails to decrypt Equinox's check value (a StorageException of type DECRYPTION_ERROR, or the
		// cipher's own exception): ask again, saying so; anything else is not the user's to fix by retyping
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t instanceof StorageException s && s.getErrorCode() == StorageException.DECRYPTION_ERROR
					|| t instanceof java.security.GeneralSecurityException) {
				lastWasWrong = true;
				return true;
			}
		}
		return false;
	}

	private static String location(IPreferencesContainer container) {
		try {
			URL url = container == null ? null : container.getLocation();
			if (url == null) {
				return null;
			}
			String path = url.getPath();
			String home = System.getProperty("user.home");
			return home != null && path.startsWith(home + "/") ? "~" + path.substring(home.length()) : path;
		} catch (RuntimeException e) {
			return null;
		}
	}
}
