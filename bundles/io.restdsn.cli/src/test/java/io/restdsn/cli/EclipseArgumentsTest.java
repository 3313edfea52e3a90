package io.restdsn.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class EclipseArgumentsTest {

	@Test
	void theEclipseSecureStorageArgumentsAreLeftToEquinox() {
		assertArrayEquals(new String[] { "show", "X", "--json" }, EclipseArguments.strip(
				new String[] { "-eclipse.keyring", "/k", "show", "X", "-Eclipse.Password", "/p", "--json" }));
		assertArrayEquals(new String[] { "list", "-eclipse.keyring", "--json" },
				EclipseArguments.strip(new String[] { "list", "-eclipse.keyring", "--json" }), "no value: not a pair");
	}
}
