package io.restdsn.ui.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The step names ConnectionTest reports, mapped to the stages the test dialog shows running. */
class StageNamesTest {

	@Test
	void stepsMapToTheirStages() {
		assertNull(HttpConnectionChecks.stageOf("Reading the options of Orders"));
		assertEquals("connect", HttpConnectionChecks.stageOf("Connecting to login.example.test:443"));
		assertEquals("tls", HttpConnectionChecks.stageOf("TLS handshake with login.example.test"));
		assertEquals("token", HttpConnectionChecks.stageOf("Requesting an access token from login.example.test"));
		assertEquals("data", HttpConnectionChecks.stageOf("GET https://api.example.test/v1/orders?key=••••"));
		assertEquals("parse", HttpConnectionChecks.stageOf("Parsing the first page"));
	}

	@Test
	void plannedStagesAreTheTestsStagesInOrder() {
		List<StageInfo> planned = new HttpConnectionChecks(null).plannedStages();
		assertEquals(List.of("connect", "tls", "token", "data", "parse"), planned.stream().map(StageInfo::id).toList());
		assertEquals("Access token", planned.get(2).title());
	}
}
