package io.restdsn.demo;

import java.util.List;

/**
 * The event stream: 120,000 rows that exist only while a page of them is being written.
 * <p>
 * Each event is a function of its index (see {@link SeededRandom#forRow}), so any page costs only its own rows and
 * the stream needs no memory at all. Events refer to real orders and customers, and carry nulls where a field does
 * not apply (a page view has no order), as event feeds do.
 */
final class EventGenerator {

	static final int COUNT = 120_000;

	/** 2024-01-01T00:00:00Z; events are 0–12 s apart, strictly increasing. */
	private static final long START = 1_704_067_200L;
	private static final int SPACING = 13;

	private static final String[] TYPES = { "page.view", "page.view", "page.view", "login", "cart.add",
			"order.created", "order.paid", "order.shipped" };
	private static final String[] CHANNELS = { "web", "web", "ios", "android", "api" };
	private static final String[] REGIONS = { "eu-west-1", "eu-central-1", "us-east-1", "us-west-2",
			"ap-northeast-1" };

	private final long seed;
	private final List<DemoData.Order> orders;
	private final List<DemoData.Customer> customers;

	EventGenerator(long seed, DemoData data) {
		this.seed = seed ^ 0xE7E7L;
		this.orders = data.orders;
		this.customers = data.customers;
	}

	/** Appends event {@code index} (0-based; its {@code id} is {@code index + 1}) as a JSON object. */
	void append(StringBuilder b, int index) {
		SeededRandom r = SeededRandom.forRow(seed, index);
		String type = r.pick(TYPES);
		b.append("{\"id\":").append(index + 1L).append(",\"type\":\"").append(type).append("\",\"at\":");
		Json.timestamp(b, START + (long) index * SPACING + r.nextInt(SPACING));
		DemoData.Order order = type.startsWith("order.") ? orders.get(r.nextInt(orders.size())) : null;
		int customerId = order != null ? order.customerId() : customers.get(r.nextInt(customers.size())).id();
		b.append(",\"customer_id\":").append(customerId).append(",\"order_id\":");
		if (order != null) {
			b.append(order.id());
		} else {
			b.append("null");
		}
		b.append(",\"amount\":");
		if (order != null && type.equals("order.paid")) {
			Json.money(b, order.amountCents());
		} else if (type.equals("cart.add")) {
			Json.money(b, OrderGenerator.price(r.nextInt(OrderGenerator.PRODUCTS)));
		} else {
			b.append("null");
		}
		b.append(",\"source\":{\"channel\":\"").append(r.pick(CHANNELS)).append("\",\"region\":\"").append(r.pick(
				REGIONS)).append("\"}}");
	}
}
