package io.restdsn.http;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;

/**
 * Self-signed server certificates made with the JDK's keytool (okhttp-tls is not on the classpath): one for
 * localhost, one for another name, and a JKS trust store holding both.
 */
public final class TestCertificates {

	public static final String STORE_PASSWORD = "changeit";
	public static final String TRUST_PASSWORD = "trust-pass";

	public final Path dir;
	public final Path localhost;
	public final Path wrongName;
	public final Path trustStore;

	private TestCertificates(Path dir) {
		this.dir = dir;
		this.localhost = dir.resolve("localhost.p12");
		this.wrongName = dir.resolve("wrong.p12");
		this.trustStore = dir.resolve("trust.jks");
	}

	public static TestCertificates create() throws Exception {
		TestCertificates c = new TestCertificates(Files.createTempDirectory("restdsn-tls"));
		c.keypair(c.localhost, "CN=localhost", "SAN=dns:localhost,ip:127.0.0.1");
		c.keypair(c.wrongName, "CN=wrong.example", "SAN=dns:wrong.example");
		for (Path p : List.of(c.localhost, c.wrongName)) {
			Path cer = c.dir.resolve(p.getFileName() + ".cer");
			keytool("-exportcert", "-alias", "server", "-keystore", p.toString(), "-storepass", STORE_PASSWORD, "-file",
					cer.toString());
			keytool("-importcert", "-noprompt", "-alias", p.getFileName().toString(), "-file", cer.toString(),
					"-keystore", c.trustStore.toString(), "-storetype", "JKS", "-storepass", TRUST_PASSWORD);
		}
		return c;
	}

	private void keypair(Path store, String dname, String san) throws Exception {
		keytool("-genkeypair", "-alias", "server", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", dname, "-ext",
				san, "-validity", "2", "-keystore", store.toString(), "-storetype", "PKCS12", "-storepass",
				STORE_PASSWORD, "-keypass", STORE_PASSWORD);
	}

	private static void keytool(String... args) throws IOException, InterruptedException {
		List<String> cmd = new ArrayList<>();
		cmd.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
		cmd.addAll(List.of(args));
		Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
		String out = new String(p.getInputStream().readAllBytes());
		if (p.waitFor() != 0) {
			throw new IOException("keytool failed: " + out);
		}
	}

	/** A server-side socket factory presenting the key in {@code store}. */
	public static SSLSocketFactory serverSockets(Path store) throws Exception {
		KeyStore ks = KeyStore.getInstance(store.toFile(), STORE_PASSWORD.toCharArray());
		KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
		kmf.init(ks, STORE_PASSWORD.toCharArray());
		SSLContext ctx = SSLContext.getInstance("TLS");
		ctx.init(kmf.getKeyManagers(), null, null);
		return ctx.getSocketFactory();
	}
}
