package io.restdsn.core.options;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class ClientCredentialsModeTest {

	@Test
	void valuesZeroToThreeWithExplanations() {
		assertEquals(ClientCredentialsMode.DEFAULT, ClientCredentialsMode.fromValue("0").orElseThrow());
		assertEquals(ClientCredentialsMode.BASIC, ClientCredentialsMode.fromValue("1").orElseThrow());
		assertEquals(ClientCredentialsMode.URL, ClientCredentialsMode.fromValue(" 2 ").orElseThrow());
		assertEquals(ClientCredentialsMode.POST_BODY, ClientCredentialsMode.fromValue("3").orElseThrow());
		for (ClientCredentialsMode m : ClientCredentialsMode.values()) {
			assertFalse(m.explanation().isBlank());
			assertEquals(m, ClientCredentialsMode.fromValue(m.value()).orElseThrow());
		}
	}

	@Test
	void blankMeansDefaultAndOtherValuesAreUnknown() {
		assertEquals(ClientCredentialsMode.DEFAULT, ClientCredentialsMode.fromValue(null).orElseThrow());
		assertEquals(ClientCredentialsMode.DEFAULT, ClientCredentialsMode.fromValue("").orElseThrow());
		assertEquals(Optional.empty(), ClientCredentialsMode.fromValue("4"));
		assertEquals(Optional.empty(), ClientCredentialsMode.fromValue("POST"));
	}

	@Test
	void zeroAndOneSendABasicHeader() {
		assertTrue(ClientCredentialsMode.DEFAULT.usesBasicHeader());
		assertTrue(ClientCredentialsMode.BASIC.usesBasicHeader());
		assertFalse(ClientCredentialsMode.URL.usesBasicHeader());
		assertFalse(ClientCredentialsMode.POST_BODY.usesBasicHeader());
	}
}
