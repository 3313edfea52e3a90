package io.restdsn.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** The generated data: valid JSON, the promised shapes, consistent references, and the same on every run. */
class DemoDataTest {

	private static final DemoData DATA = DemoData.generate();

	@Test
	void sameDataEveryTime() {
		DemoData again = DemoData.generate();
		assertEquals(DATA.customers, again.customers);
		assertEquals(DATA.orders, again.orders);
		StringBuilder a = new StringBuilder();
		StringBuilder b = new StringBuilder();
		new EventGenerator(DemoData.SEED, DATA).append(a, 99_999);
		new EventGenerator(DemoData.SEED, again).append(b, 99_999);
		assertEquals(a.toString(), b.toString());
	}

	@Test
	void customersHaveNestedAddressAndTags() throws Exception {
		Set<String> emails = new HashSet<>();
		boolean someWithoutTags = false;
		boolean someWithTags = false;
		boolean nonAscii = false;
		for (DemoData.Customer c : DATA.customers) {
			JsonNode j = DemoClient.JSON.readTree(c.json());
			assertEquals(c.id(), j.get("id").asInt());
			for (String f : new String[] { "street", "city", "zip", "country" }) {
				assertTrue(j.get("address").get(f).asText().length() > 0, f);
			}
			assertTrue(emails.add(j.get("email").asText()), "unique e-mail");
			Instant.parse(j.get("created").asText());
			someWithoutTags |= j.get("tags").isEmpty();
			someWithTags |= j.get("tags").size() > 1;
			nonAscii |= !j.get("name").asText().matches("\\p{ASCII}*");
		}
		assertTrue(someWithTags && someWithoutTags && nonAscii);
	}

	@Test
	void ordersReferenceCustomersAndAddUp() throws Exception {
		for (DemoData.Order o : DATA.orders) {
			JsonNode j = DemoClient.JSON.readTree(o.json());
			assertEquals(o.customerId(), j.get("customer_id").asInt());
			assertTrue(DATA.customer(o.customerId()) != null, "customer exists");
			BigDecimal sum = BigDecimal.ZERO;
			assertTrue(j.get("items").size() >= 1);
			for (JsonNode item : j.get("items")) {
				assertTrue(item.get("sku").asText().startsWith("SKU-"));
				sum = sum.add(item.get("price").decimalValue().multiply(BigDecimal.valueOf(item.get("qty").asInt())));
			}
			assertEquals(0, sum.compareTo(j.get("amount").decimalValue()), o.json());
			Instant.parse(j.get("created").asText());
		}
	}

	@Test
	void eventsAreValidJsonWithNullsAndReferences() throws Exception {
		EventGenerator g = new EventGenerator(DemoData.SEED, DATA);
		Instant previous = Instant.MIN;
		boolean nullOrder = false;
		boolean withOrder = false;
		for (int i = 0; i < 2000; i++) {
			StringBuilder b = new StringBuilder();
			g.append(b, i);
			JsonNode e = DemoClient.JSON.readTree(b.toString());
			assertEquals(i + 1, e.get("id").asInt());
			Instant at = Instant.parse(e.get("at").asText());
			assertTrue(at.isAfter(previous), "events in time order");
			previous = at;
			assertTrue(DATA.customer(e.get("customer_id").asInt()) != null);
			nullOrder |= e.get("order_id").isNull();
			withOrder |= e.get("order_id").isInt();
			assertTrue(e.get("source").isObject());
		}
		assertTrue(nullOrder && withOrder);
	}
}
