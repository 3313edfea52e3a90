package io.restdsn.http;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import mockwebserver3.MockWebServer;

/** A fresh MockWebServer on loopback and a fresh {@link RestClientFactory} for each test, both closed after it. */
abstract class LocalServerTest {

	protected MockWebServer server;
	protected RestClientFactory factory;

	@BeforeEach
	void startServerAndFactory() throws Exception {
		server = new MockWebServer();
		server.start();
		factory = RestClientFactory.create();
	}

	@AfterEach
	void closeServerAndFactory() {
		factory.close();
		server.close();
	}
}
