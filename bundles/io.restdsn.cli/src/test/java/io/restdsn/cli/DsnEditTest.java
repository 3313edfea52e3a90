package io.restdsn.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.restdsn.core.dsn.Dsn;
import io.restdsn.core.options.OptionCatalog;

class DsnEditTest {

	private static Dsn edit(Dsn base, String... args) throws UsageException {
		OptionCatalog catalog = OptionCatalog.standard();
		return new DsnEdit(catalog).apply(base,
				new Assignments(catalog, new ByteArrayInputStream(new byte[0])).parse(List.of(args)));
	}

	private static Dsn dsn(String... kv) {
		Map<String, String> m = new LinkedHashMap<>();
		for (int i = 0; i < kv.length; i += 2) {
			m.put(kv[i], kv[i + 1]);
		}
		return Dsn.of("D", m);
	}

	@Test
	void anOptionPresentUnderAnotherNameIsChangedInPlaceUnderThatName() throws Exception {
		Dsn out = edit(dsn("o2tu", "https://old/t", "Config", "/a.rest"), "TokenURI=https://new/t", "rcf=/b.rest");

		assertEquals(List.of(new Dsn.Option("o2tu", "https://new/t"), new Dsn.Option("Config", "/b.rest")), out.options());
	}

	@Test
	void newKnownOptionsGetTheCatalogSpellingUnknownOnesStayAsTyped() throws Exception {
		Dsn out = edit(dsn("Driver", "x", "MyExtra", "1"), "clcm=3", "authenticationmethod=53", "myextra=2", "Other=o");

		assertEquals(List.of(new Dsn.Option("Driver", "x"), new Dsn.Option("MyExtra", "2"),
				new Dsn.Option("ClientCredentialsMode", "3"), new Dsn.Option("AuthenticationMethod", "53"),
				new Dsn.Option("Other", "o")), out.options());
	}

	@Test
	void anEmptyValueRemovesAnOptionAndSecretsAreNamedByTheCatalog() throws Exception {
		Dsn out = edit(dsn("Driver", "x", "Description", "d"), "desc=", "st=tok", "clientsecret=");

		assertEquals(List.of(new Dsn.Option("Driver", "x"), new Dsn.Option("SecurityToken", "tok"),
				new Dsn.Option("ClientSecret", "")), out.options());
	}
}
