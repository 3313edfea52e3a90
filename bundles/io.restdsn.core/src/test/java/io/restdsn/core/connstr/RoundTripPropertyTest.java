package io.restdsn.core.connstr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.restdsn.core.dsn.Dsn;
import io.restdsn.core.testing.RandomDsns;

/**
 * format-then-parse gives back the same DSN, for thousands of generated DSNs per seed whose values hold every
 * character the syntaxes treat specially ({@code ; { } = ' "}, blanks at either end, line breaks, control and
 * non-ASCII characters, empty values). A failure message names the seed and the string.
 */
class RoundTripPropertyTest {

	private static final long[] SEEDS = { 7L, 1234L, 987654321L, 0xDEADBEEFL };
	private static final int PER_SEED = 2500;

	/** CData's names, and short or legacy names the CData mapping folds into ours: not ours to round-trip. */
	private static final Set<String> CDATA_SIDE = Set.of("authscheme", "oauthgranttype", "oauthpasswordgrantmode",
			"oauthclientid", "oauthclientsecret", "oauthaccesstokenurl", "proxyserver", "timeout", "am", "clcm", "o2tu");

	/** Keys the CData form writes under another name and reads back in this spelling. */
	private static final Map<String, String> CANONICAL = Map.of("clientid", "ClientID", "clientsecret", "ClientSecret",
			"tokenuri", "TokenURI", "proxyhost", "ProxyHost", "wstimeout", "WSTimeout", "authenticationmethod",
			"AuthenticationMethod", "clientcredentialsmode", "ClientCredentialsMode");

	@Test
	void odbcConnectionStrings() {
		int n = 0;
		for (long seed : SEEDS) {
			RandomDsns gen = new RandomDsns(seed);
			for (int i = 0; i < PER_SEED; i++) {
				Dsn d = gen.dsn(gen.anyValue(), 10, k -> !k.equalsIgnoreCase("DSN"), false);
				String s = OdbcConnectionString.format(d);
				ParsedConnectionString p = OdbcConnectionString.parse(s);
				assertEquals(List.of(), p.problems(), () -> "seed " + seed + ": " + s);
				assertEquals(d, p.dsn(), () -> "seed " + seed + ": " + s);
				n++;
			}
		}
		assertEquals(SEEDS.length * PER_SEED, n);
	}

	@Test
	void jdbcUrls() {
		for (long seed : SEEDS) {
			RandomDsns gen = new RandomDsns(seed + 1);
			for (int i = 0; i < PER_SEED; i++) {
				Dsn d = gen.dsn("", 10, k -> !k.equalsIgnoreCase("Config") && !k.equalsIgnoreCase("Sample"), false);
				String url = JdbcUrl.format(d);
				ParsedConnectionString p = JdbcUrl.parse(url);
				assertEquals(List.of(), p.problems(), () -> "seed " + seed + ": " + url);
				assertEquals(d, p.dsn(), () -> "seed " + seed + ": " + url);
			}
		}
	}

	@Test
	void cdataStrings() {
		for (long seed : SEEDS) {
			RandomDsns gen = new RandomDsns(seed + 2);
			Random r = gen.random();
			for (int i = 0; i < PER_SEED; i++) {
				Dsn d = gen.dsn("", 10, k -> !CDATA_SIDE.contains(k.toLowerCase(Locale.ROOT)), false);
				// the mapped values, sometimes, so that the value mappings get exercised too
				if (r.nextInt(3) == 0) {
					d = d.with("AuthenticationMethod", r.nextBoolean() ? "53" : gen.anyValue());
				}
				if (r.nextInt(3) == 0) {
					d = d.with("ClientCredentialsMode", String.valueOf(r.nextInt(4)));
				}
				Dsn expected = canonical(d);
				String s = CDataConnectionString.format(d).text();
				ParsedConnectionString p = CDataConnectionString.parse(s);
				assertTrue(p.problems().stream().noneMatch(ConnectionStringProblem::isError),
						() -> "seed " + seed + ": " + s + " " + p.problems());
				assertEquals(expected, p.dsn(), () -> "seed " + seed + ": " + s);
			}
		}
	}

	/** What a DSN reads back as from CData form: mapped keys in their canonical spelling. */
	private static Dsn canonical(Dsn d) {
		Dsn out = Dsn.empty("");
		for (Dsn.Option o : d.options()) {
			String k = o.key().toLowerCase(Locale.ROOT);
			String key = o.key();
			if (CANONICAL.containsKey(k)) {
				boolean mapped = switch (k) {
				case "authenticationmethod" -> o.value().equals("53");
				case "clientcredentialsmode" -> o.value().equals("1") || o.value().equals("3");
				default -> true;
				};
				if (mapped) {
					key = CANONICAL.get(k);
				}
			}
			out = out.with(key, o.value());
		}
		return out;
	}

	@Test
	void garbageNeverThrows() {
		for (long seed : SEEDS) {
			RandomDsns gen = new RandomDsns(seed + 3);
			for (int i = 0; i < PER_SEED; i++) {
				StringBuilder b = new StringBuilder();
				int parts = gen.random().nextInt(6);
				for (int j = 0; j < parts; j++) {
					b.append(gen.anyValue());
				}
				String s = b.toString();
				OdbcConnectionString.parse(s);
				CDataConnectionString.parse(s);
				JdbcUrl.parse(JdbcUrl.PREFIX + s);
				JdbcUrl.parse(s);
			}
		}
	}
}
