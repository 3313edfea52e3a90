package io.restdsn.core.ini;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.restdsn.core.dsn.Dsn;
import io.restdsn.core.testing.Corpus;
import io.restdsn.core.testing.IniDiff;
import io.restdsn.core.testing.RandomDsns;

/**
 * Property-style checks with fixed seeds: any writable DSN reads back the same; random edit sequences on every corpus
 * file keep every byte outside the edited sections (checked by an independent line diff) and read back as a simple
 * model says; parsing random garbage never throws and never loses a byte.
 */
class OdbcIniPropertyTest {

	private static final long[] SEEDS = { 1L, 42L, 20240601L, 0xC0FFEEL };

	@Test
	void anyWritableDsnReadsBackExactly() {
		int checked = 0;
		for (long seed : SEEDS) {
			RandomDsns gen = new RandomDsns(seed);
			for (int i = 0; i < 1000; i++) {
				Dsn d = gen.dsn(gen.iniName(), 12, k -> true, true);
				OdbcIniDocument doc = OdbcIniDocument.empty().put(d);
				OdbcIniDocument back = OdbcIniDocument.parse(doc.bytes());
				assertEquals(d, back.dsn(d.name()).orElseThrow(), () -> "seed " + seed);
				assertEquals(List.of(d.name()), back.dsnNames());
				assertTrue(back.problems().isEmpty(), () -> "seed " + seed + ": " + back.problems());
				checked++;
			}
		}
		assertEquals(4000, checked);
	}

	@Test
	void anyValueIsEitherWrittenFaithfullyOrRefusedWithTheOptionNamed() {
		int refused = 0;
		for (long seed : SEEDS) {
			RandomDsns gen = new RandomDsns(seed);
			for (int i = 0; i < 1000; i++) {
				String key = gen.key();
				String value = gen.anyValue();
				Dsn d = Dsn.empty("D").with(key, value);
				try {
					OdbcIniDocument doc = OdbcIniDocument.empty().put(d);
					assertEquals(value, OdbcIniDocument.parse(doc.text()).dsn("D").orElseThrow().value(key),
							() -> "seed " + seed);
				} catch (IniValueException e) {
					refused++;
					assertEquals(key, e.option().orElseThrow());
					assertTrue(IniValueRules.entryProblem(key, value).isPresent());
				}
			}
		}
		assertTrue(refused > 100, "the generator produces hostile values: " + refused);
	}

	static Stream<String> files() {
		return Corpus.FILES.stream();
	}

	/**
	 * Random puts, renames and deletes on a corpus file. After each: only the edited DSN's sections and
	 * {@code [ODBC Data Sources]} changed; every DSN reads as the model says; no new problem appeared.
	 */
	@ParameterizedTest
	@MethodSource("files")
	void randomEditsTouchNothingElse(String file) {
		for (long seed : SEEDS) {
			runEdits(file, seed, 40);
		}
	}

	private static void runEdits(String file, long seed, int steps) {
		RandomDsns gen = new RandomDsns(seed ^ file.hashCode());
		Random r = gen.random();
		OdbcIniDocument doc = OdbcIniDocument.parse(Corpus.bytes(file));
		Map<String, Map<String, String>> model = new LinkedHashMap<>();
		for (String n : doc.dsnNames()) {
			model.put(fold(n), values(doc.dsn(n).orElseThrow()));
		}
		List<String> pool = new ArrayList<>(doc.dsnNames());
		pool.addAll(List.of("New One", "Ventas 2024", "日本語 DSN", "x#y", "a;b", "Bad=Name", " lead", "ODBC"));
		for (int step = 0; step < steps; step++) {
			String context = file + " seed " + seed + " step " + step;
			OdbcIniDocument current = doc;
			String before = doc.text();
			int problemsBefore = doc.problems().size();
			String name = pool.get(r.nextInt(pool.size()));
			int op = r.nextInt(10);
			OdbcIniDocument next;
			try {
				if (op < 6) {
					Dsn e = edited(doc, name, gen);
					next = doc.put(e);
					assertEquals(values(e), values(next.dsn(name).orElseThrow()), context);
					model.put(fold(name), values(e));
					expectTouched(before, next.text(), name, doc.contains(name), false, context);
				} else if (op < 8) {
					String to = pool.get(r.nextInt(pool.size())) + (r.nextBoolean() ? "" : " " + step);
					boolean clash = !fold(to).equals(fold(name)) && doc.contains(to);
					if (!doc.contains(name)) {
						assertThrows(java.util.NoSuchElementException.class, () -> current.rename(name, to), context);
						continue;
					}
					if (IniValueRules.nameProblem(to).isPresent()) {
						assertThrows(IniValueException.class, () -> current.rename(name, to), context);
						continue;
					}
					if (clash) {
						assertThrows(IllegalArgumentException.class, () -> current.rename(name, to), context);
						continue;
					}
					next = doc.rename(name, to);
					model.put(fold(to), model.remove(fold(name)));
					pool.add(to);
					expectTouched(before, next.text(), name, true, true, context);
				} else {
					next = doc.delete(name);
					model.remove(fold(name));
					expectTouched(before, next.text(), name, true, true, context);
				}
			} catch (IniValueException e) {
				assertTrue(IniValueRules.nameProblem(name).isPresent() || e.option().isPresent()
						|| !doc.charset().equals(StandardCharsets.UTF_8), context + ": " + e.getMessage());
				continue;
			}
			OdbcIniDocument reread = OdbcIniDocument.parse(next.bytes());
			assertEquals(next.text(), reread.text(), context);
			Set<String> names = new HashSet<>();
			reread.dsnNames().forEach(n -> names.add(fold(n)));
			assertEquals(model.keySet(), names, context);
			for (String n : reread.dsnNames()) {
				assertEquals(model.get(fold(n)), values(reread.dsn(n).orElseThrow()), context + " DSN " + n);
			}
			assertTrue(reread.problems().size() <= problemsBefore,
					() -> context + ": new problems " + reread.problems() + "\n" + reread.text());
			doc = next;
		}
	}

