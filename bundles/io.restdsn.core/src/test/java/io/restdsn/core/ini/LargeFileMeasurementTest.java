package io.restdsn.core.ini;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/**
 * Prints (to stderr) how long a generated 1 MB odbc.ini takes to parse and edit. A measurement, not a benchmark
 * gate: machines differ, so nothing here asserts on time; it only checks the big file is read correctly.
 */
class LargeFileMeasurementTest {

	@Test
	void parseOneMegabyte() {
		StringBuilder b = new StringBuilder("# generated\n");
		int dsns = 0;
		while (b.length() < 1_000_000) {
			b.append("\n[DSN ").append(dsns).append("]\r\n")
					.append("Driver=/opt/Progress/DataDirect/lib/ivautorest28.so\n")
					.append("Description=generated data source number ").append(dsns).append('\n')
					.append("AuthenticationMethod=53\n")
					.append("ClientID=client-").append(dsns).append('\n')
					.append("# a comment between keys\n")
					.append("TokenURI=POST https://login.example.com/oauth2/v2.0/token?tenant=").append(dsns).append('\n')
					.append("Scope=https://graph.example.com/.default offline_access\n")
					.append("RestConfigFile=/srv/user/models/model-").append(dsns).append(".rest\n");
			dsns++;
		}
		byte[] bytes = b.toString().getBytes(StandardCharsets.UTF_8);

		long t0 = System.nanoTime();
		OdbcIniDocument doc = OdbcIniDocument.parse(bytes);
		long cold = System.nanoTime() - t0;
		long best = Long.MAX_VALUE;
		for (int i = 0; i < 5; i++) {
			long t = System.nanoTime();
			doc = OdbcIniDocument.parse(bytes);
			best = Math.min(best, System.nanoTime() - t);
		}
		long t1 = System.nanoTime();
		OdbcIniDocument edited = doc.put(doc.dsn("DSN 500").orElseThrow().with("Scope", "changed"));
		byte[] out = edited.bytes();
		long edit = System.nanoTime() - t1;

		System.err.printf("odbc.ini of %,d bytes, %,d DSNs: parse %.1f ms cold, %.1f ms warm (best of 5); "
				+ "one put + bytes() %.1f ms%n", bytes.length, dsns, cold / 1e6, best / 1e6, edit / 1e6);

		assertEquals(dsns, doc.dsnNames().size());
		assertArrayEquals(bytes, doc.bytes());
		assertEquals("changed", OdbcIniDocument.parse(out).dsn("DSN 500").map(d -> d.value("Scope")).orElseThrow());
	}
}
