package io.restdsn.demo;

import java.util.ArrayList;
import java.util.List;

/**
 * Makes the demo's orders: a customer reference, a status, a creation time and a nested {@code items} array of
 * {@code sku}/{@code qty}/{@code price} objects whose sum is the order's {@code amount}.
 * <p>
 * Orders are in time order and their status depends on their age (recent ones are still open or shipped, old ones
 * delivered), so that {@code ?status=open} selects a plausible, smaller set and joins with customers give sensible
 * answers.
 */
final class OrderGenerator {

	static final int COUNT = 3000;
	static final int FIRST_ID = 10001;
	static final List<String> STATUSES = List.of("open", "shipped", "delivered", "cancelled");

	/** 2023-01-01T00:00:00Z, and one order about every five hours after it. */
	private static final long START = 1_672_531_200L;
	private static final int SPACING = 5 * 3600;
	static final int PRODUCTS = 200;

	private OrderGenerator() {
	}

	static List<DemoData.Order> generate(long seed, List<DemoData.Customer> customers) {
		SeededRandom r = new SeededRandom(seed ^ 0x0DDE_5L);
		List<DemoData.Order> out = new ArrayList<>(COUNT);
		for (int i = 0; i < COUNT; i++) {
			out.add(order(r, i, customers));
		}
		return List.copyOf(out);
	}

	private static DemoData.Order order(SeededRandom r, int i, List<DemoData.Customer> customers) {
		int id = FIRST_ID + i;
		int customerId = customers.get(r.nextInt(customers.size())).id();
		String status = status(r, i);
		StringBuilder items = new StringBuilder("[");
		long amount = 0;
		int n = 1 + r.nextInt(5);
		for (int k = 0; k < n; k++) {
			int product = r.nextInt(PRODUCTS);
			int qty = 1 + r.nextInt(4);
			long price = price(product);
			amount += qty * price;
			items.append(k == 0 ? "" : ",").append("{\"sku\":\"").append(sku(product)).append("\",\"qty\":").append(
					qty).append(",\"price\":");
			Json.money(items, price).append('}');
		}
		items.append(']');
		StringBuilder b = new StringBuilder(96 + items.length());
		b.append("{\"id\":").append(id).append(",\"customer_id\":").append(customerId).append(",\"status\":");
		Json.string(b, status).append(",\"created\":");
		Json.timestamp(b, START + (long) i * SPACING + r.nextInt(SPACING));
		b.append(",\"currency\":\"EUR\",\"amount\":");
		Json.money(b, amount).append(",\"items\":").append(items).append('}');
		return new DemoData.Order(id, customerId, status, amount, b.toString());
	}

	private static String status(SeededRandom r, int i) {
		int p = r.nextInt(100);
		if (i >= COUNT - 400) {
			return p < 60 ? "open" : p < 90 ? "shipped" : "cancelled";
		}
		return p < 85 ? "delivered" : p < 93 ? "cancelled" : p < 97 ? "shipped" : "open";
	}

	static String sku(int product) {
		return "SKU-" + (10000 + product);
	}

	/** A product's price never changes: 1.99 to 299.99, from the product number alone. */
	static long price(int product) {
		return 199 + Math.floorMod(SeededRandom.mix(product + 7L), 29_801L);
	}
}
