package io.restdsn.cli;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.FrameworkUtil;

/**
 * The {@code restdsn} Eclipse application: hands the command line to {@link Restdsn} and returns its exit code
 * (the launcher exits the JVM with it).
 */
public class CliApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().getOrDefault(IApplicationContext.APPLICATION_ARGS, new String[0]);
		args = EclipseArguments.strip(args); // -eclipse.keyring/-eclipse.password are for Equinox's secure storage
		context.applicationRunning();
		String version = FrameworkUtil.getBundle(getClass()).getVersion().toString();
		int code = new Restdsn(System.out, System.err, System.in, System.getenv(), version).run(args);
		System.out.flush();
		System.err.flush();
		return Integer.valueOf(code);
	}

	@Override
	public void stop() {
		// commands are short-lived; nothing to interrupt
	}
}
