package io.restdsn.demo;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Makes the demo's customers: names, e-mail, a nested {@code address} object and an array of {@code tags}.
 * <p>
 * The vocabulary is chosen to exercise a client, not only to look real: names with an apostrophe (SQL quoting),
 * letters outside ASCII (UTF-8 end to end), customers without tags (empty child rows) and inactive ones (a boolean
 * worth filtering on).
 */
final class CustomerGenerator {

	static final int COUNT = 400;
	static final int FIRST_ID = 1001;

	private static final String[] FIRST = { "Ada", "Alan", "Grace", "Linus", "Margaret", "Dennis", "Barbara", "Ken",
			"Frances", "Edsger", "Radia", "Tim", "Katherine", "John", "Hedy", "Niklaus", "Sophie", "Guido", "Mary",
			"Bjarne", "Lena", "Yukihiro", "Anita", "James", "Shafi", "Tony", "Leslie", "Donald", "Joan", "Brian",
			"Zoë", "Jürgen" };
	private static final String[] LAST = { "Lovelace", "Turing", "Hopper", "Torvalds", "Hamilton", "Ritchie",
			"Liskov", "Thompson", "Allen", "Dijkstra", "Perlman", "Johnson", "McCarthy", "Lamarr", "Wirth", "Wilson",
			"van Rossum", "Keller", "Stroustrup", "Söderberg", "Matsumoto", "Borg", "Gosling", "Goldwasser", "Hoare",
			"Lamport", "Knuth", "Clarke", "Kernighan", "O'Neil", "Müller", "Nakamura" };
	private static final String[] TAGS = { "vip", "newsletter", "wholesale", "b2b", "beta-tester", "churn-risk",
			"gift-card", "loyalty" };

	/** A city with its country, a postcode pattern ({@code #} digit, {@code A} letter) and two streets. */
	private record City(String name, String country, String zip, String... streets) {
	}

	private static final City[] CITIES = {
			new City("Dublin", "IE", "D## A#A#", "Grafton Street", "Dame Street"),
			new City("Lisbon", "PT", "####-###", "Rua Augusta", "Avenida da Liberdade"),
			new City("Berlin", "DE", "#####", "Hauptstraße", "Friedrichstraße"),
			new City("Lyon", "FR", "#####", "Rue de la République", "Rue Mercière"),
			new City("Austin", "US", "#####", "Congress Avenue", "South Lamar Boulevard"),
			new City("Toronto", "CA", "A#A #A#", "King Street West", "Queen Street East"),
			new City("Kraków", "PL", "##-###", "ulica Floriańska", "ulica Grodzka"),
			new City("Osaka", "JP", "###-####", "Midosuji", "Sakaisuji"),
			new City("Melbourne", "AU", "####", "Collins Street", "Flinders Lane"),
			new City("São Paulo", "BR", "#####-###", "Avenida Paulista", "Rua Augusta"),
			new City("Zürich", "CH", "####", "Bahnhofstrasse", "Limmatquai"),
			new City("Oslo", "NO", "####", "Karl Johans gate", "Bogstadveien") };

	/** 2019-01-01T00:00:00Z: customers signed up over the four years after it. */
	private static final long SIGNUP_START = 1_546_300_800L;
	private static final int SIGNUP_SPAN = 4 * 365 * 24 * 3600;

	private CustomerGenerator() {
	}

	static List<DemoData.Customer> generate(long seed) {
		SeededRandom r = new SeededRandom(seed);
		List<DemoData.Customer> out = new ArrayList<>(COUNT);
		for (int i = 0; i < COUNT; i++) {
			int id = FIRST_ID + i;
			out.add(new DemoData.Customer(id, customer(r, id)));
		}
		return List.copyOf(out);
	}

	private static String customer(SeededRandom r, int id) {
		String first = r.pick(FIRST);
		String last = r.pick(LAST);
		City city = r.pick(CITIES);
		StringBuilder b = new StringBuilder(320);
		b.append("{\"id\":").append(id).append(",\"name\":");
		Json.string(b, first + " " + last).append(",\"email\":");
		Json.string(b, ascii(first) + "." + ascii(last) + id + "@example.com").append(",\"created\":");
		Json.timestamp(b, SIGNUP_START + r.nextInt(SIGNUP_SPAN));
		b.append(",\"active\":").append(r.percent(85)).append(",\"credit_limit\":");
		Json.money(b, (5 + r.nextInt(96)) * 100_00L);
		b.append(",\"address\":{\"street\":");
		Json.string(b, (1 + r.nextInt(240)) + " " + r.pick(city.streets())).append(",\"city\":");
		Json.string(b, city.name()).append(",\"zip\":");
		Json.string(b, postcode(r, city.zip())).append(",\"country\":");
		Json.string(b, city.country()).append("},\"tags\":[");
		Set<String> tags = new LinkedHashSet<>();
		int n = r.nextInt(4);
		for (int t = 0; t < n; t++) {
			tags.add(r.pick(TAGS));
		}
		String sep = "";
		for (String t : tags) {
			Json.string(b.append(sep), t);
			sep = ",";
		}
		return b.append("]}").toString();
	}

	private static String postcode(SeededRandom r, String pattern) {
		StringBuilder b = new StringBuilder();
		for (char c : pattern.toCharArray()) {
			b.append(c == '#' ? (char) ('0' + r.nextInt(10)) : c == 'A' ? (char) ('A' + r.nextInt(26)) : c);
		}
		return b.toString();
	}

	/** "Söderberg" → "soderberg", "O'Neil" → "oneil": the local part of an address. */
	private static String ascii(String name) {
		return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT);
	}
}
