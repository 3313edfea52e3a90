package io.restdsn.engine.bench;

import org.junit.jupiter.api.Test;

/**
 * Runs {@link EngineBenchmark} through surefire, so that {@code ./run-benchmarks} needs nothing but the build.
 * Excluded from the normal test run (the {@code bench} package); rows and rounds come from the system properties
 * {@code bench.rows} and {@code bench.rounds}.
 */
class EngineBenchmarkRun {

	@Test
	void run() throws Exception {
		EngineBenchmark.main(new String[] { System.getProperty("bench.rows", "1000000"),
				System.getProperty("bench.rounds", "3") });
	}
}
