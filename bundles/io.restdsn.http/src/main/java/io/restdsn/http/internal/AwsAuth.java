package io.restdsn.http.internal;

import java.io.IOException;
import java.time.InstantSource;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.restdsn.http.ConnectionException;
import io.restdsn.http.ConnectionProblem.Kind;
import io.restdsn.http.Redactor;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.Buffer;

/**
 * AuthenticationMethod=43: every data request signed with AWS Signature Version 4 ({@link AwsSigner}) from
 * AccessKey, SecretKey (a secret) and Region.
 * <p>
 * <b>Service name.</b> The option catalog has no option for it, so it is derived from the host:
 * {@code service.region.amazonaws.com} and {@code service.amazonaws.com} give {@code service} (also with a bucket or
 * API id in front, {@code dualstack}/{@code fips} variants, {@code s3-region} legacy names and the
 * {@code domain.region.service.amazonaws.com} form of OpenSearch); any other host – a custom domain, which AWS offers
 * for API Gateway – is signed for {@code execute-api}. The catalog has no session-token option either, so temporary
 * credentials ({@code X-Amz-Security-Token}) are not supported.
 * <p>
 * A network interceptor signs each hop to the call's origin, seeing the headers as sent: {@code host},
 * {@code content-type} when there is a body and every {@code x-amz-*} header are signed; {@code x-amz-date} and
 * {@code x-amz-content-sha256} (the body's hash, which S3 requires) are added first. A body is read to hash it; a
 * one-shot body is sent as {@code UNSIGNED-PAYLOAD}, which only S3 accepts.
 */
final class AwsAuth implements RequestAuth {

	private static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
			.withZone(ZoneOffset.UTC);

	private final String accessKey;
	private final String secretKey;
	private final String region;
	private final InstantSource clock;

	AwsAuth(String accessKey, String secretKey, String region, InstantSource clock) {
		this.accessKey = accessKey;
		this.secretKey = secretKey;
		this.region = region;
		this.clock = clock;
	}

	static AwsAuth read(DsnReader r, int method) throws ConnectionException {
		String what = "AuthenticationMethod " + AuthMethodCode.describe(method);
		String accessKey = r.text(Opt.ACCESS_KEY);
		if (accessKey == null) {
			throw Problem.config(what + " needs AccessKey: the access key id (AKIA… or ASIA…) of the IAM user "
					+ "whose key signs the requests.", Opt.ACCESS_KEY);
		}
		if (!accessKey.matches("[A-Za-z0-9]+")) {
			throw Problem.config("AccessKey must be an access key id (letters and digits, such as AKIAIOSFODNN7EXAMPLE)"
					+ ": check for a stray character or a pasted secret key.", Opt.ACCESS_KEY);
		}
		String secretKey = r.secret(Opt.SECRET_KEY);
		if (secretKey == null) {
			throw Problem.config(what + " needs SecretKey, the secret access key, which is set neither in the DSN "
					+ "nor in secure storage.", Opt.SECRET_KEY);
		}
		String region = r.text(Opt.REGION);
		if (region == null) {
			throw Problem.config(what + " needs Region: the AWS region of the API, such as us-east-1.",
					Opt.REGION);
		}
		if (!region.matches("[a-z0-9-]+")) {
			throw Problem.config("Region must be an AWS region name such as us-east-1 or eu-west-2, not '" + region
					+ "'.", Opt.REGION);
		}
		return new AwsAuth(accessKey, secretKey, region, InstantSource.system());
	}

	/** The same credentials with another clock (tests). */
	AwsAuth withClock(InstantSource c) {
		return new AwsAuth(accessKey, secretKey, region, c);
	}

	@Override
	public void install(OkHttpClient.Builder client) {
		client.addNetworkInterceptor(this::sign);
	}

	private Response sign(Interceptor.Chain chain) throws IOException {
		Request request = chain.request();
		RequestCredentials c = request.tag(RequestCredentials.class);
		if (c == null || !Origins.mayReceive(c.origin(), request.url())) {
			return chain.proceed(request);
		}
		HttpUrl url = request.url();
		String service = service(url.host(), region);
		boolean s3 = service.equals("s3");
		String payloadHash = payloadHash(request.body());
		String amzDate = AMZ_DATE.format(clock.instant());
		Request.Builder b = request.newBuilder().header("x-amz-date", amzDate)
				.header("x-amz-content-sha256", payloadHash);
		Request withDate = b.build();
		Map<String, String> toSign = new LinkedHashMap<>();
		String host = withDate.header("Host");
		toSign.put("host", host != null ? host : hostHeader(url));
		for (String name : withDate.headers().names()) {
			String n = name.toLowerCase(Locale.ROOT);
			if (n.startsWith("x-amz-") || n.equals("content-type")) {
				toSign.put(n, String.join(",", withDate.headers(name)));
			}
		}
		AwsSigner.Signature sig = AwsSigner.sign(accessKey, secretKey, region, service, request.method(), url, toSign,
				payloadHash, amzDate, s3);
		return chain.proceed(b.header("Authorization", sig.authorization()).build());
	}

	private static String payloadHash(RequestBody body) throws IOException {
		if (body == null) {
			return AwsSigner.EMPTY_SHA256;
		}
		if (body.isOneShot() || body.isDuplex()) {
			return "UNSIGNED-PAYLOAD";
		}
		Buffer buffer = new Buffer();
		body.writeTo(buffer);
		return AwsSigner.sha256Hex(buffer.readByteArray());
	}

