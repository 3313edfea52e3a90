package io.restdsn.http.internal;

/**
 * ClientCredentialsMode: where the client id and secret go in the token request. 0 and 1 both mean HTTP Basic; the
 * connector keeps them apart only because older DSNs distinguish "default" from "explicitly Basic".
 */
enum CredentialsMode {
	DEFAULT_BASIC(0, "HTTP Basic header (default)"),
	BASIC(1, "HTTP Basic header"),
	URL(2, "query parameters of the TokenURI"),
	POST_BODY(3, "form fields of a POST body");

	private final int code;
	private final String description;

	CredentialsMode(int code, String description) {
		this.code = code;
		this.description = description;
	}

	int code() {
		return code;
	}

	String description() {
		return description;
	}

	boolean basic() {
		return this == DEFAULT_BASIC || this == BASIC;
	}

	static CredentialsMode of(int code) {
		for (CredentialsMode m : values()) {
			if (m.code == code) {
				return m;
			}
		}
		return null;
	}

	@Override
	public String toString() {
		return code + " (" + description + ")";
	}
}
