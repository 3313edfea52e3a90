package io.restdsn.demo;

import java.util.List;

/**
 * The demo's customers and orders, generated once per service from a fixed seed.
 * <p>
 * Rows are kept as finished JSON text: a page is then a slice of strings, and the fields a request can filter on
 * are kept beside the text so that no JSON has to be parsed to answer it. The event stream is not here: it is
 * generated per page by {@link EventGenerator}.
 */
final class DemoData {

	static final long SEED = 0x5EED_2024_0601L;

	/** One customer: its id and its JSON object. */
	record Customer(int id, String json) {
	}

	/** One order: the fields requests filter on, its total and its JSON object. */
	record Order(int id, int customerId, String status, long amountCents, String json) {
	}

	final List<Customer> customers;
	final List<Order> orders;

	private DemoData(List<Customer> customers, List<Order> orders) {
		this.customers = customers;
		this.orders = orders;
	}

	static DemoData generate() {
		List<Customer> customers = CustomerGenerator.generate(SEED);
		return new DemoData(customers, OrderGenerator.generate(SEED, customers));
	}

	/** The customer with that id, or {@code null}. Ids are consecutive, so this is an index. */
	Customer customer(int id) {
		int i = id - CustomerGenerator.FIRST_ID;
		return i >= 0 && i < customers.size() ? customers.get(i) : null;
	}
}
