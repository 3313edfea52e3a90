package io.restdsn.secure.tests;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Finds secrets written in clear: scans the bytes of every file under some folders. */
final class ClearText {

	private static final List<Charset> ENCODINGS = List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE,
			StandardCharsets.UTF_16BE);

	private ClearText() {
	}

	/** Files under the roots whose bytes contain the secret in UTF-8 or UTF-16 (either byte order). */
	static List<Path> filesContaining(String secret, List<Path> roots) throws IOException {
		List<Path> hits = new ArrayList<>();
		for (Path root : roots) {
			if (!Files.exists(root)) {
				continue;
			}
			try (Stream<Path> files = Files.walk(root)) {
				for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
					byte[] bytes = Files.readAllBytes(f);
					for (Charset cs : ENCODINGS) {
						if (indexOf(bytes, secret.getBytes(cs)) >= 0) {
							hits.add(f);
							break;
						}
					}
				}
			}
		}
		return hits;
	}

	/** How many files are under the roots (so a test can show the scan looked at something). */
	static long countFiles(List<Path> roots) throws IOException {
		long n = 0;
		for (Path root : roots) {
			if (Files.exists(root)) {
				try (Stream<Path> files = Files.walk(root)) {
					n += files.filter(Files::isRegularFile).count();
				}
			}
		}
		return n;
	}

	/** The OSGi instance (workspace, .metadata/.log) and configuration areas of the running test framework. */
	static List<Path> frameworkAreas() {
		List<Path> areas = new ArrayList<>();
		for (String property : List.of("osgi.instance.area", "osgi.configuration.area")) {
			String url = System.getProperty(property);
			if (url != null && url.startsWith("file:")) {
				try {
					areas.add(Path.of(URI.create(url.replace(" ", "%20"))));
				} catch (IllegalArgumentException e) {
					areas.add(Path.of(url.substring("file:".length())));
				}
			}
		}
		return areas;
	}

	static int indexOf(byte[] haystack, byte[] needle) {
		outer: for (int i = 0; i + needle.length <= haystack.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}
}
