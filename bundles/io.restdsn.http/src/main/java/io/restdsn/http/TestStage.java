package io.restdsn.http;

/** The stages of a {@link ConnectionTest}, in the order they run. */
public enum TestStage {
	CONNECT("Resolve and connect"),
	TLS("TLS handshake"),
	TOKEN("Access token"),
	DATA("First data request"),
	PARSE("Parse first page");

	private final String title;

	TestStage(String title) {
		this.title = title;
	}

	/** How the UI and CLI label the stage. */
	public String title() {
		return title;
	}
}
