package io.restdsn.core.options;

/** The editor page or section an option appears on; the order here is the order of the pages. */
public enum OptionGroup {
	GENERAL("General"),
	AUTHENTICATION("Authentication"),
	TLS("TLS"),
	PROXY("Proxy"),
	WEB_SERVICE("Web service"),
	MAPPING("Mapping"),
	ENGINE("SQL engine");

	private final String label;

	OptionGroup(String label) {
		this.label = label;
	}

	/** Title for the page or section that shows this group. */
	public String label() {
		return label;
	}
}