	/** A DSN to put under {@code name}: usually the current one with some options changed, added or removed. */
	private static Dsn edited(OdbcIniDocument doc, String name, RandomDsns gen) {
		Random r = gen.random();
		Dsn d = doc.dsn(name).map(x -> x.withName(name)).orElse(Dsn.empty(name));
		int changes = 1 + r.nextInt(4);
		for (int i = 0; i < changes; i++) {
			int what = r.nextInt(4);
			if (what == 0 && !d.options().isEmpty()) {
				d = d.without(d.options().get(r.nextInt(d.options().size())).key());
			} else if (what == 1 && !d.options().isEmpty()) {
				String k = d.options().get(r.nextInt(d.options().size())).key();
				d = d.with(r.nextBoolean() ? k : k.toUpperCase(Locale.ROOT), gen.iniValue());
			} else {
				d = d.with(gen.key(), gen.iniValue());
			}
		}
		return d;
	}

	private static void expectTouched(String before, String after, String name, boolean existed, boolean allSections,
			String context) {
		List<String> lines = IniDiff.rawLines(before);
		Set<Integer> allowed = new HashSet<>(IniDiff.sectionLines(lines, IniValueRules.DATA_SOURCES_SECTION, true));
		Set<Integer> insertBefore = new HashSet<>();
		if (allowed.isEmpty()) {
			// a new [ODBC Data Sources] goes at the top, or before the first section after stray lines
			insertBefore.add(0);
			for (int i = 0; i < lines.size(); i++) {
				if (IniDiff.header(lines.get(i)) != null) {
					insertBefore.add(i);
					break;
				}
			}
		}
		if (!existed) {
			insertBefore.add(lines.size());
		}
		if (existed) {
			Set<Integer> own = IniDiff.sectionLines(lines, name, !allSections);
			allowed.addAll(own);
			if (allSections) {
				// a deleted last section takes the blank lines before it along
				for (int h : own) {
					for (int i = h - 1; i >= 0 && lines.get(i).isBlank() && !own.contains(i); i--) {
						allowed.add(i);
					}
				}
			}
		}
		try {
			IniDiff.assertOnlyTouched(before, after, allowed, insertBefore);
		} catch (AssertionError e) {
			fail(context + ": " + e.getMessage(), e);
		}
	}

	private static Map<String, String> values(Dsn d) {
		Map<String, String> m = new LinkedHashMap<>();
		d.options().forEach(o -> m.put(fold(o.key()), o.value()));
		return m;
	}

	private static String fold(String s) {
		return s.trim().toLowerCase(Locale.ROOT);
	}

	@Test
	void garbageNeverThrowsAndNeverLosesAByte() {
		for (long seed : SEEDS) {
			Random r = new Random(seed);
			for (int i = 0; i < 2000; i++) {
				byte[] bytes = new byte[r.nextInt(200)];
				for (int j = 0; j < bytes.length; j++) {
					int pick = r.nextInt(10);
					bytes[j] = switch (pick) {
					case 0 -> (byte) '\n';
					case 1 -> (byte) '\r';
					case 2 -> (byte) '[';
					case 3 -> (byte) ']';
					case 4 -> (byte) '=';
					case 5 -> (byte) (r.nextBoolean() ? '#' : ';');
					case 6 -> (byte) r.nextInt(256);
					default -> (byte) ('a' + r.nextInt(26));
					};
				}
				OdbcIniDocument doc = OdbcIniDocument.parse(bytes);
				assertEquals(new String(bytes, StandardCharsets.ISO_8859_1),
						new String(doc.bytes(), StandardCharsets.ISO_8859_1), "seed " + seed);
				for (String n : doc.dsnNames()) {
					doc.dsn(n).orElseThrow();
				}
				doc.problems().forEach(p -> assertTrue(p.line() >= 1));
			}
		}
	}
}
