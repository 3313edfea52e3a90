package io.restdsn.demo;

/**
 * SplitMix64, written out rather than taken from {@link java.util.Random} or {@link java.util.SplittableRandom}.
 * <p>
 * The demo data must be the same on every JDK and every run, because tests, screenshots and the user's first queries
 * refer to particular rows ("customer 1001 lives in Dublin"). The algorithm is five lines; owning it makes that
 * guarantee ours instead of a library's. {@link #forRow} lets a row be generated from its index alone, so a page of
 * the 100,000-row event stream costs only its own rows.
 */
final class SeededRandom {

	private static final long GOLDEN = 0x9E3779B97F4A7C15L;

	private long state;

	SeededRandom(long seed) {
		this.state = seed;
	}

	/** A generator for one row, independent of every other row's. */
	static SeededRandom forRow(long seed, long row) {
		return new SeededRandom(mix(seed ^ mix(row * GOLDEN + 1)));
	}

	long nextLong() {
		state += GOLDEN;
		return mix(state);
	}

	/** 0 (inclusive) to {@code bound} (exclusive); the modulo bias is irrelevant for made-up data. */
	int nextInt(int bound) {
		return (int) Math.floorMod(nextLong(), (long) bound);
	}

	/** True with the given percentage. */
	boolean percent(int chance) {
		return nextInt(100) < chance;
	}

	<T> T pick(T[] values) {
		return values[nextInt(values.length)];
	}

	static long mix(long z) {
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}
}
