package io.restdsn.http.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.List;

import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.Handshake;
import okhttp3.Protocol;

/**
 * Records what OkHttp did to reach a host during the connection test – DNS answer, TCP connect, TLS handshake – with
 * times, so the test can report connect and TLS as stages of their own although they happen inside one call. One
 * capture per test step ({@link #begin()}); events from the worker thread, reads from the test's thread.
 */
final class ConnectEvents extends EventListener {

	/** What one step saw. Times are {@code System.nanoTime()}; 0 = did not happen. */
	static final class Capture {
		final long start = System.nanoTime();
		volatile long tcpConnected;
		volatile long tlsStarted;
		volatile long tlsDone;
		volatile Handshake handshake;
		volatile IOException connectFailure;
		volatile boolean viaProxy;
		private final StringBuilder connectLog = new StringBuilder();
		private final StringBuilder tlsLog = new StringBuilder();

		/** TCP (and for https, TLS) set up: the server was reached. */
		boolean connected() {
			return tcpConnected != 0;
		}

		synchronized String connectLog() {
			return connectLog.toString();
		}

		synchronized String tlsLog() {
			return tlsLog.toString();
		}

		private synchronized void connectLine(String s) {
			connectLog.append(s).append('\n');
		}

		private synchronized void tlsLine(String s) {
			tlsLog.append(s).append('\n');
		}

		private long ms(long t) {
			return (t - start) / 1_000_000;
		}
	}

	private volatile Capture current = new Capture();

	/** Starts recording a new step. */
	Capture begin() {
		Capture c = new Capture();
		current = c;
		return c;
	}

	@Override
	public void dnsEnd(Call call, String domainName, List<InetAddress> addresses) {
		Capture c = current;
		c.connectLine("DNS " + domainName + " → " + addresses.stream().map(InetAddress::getHostAddress).toList() + " ("
				+ c.ms(System.nanoTime()) + " ms)");
	}

	@Override
	public void connectStart(Call call, InetSocketAddress address, Proxy proxy) {
		Capture c = current;
		c.viaProxy = proxy != null && proxy.type() != Proxy.Type.DIRECT;
		c.connectLine("TCP connect to " + address.getAddress().getHostAddress() + ":" + address.getPort()
				+ (c.viaProxy ? " (proxy " + proxy.address() + ")" : ""));
	}

	@Override
	public void secureConnectStart(Call call) {
		Capture c = current;
		long now = System.nanoTime();
		if (c.tcpConnected == 0) {
			c.tcpConnected = now;
			c.connectLine("connected (" + c.ms(now) + " ms)");
		}
		c.tlsStarted = now;
	}

	@Override
	public void secureConnectEnd(Call call, Handshake handshake) {
		Capture c = current;
		c.tlsDone = System.nanoTime();
		c.handshake = handshake;
		c.tlsLine("TLS " + handshake.tlsVersion().javaName() + ", " + handshake.cipherSuite().javaName() + " ("
				+ (c.tlsDone - c.tlsStarted) / 1_000_000 + " ms)");
		List<Certificate> peer = handshake.peerCertificates();
		if (!peer.isEmpty() && peer.get(0) instanceof X509Certificate x) {
			c.tlsLine("certificate: " + x.getSubjectX500Principal().getName());
			c.tlsLine("issued by: " + x.getIssuerX500Principal().getName());
			c.tlsLine("names: " + CertificateNames.names(x));
			c.tlsLine("valid until: " + x.getNotAfter().toInstant());
		}
	}

	@Override
	public void connectEnd(Call call, InetSocketAddress address, Proxy proxy, Protocol protocol) {
		Capture c = current;
		if (c.tcpConnected == 0) {
			c.tcpConnected = System.nanoTime();
			c.connectLine("connected (" + c.ms(c.tcpConnected) + " ms), " + protocol);
		}
	}

	@Override
	public void connectFailed(Call call, InetSocketAddress address, Proxy proxy, Protocol protocol, IOException ioe) {
		Capture c = current;
		if (c.tlsStarted != 0 && c.tlsDone == 0) {
			c.tlsLine("TLS handshake failed: " + ioe.getClass().getSimpleName());
		} else {
			c.connectLine("connect to " + address.getAddress().getHostAddress() + ":" + address.getPort() + " failed: "
					+ ioe.getClass().getSimpleName() + " (" + c.ms(System.nanoTime()) + " ms)");
		}
		c.connectFailure = ioe;
	}
}
