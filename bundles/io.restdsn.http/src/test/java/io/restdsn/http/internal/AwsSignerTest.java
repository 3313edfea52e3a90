package io.restdsn.http.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import okhttp3.HttpUrl;

/** AWS Signature Version 4 against the AWS documentation's example, and the service derived from the host. */
class AwsSignerTest {

	private static final String SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";

	@Test
	void awsDocumentationExampleIamListUsers() {
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("Content-Type", "application/x-www-form-urlencoded; charset=utf-8");
		headers.put("Host", "iam.amazonaws.com");
		headers.put("X-Amz-Date", "20150830T123600Z");
		AwsSigner.Signature s = AwsSigner.sign("AKIDEXAMPLE", SECRET, "us-east-1", "iam", "GET",
				HttpUrl.get("https://iam.amazonaws.com/?Action=ListUsers&Version=2010-05-08"), headers,
				AwsSigner.EMPTY_SHA256, "20150830T123600Z", false);
		assertEquals("GET\n/\nAction=ListUsers&Version=2010-05-08\n"
				+ "content-type:application/x-www-form-urlencoded; charset=utf-8\nhost:iam.amazonaws.com\n"
				+ "x-amz-date:20150830T123600Z\n\ncontent-type;host;x-amz-date\n"
				+ "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", s.canonicalRequest());
		assertEquals("AWS4-HMAC-SHA256\n20150830T123600Z\n20150830/us-east-1/iam/aws4_request\n"
				+ "f536975d06c0309214f805bb90ccff089219ecd68b2577efef23edd43b7e1a59", s.stringToSign());
		assertEquals("5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7", s.signature());
		assertEquals("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/iam/aws4_request, "
				+ "SignedHeaders=content-type;host;x-amz-date, "
				+ "Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7", s.authorization());
	}

	@Test
	void awsDocumentationExampleSigningKey() {
		assertEquals("c4afb1cc5771d871763a393e44b703571b55cc28424d1a5e86da6ed3c154a4b9",
				HexFormat.of().formatHex(AwsSigner.signingKey(SECRET, "20150830", "us-east-1", "iam")));
	}

	@Test
	void pathAndQueryAreCanonicalized() {
		HttpUrl url = HttpUrl.get("https://h/documents%20and%20settings/a+b?b=2&a=x%20y&a=%C3%BC&c");
		assertEquals("/documents%2520and%2520settings/a%2Bb", AwsSigner.canonicalUri(url, false));
		assertEquals("/documents%20and%20settings/a%2Bb", AwsSigner.canonicalUri(url, true));
		assertEquals("a=%C3%BC&a=x%20y&b=2&c=", AwsSigner.canonicalQuery(url));
		assertEquals("/", AwsSigner.canonicalUri(HttpUrl.get("https://h"), false));
	}

	@Test
	void headerValuesAreTrimmedAndSpacesCollapsed() {
		Map<String, String> headers = Map.of("Host", "h", "X-Amz-Date", "20150830T123600Z", "X-Amz-Meta-A",
				"  a   b  c ");
		AwsSigner.Signature s = AwsSigner.sign("AK", "SK", "r", "s", "GET", HttpUrl.get("https://h/"), headers,
				AwsSigner.EMPTY_SHA256, "20150830T123600Z", false);
		assertEquals("host;x-amz-date;x-amz-meta-a", s.signedHeaders());
		assertEquals(true, s.canonicalRequest().contains("\nx-amz-meta-a:a b c\n"));
	}

	@Test
	void serviceComesFromTheHost() {
		assertEquals("iam", AwsAuth.service("iam.amazonaws.com", "us-east-1"));
		assertEquals("dynamodb", AwsAuth.service("dynamodb.eu-west-1.amazonaws.com", "eu-west-1"));
		assertEquals("execute-api", AwsAuth.service("abc123.execute-api.us-east-1.amazonaws.com", "us-east-1"));
		assertEquals("s3", AwsAuth.service("my-bucket.s3.us-west-2.amazonaws.com", "us-west-2"));
		assertEquals("s3", AwsAuth.service("s3.dualstack.us-east-1.amazonaws.com", "us-east-1"));
		assertEquals("s3", AwsAuth.service("s3-us-west-2.amazonaws.com", "us-west-2"));
		assertEquals("s3", AwsAuth.service("my-bucket.s3.amazonaws.com", "us-east-1"));
		assertEquals("es", AwsAuth.service("search-logs-abc.us-east-1.es.amazonaws.com", "us-east-1"));
		assertEquals("sts", AwsAuth.service("sts.cn-north-1.amazonaws.com.cn", "cn-north-1"));
		assertEquals("execute-api", AwsAuth.service("api.example.com", "us-east-1"));
		assertEquals("execute-api", AwsAuth.service("localhost", "us-east-1"));
	}

	@Test
	void errorCodesAreFoundInXmlAndJsonBodies() {
		assertEquals("SignatureDoesNotMatch", AwsAuth.errorCode("<Error><Code>SignatureDoesNotMatch</Code></Error>"));
		assertEquals("UnrecognizedClientException",
				AwsAuth.errorCode("{\"__type\":\"com.amazon.coral.service#UnrecognizedClientException\"}"));
		assertEquals("SignatureDoesNotMatch", AwsAuth.errorCode("{\"message\":\"The request signature we "
				+ "calculated does not match the signature you provided.\"}"));
		assertEquals(null, AwsAuth.errorCode("{}"));
	}

	@Test
	void theInterceptorSignsWithTheInjectedClock() throws Exception {
		try (mockwebserver3.MockWebServer server = new mockwebserver3.MockWebServer()) {
			server.enqueue(new mockwebserver3.MockResponse.Builder().code(200).build());
			server.start();
			AwsAuth aws = new AwsAuth("AKIDEXAMPLE", SECRET, "us-east-1",
					java.time.InstantSource.fixed(java.time.Instant.parse("2015-08-30T12:36:00Z")));
			okhttp3.OkHttpClient client = ClientAssembly.authorizedClient(new okhttp3.OkHttpClient(),
					CredentialSource.NONE, aws);
			try (okhttp3.Response r = client.newCall(new okhttp3.Request.Builder()
					.url(server.url("/?Action=ListUsers&Version=2010-05-08")).build()).execute()) {
				assertEquals(200, r.code());
			}
			mockwebserver3.RecordedRequest req = server.takeRequest();
			assertEquals("20150830T123600Z", req.getHeaders().get("x-amz-date"));
			String auth = req.getHeaders().get("Authorization");
			Map<String, String> headers = new LinkedHashMap<>();
			headers.put("host", req.getHeaders().get("Host"));
			headers.put("x-amz-content-sha256", AwsSigner.EMPTY_SHA256);
			headers.put("x-amz-date", "20150830T123600Z");
			assertEquals(AwsSigner.sign("AKIDEXAMPLE", SECRET, "us-east-1", "execute-api", "GET",
					server.url("/?Action=ListUsers&Version=2010-05-08"), headers, AwsSigner.EMPTY_SHA256,
					"20150830T123600Z", false).authorization(), auth);
			assertEquals(true, auth.startsWith(
					"AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/execute-api/aws4_request, "), auth);
		}
	}
}
