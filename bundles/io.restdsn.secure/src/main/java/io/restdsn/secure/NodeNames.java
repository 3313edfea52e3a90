package io.restdsn.secure;

import org.eclipse.equinox.security.storage.EncodingUtils;

/**
 * Turns any DSN name or file name into a valid secure storage node name and back.
 * <p>
 * Equinox accepts only printable ASCII (32-126) in node names, and '/' separates nodes. So: first
 * {@link EncodingUtils#encodeSlashes} ('/' becomes {@code \2f}, '\' becomes {@code \5c}), then every other character
 * becomes {@code \}{@code uXXXX}. After the first step every original backslash is followed by "5c", so a
 * {@code \}{@code u} can only be one of ours.
 */
final class NodeNames {

	private NodeNames() {
	}

	static String encode(String name) {
		String slashes = EncodingUtils.encodeSlashes(name);
		StringBuilder sb = new StringBuilder(slashes.length());
		for (int i = 0; i < slashes.length(); i++) {
			char c = slashes.charAt(i);
			if (c >= 32 && c < 127) {
				sb.append(c);
			} else {
				sb.append(String.format("\\u%04x", (int) c));
			}
		}
		return sb.toString();
	}

	static String decode(String node) {
		StringBuilder sb = new StringBuilder(node.length());
		for (int i = 0; i < node.length(); i++) {
			char c = node.charAt(i);
			if (c == '\\' && i + 1 < node.length() && node.charAt(i + 1) == 'u' && isHex(node, i + 2)) {
				sb.append((char) Integer.parseInt(node.substring(i + 2, i + 6), 16));
				i += 5;
			} else {
				sb.append(c);
			}
		}
		return EncodingUtils.decodeSlashes(sb.toString());
	}

	private static boolean isHex(String s, int from) {
		if (from + 4 > s.length()) {
			return false;
		}
		for (int i = from; i < from + 4; i++) {
			if (Character.digit(s.charAt(i), 16) < 0) {
				return false;
			}
		}
		return true;
	}
}
