package io.restdsn.http.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import okhttp3.HttpUrl;

/**
 * AWS Signature Version 4 ({@code AWS4-HMAC-SHA256}) over one request, as the AWS reference "Create a signed AWS API
 * request" describes it: canonical request → string to sign → signing key → signature. Pure functions, JDK crypto
 * only ({@link Mac} HmacSHA256, {@link MessageDigest} SHA-256).
 */
final class AwsSigner {

	static final String ALGORITHM = "AWS4-HMAC-SHA256";
	/** Hex SHA-256 of an empty body. */
	static final String EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

	private AwsSigner() {
	}

	/** The parts of one signature, kept for tests and diagnostics. */
	record Signature(String canonicalRequest, String stringToSign, String signedHeaders, String signature,
			String authorization) {
		@Override
		public String toString() {
			return "Signature[" + signedHeaders + "]"; // the signature itself is a credential for this request
		}
	}

	/**
	 * Signs a request.
	 *
	 * @param headers     the headers to sign, any case (host and x-amz-date among them); values are trimmed and
	 *                    inner runs of spaces collapsed
	 * @param payloadHash hex SHA-256 of the body (or {@code UNSIGNED-PAYLOAD} for S3)
	 * @param amzDate     the x-amz-date value, {@code yyyyMMdd'T'HHmmss'Z'}
	 * @param s3          S3 encodes path segments once, every other service twice
	 */
	static Signature sign(String accessKey, String secretKey, String region, String service, String method,
			HttpUrl url, Map<String, String> headers, String payloadHash, String amzDate, boolean s3) {
		TreeMap<String, String> canonical = new TreeMap<>();
		headers.forEach((k, v) -> canonical.merge(k.trim().toLowerCase(Locale.ROOT),
				v.trim().replaceAll(" +", " "), (a, b) -> a + "," + b));
		String signedHeaders = String.join(";", canonical.keySet());
		StringBuilder cr = new StringBuilder();
		cr.append(method).append('\n');
		cr.append(canonicalUri(url, s3)).append('\n');
		cr.append(canonicalQuery(url)).append('\n');
		canonical.forEach((k, v) -> cr.append(k).append(':').append(v).append('\n'));
		cr.append('\n').append(signedHeaders).append('\n');
		cr.append(payloadHash);
		String canonicalRequest = cr.toString();

		String date = amzDate.substring(0, 8);
		String scope = date + "/" + region + "/" + service + "/aws4_request";
		String stringToSign = ALGORITHM + "\n" + amzDate + "\n" + scope + "\n" + sha256Hex(canonicalRequest);
		String signature = HexFormat.of()
				.formatHex(hmac(signingKey(secretKey, date, region, service), stringToSign));
		String authorization = ALGORITHM + " Credential=" + accessKey + "/" + scope + ", SignedHeaders="
				+ signedHeaders + ", Signature=" + signature;
		return new Signature(canonicalRequest, stringToSign, signedHeaders, signature, authorization);
	}

	/** kSigning = HMAC(HMAC(HMAC(HMAC("AWS4" + secret, date), region), service), "aws4_request"). */
	static byte[] signingKey(String secretKey, String date, String region, String service) {
		byte[] k = hmac(("AWS4" + secretKey).getBytes(StandardCharsets.UTF_8), date);
		k = hmac(k, region);
		k = hmac(k, service);
		return hmac(k, "aws4_request");
	}

	/**
	 * The path, {@code /} when empty. OkHttp has already removed dot segments. S3: each decoded segment URI-encoded
	 * once. Other services: the path as sent (encoded once) URI-encoded again, as the AWS SDKs do.
	 */
	static String canonicalUri(HttpUrl url, boolean s3) {
		List<String> segments = s3 ? url.pathSegments() : url.encodedPathSegments();
		StringBuilder b = new StringBuilder();
		for (String s : segments) {
			b.append('/').append(uriEncode(s));
		}
		return b.length() == 0 ? "/" : b.toString();
	}

	/** Parameters sorted by encoded name, then value; each name and value URI-encoded; {@code name=} without value. */
	static String canonicalQuery(HttpUrl url) {
		List<String[]> pairs = new ArrayList<>();
		for (int i = 0; i < url.querySize(); i++) {
			String v = url.queryParameterValue(i);
			pairs.add(new String[] { uriEncode(url.queryParameterName(i)), v == null ? "" : uriEncode(v) });
		}
		pairs.sort((a, b) -> a[0].equals(b[0]) ? a[1].compareTo(b[1]) : a[0].compareTo(b[0]));
		List<String> out = new ArrayList<>();
		for (String[] p : pairs) {
			out.add(p[0] + "=" + p[1]);
		}
		return String.join("&", out);
	}

	/** AWS URI encoding: unreserved characters (A-Z a-z 0-9 - . _ ~) kept, every other UTF-8 byte as %XX. */
	static String uriEncode(String s) {
		StringBuilder b = new StringBuilder();
		for (byte x : s.getBytes(StandardCharsets.UTF_8)) {
			int c = x & 0xff;
			if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
					|| c == '_' || c == '~') {
				b.append((char) c);
			} else {
				b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
						.append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
			}
		}
		return b.toString();
	}

	static String sha256Hex(String s) {
		return sha256Hex(s.getBytes(StandardCharsets.UTF_8));
	}

	static String sha256Hex(byte[] b) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("SHA-256 is part of every JRE", e);
		}
	}

	private static byte[] hmac(byte[] key, String data) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("HmacSHA256 is part of every JRE", e);
		}
	}
}
