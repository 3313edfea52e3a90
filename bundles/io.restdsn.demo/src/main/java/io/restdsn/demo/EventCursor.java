package io.restdsn.demo;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The next-page token of the event stream.
 * <p>
 * Opaque on purpose (Base64 of a versioned offset) so that a client cannot get away with computing offsets itself:
 * it has to take {@code next} from one answer and send it back as {@code cursor}, which is what next-token paging
 * in the Model ({@code #nextPageElement}, {@code #nextPageParameter}) tests.
 */
final class EventCursor {

	private static final String PREFIX = "ev1:";

	private EventCursor() {
	}

	static String encode(int offset) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + offset).getBytes(
				StandardCharsets.US_ASCII));
	}

	/** The offset a token stands for; a token this service did not make is {@code invalid_request}. */
	static int decode(String token, int max) {
		try {
			String text = new String(Base64.getUrlDecoder().decode(token.trim()), StandardCharsets.US_ASCII);
			if (text.startsWith(PREFIX)) {
				int offset = Integer.parseInt(text.substring(PREFIX.length()));
				if (offset >= 0 && offset <= max) {
					return offset;
				}
			}
		} catch (IllegalArgumentException e) {
			// falls through to the error below (NumberFormatException is one too)
		}
		throw HttpProblem.invalidRequest("cursor '" + token + "' was not issued by this service; send the 'next' "
				+ "value of the previous page, or no cursor for the first page");
	}
}
