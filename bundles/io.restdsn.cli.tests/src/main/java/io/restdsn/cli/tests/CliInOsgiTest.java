package io.restdsn.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

import io.restdsn.cli.Restdsn;

/** The command line inside the OSGi runtime it ships in: bundle wiring and a real command. */
class CliInOsgiTest {

	@TempDir
	Path dir;

	@Test
	void listCommandReadsOdbcIniInsideOsgi() throws IOException {
		Path ini = dir.resolve("odbc.ini");
		Files.writeString(ini, "[Petstore]\nDriver=Autonomous REST\nAuthenticationMethod=53\nRestSamplePath=https://pets.example.test/pets\n",
				StandardCharsets.UTF_8);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = new Restdsn(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
				new ByteArrayInputStream(new byte[0]), Map.of("HOME", dir.toString()), "test")
				.run("list", "--odbcini", ini.toString());
		assertEquals(0, code, () -> "stderr: " + err);
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("Petstore"), () -> "stdout: " + out);
	}

	/** The layering rule of the architecture, checked on the real wiring rather than on source text. */
	@Test
	void coreBundlesAreNotWiredToSwtJfaceOrWorkbench() {
		Bundle cli = FrameworkUtil.getBundle(Restdsn.class);
		assertNotNull(cli, "running inside OSGi");
		int checked = 0;
		for (Bundle b : cli.getBundleContext().getBundles()) {
			if (!List.of("io.restdsn.core", "io.restdsn.http", "io.restdsn.engine", "io.restdsn.secure", "io.restdsn.cli")
					.contains(b.getSymbolicName())) {
				continue;
			}
			BundleWiring wiring = b.adapt(BundleWiring.class);
			assertNotNull(wiring, b.getSymbolicName() + " is resolved");
			for (BundleWire wire : wiring.getRequiredWires(null)) {
				String provider = wire.getProvider().getSymbolicName();
				assertTrue(!provider.startsWith("org.eclipse.swt") && !provider.startsWith("org.eclipse.jface")
						&& !provider.equals("org.eclipse.ui") && !provider.startsWith("org.eclipse.ui.")
						&& !provider.startsWith("org.eclipse.e4.ui"),
						() -> b.getSymbolicName() + " is wired to UI bundle " + provider);
			}
			checked++;
		}
		assertTrue(checked >= 2, "found the core and cli bundles");
	}
}