	private static String hostHeader(HttpUrl url) {
		return url.port() == HttpUrl.defaultPort(url.scheme()) ? url.host() : url.host() + ":" + url.port();
	}

	/**
	 * The service a host belongs to (see the class comment); {@code execute-api} for hosts outside
	 * {@code amazonaws.com}.
	 */
	static String service(String host, String region) {
		String h = host.toLowerCase(Locale.ROOT);
		String suffix = h.endsWith(".amazonaws.com") ? ".amazonaws.com"
				: h.endsWith(".amazonaws.com.cn") ? ".amazonaws.com.cn" : null;
		if (suffix == null) {
			return "execute-api";
		}
		List<String> labels = Arrays.asList(h.substring(0, h.length() - suffix.length()).split("\\."));
		int last = labels.size() - 1;
		int regionAt = -1;
		for (int i = last; i >= 0; i--) {
			if (labels.get(i).equals(region) || labels.get(i).matches("[a-z]{2}(-gov|-iso[a-z]*)?-[a-z]+-\\d+")) {
				regionAt = i;
				break;
			}
		}
		String service;
		if (regionAt < 0) {
			service = labels.get(last); // iam.amazonaws.com, bucket.s3.amazonaws.com, s3-us-west-2.amazonaws.com
		} else if (regionAt < last) {
			service = labels.get(last); // domain.us-east-1.es.amazonaws.com
		} else if (regionAt > 0) {
			int i = regionAt - 1;
			while (i > 0 && (labels.get(i).equals("dualstack") || labels.get(i).equals("fips"))) {
				i--;
			}
			service = labels.get(i); // dynamodb.us-east-1…, api-id.execute-api.us-east-1…, s3.dualstack.us-east-1…
		} else {
			return "execute-api";
		}
		if (service.startsWith("s3-") || service.equals("s3")) {
			return "s3"; // s3-us-west-2, s3-external-1, s3-fips
		}
		return service.endsWith("-fips") ? service.substring(0, service.length() - 5) : service;
	}

	@Override
	public Problem refused(BufferedResponse r, HttpUrl requested, String where, Redactor redactor) {
		if (r.code() != 401 && r.code() != 403) {
			return null;
		}
		Problem elsewhere = RequestAuth.fromOtherOrigin(r, requested, where, redactor);
		if (elsewhere != null) {
			return elsewhere;
		}
		String body = r.text();
		String service = service(r.url().host(), region);
		String code = errorCode(body);
		String answer = where + " answered " + r.code() + (r.code() == 401 ? " Unauthorized" : " Forbidden")
				+ (code != null ? " (" + code + ")" : "") + ": ";
		Problem p;
		switch (code == null ? "" : code) {
		case "SignatureDoesNotMatch", "InvalidSignatureException" -> p = Problem.of(redactor, Kind.UNAUTHORIZED,
				answer + "the signature does not match. Check SecretKey (it must belong to AccessKey " + accessKey
						+ ") and Region ('" + region + "'); the request was signed for service '" + service
						+ "', derived from the host.")
				.options(Opt.SECRET_KEY, Opt.REGION);
		case "InvalidClientTokenId", "UnrecognizedClientException", "InvalidAccessKeyId" -> p = Problem.of(redactor,
				Kind.UNAUTHORIZED, answer + "AWS does not know the access key " + accessKey + ": check AccessKey.")
				.options(Opt.ACCESS_KEY);
		case "AuthorizationHeaderMalformed", "IncompleteSignature" -> p = Problem.of(redactor, Kind.UNAUTHORIZED,
				answer + "the request was signed for region '" + region + "' and service '" + service
						+ "', which the endpoint does not accept: check Region.")
				.options(Opt.REGION);
		case "AccessDenied", "AccessDeniedException" -> p = Problem.of(redactor, Kind.FORBIDDEN, answer
				+ "the signature was accepted, but the IAM policies of access key " + accessKey
				+ " do not allow this request.").options(Opt.ACCESS_KEY);
		default -> p = Problem.of(redactor, r.code() == 401 ? Kind.UNAUTHORIZED : Kind.FORBIDDEN, answer
				+ "the signed request was refused. Check AccessKey, SecretKey and Region ('" + region
				+ "'); the request was signed for service '" + service + "', derived from the host.")
				.options(Opt.ACCESS_KEY, Opt.SECRET_KEY, Opt.REGION);
		}
		return p;
	}

	/** The AWS error code of an XML ({@code <Code>}) or JSON ({@code __type}, {@code code}) error body, or null. */
	static String errorCode(String body) {
		java.util.regex.Matcher m = java.util.regex.Pattern
				.compile("<Code>\\s*([A-Za-z.]+)\\s*</Code>|\"(?:__type|code|Code)\"\\s*:\\s*\"(?:[^\"#]*#)?([A-Za-z.]+)\"")
				.matcher(body);
		if (m.find()) {
			return m.group(1) != null ? m.group(1) : m.group(2);
		}
		String lower = body.toLowerCase(Locale.ROOT);
		if (lower.contains("signature we calculated does not match")) {
			return "SignatureDoesNotMatch";
		}
		if (lower.contains("security token included in the request is invalid")) {
			return "UnrecognizedClientException";
		}
		return null;
	}

	@Override
	public String toString() {
		return "AwsAuth[" + accessKey + ", " + region + "]";
	}
}
