package io.restdsn.core.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The hand-written odbc.ini files under {@code src/test/resources/ini-corpus}. */
public final class Corpus {

	/** Every file of the corpus; CorpusTest checks the folder holds exactly these. */
	public static final List<String> FILES = List.of("bad-headers.ini", "bom.ini", "comments-everywhere.ini",
			"crlf.ini", "duplicates.ini", "empty-values-tabs.ini", "empty.ini", "keys-before-section.ini",
			"latin1.ini", "long-lines.ini", "mixed-eol-no-final-newline.ini", "non-ascii.ini", "only-comments.ini",
			"unknown-sections.ini");

	private Corpus() {
	}

	/** From the test class path; else from the source folder, for runners that do not copy test resources. */
	public static byte[] bytes(String name) {
		try (InputStream in = Corpus.class.getResourceAsStream("/ini-corpus/" + name)) {
			if (in != null) {
				return in.readAllBytes();
			}
			for (Path p : List.of(Path.of("src/test/resources/ini-corpus", name),
					Path.of("bundles/io.restdsn.core/src/test/resources/ini-corpus", name))) {
				if (Files.isRegularFile(p)) {
					return Files.readAllBytes(p);
				}
			}
			throw new IllegalStateException("corpus file not found on the test class path or in src/test/resources: "
					+ name);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
