package io.restdsn.core.arch;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The CI guard of the architecture: {@code core}, {@code http}, {@code engine} and {@code secure} never import SWT,
 * JFace or {@code org.eclipse.ui} — neither in Java sources nor in their OSGi manifests. (The OSGi tier checks the
 * same on the real bundle wiring.) Runs in the build of {@code io.restdsn.core}, whose sibling folders are the other
 * bundles.
 */
class LayeringTest {

	private static final List<String> CORE_BUNDLES = List.of("io.restdsn.core", "io.restdsn.http", "io.restdsn.engine",
			"io.restdsn.secure");
	private static final Pattern UI_IMPORT = Pattern
			.compile("^\\s*import\\s+(static\\s+)?org\\.eclipse\\.(swt|jface|ui|e4\\.ui)\\.", Pattern.MULTILINE);
	private static final Pattern UI_MANIFEST = Pattern.compile("org\\.eclipse\\.(swt|jface|ui|e4\\.ui)\\b");

	private static Path bundlesDir() {
		// maven-surefire runs in the bundle folder; from the repository root, look below bundles/
		Path here = Path.of("").toAbsolutePath();
		Path dir = here.getFileName().toString().equals("io.restdsn.core") ? here.getParent() : here.resolve("bundles");
		assertTrue(Files.isDirectory(dir.resolve("io.restdsn.core")), () -> "bundles folder not found from " + here);
		return dir;
	}

	@Test
	void coreBundlesDoNotImportUiInJavaSources() throws IOException {
		List<String> offenders = new ArrayList<>();
		int scanned = 0;
		for (String bundle : CORE_BUNDLES) {
			Path src = bundlesDir().resolve(bundle).resolve("src/main/java");
			if (!Files.isDirectory(src)) {
				continue;
			}
			try (Stream<Path> files = Files.walk(src)) {
				for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
					scanned++;
					if (UI_IMPORT.matcher(Files.readString(f, StandardCharsets.UTF_8)).find()) {
						offenders.add(bundlesDir().relativize(f).toString());
					}
				}
			}
		}
		assertTrue(scanned > 0, "found sources to scan");
		assertTrue(offenders.isEmpty(), () -> "UI imports in core bundles (move this code to io.restdsn.ui): " + offenders);
	}

	@Test
	void coreBundlesDoNotDependOnUiInTheirManifests() throws IOException {
		for (String bundle : CORE_BUNDLES) {
			Path mf = bundlesDir().resolve(bundle).resolve("META-INF/MANIFEST.MF");
			if (!Files.exists(mf)) {
				continue;
			}
			String text = Files.readString(mf, StandardCharsets.UTF_8).replace("\n ", "");
			for (String line : text.split("\n")) {
				if (line.startsWith("Import-Package:") || line.startsWith("Require-Bundle:")
						|| line.startsWith("DynamicImport-Package:")) {
					assertTrue(!UI_MANIFEST.matcher(line).find(), () -> bundle + " depends on UI: " + line);
				}
			}
		}
	}
}
