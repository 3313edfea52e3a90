package io.restdsn.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.restdsn.demo.DemoService;
import io.restdsn.ui.tests.pages.ConnectionTestDialogPage;
import io.restdsn.ui.tests.pages.ConnectionTestDialogPage.StageRow;
import io.restdsn.ui.tests.pages.DataSourcesPage;
import io.restdsn.ui.tests.pages.DsnEditorPage;

/**
 * The Test Connection dialog over the real connection test (io.restdsn.http): against the demo service (pass, and a
 * wrong secret), against a server that accepts and never answers (Cancel), from the view and from the editor, and the
 * view's "Last test" column it feeds.
 */
class TestConnectionDialogTest extends UiTestBase {

	private static final String WRONG_SECRET = "not-the-demo-secret-7f3e";

	/** A method-53 DSN in odbc.ini, its secret in the store. */
	private void dsn(String name, String tokenUrl, String dataUrl, String secret) throws IOException {
		writeIni("[ODBC Data Sources]", name + "=DataDirect 8.0 Autonomous REST Connector", "",
				"[" + name + "]", "Driver=DataDirect 8.0 Autonomous REST Connector", "AuthenticationMethod=53",
				"ClientID=" + DemoService.CLIENT_ID, "TokenURI=POST " + tokenUrl, "Scope=read",
				"RestSamplePath=" + dataUrl);
		store().save(name, store().load(name).with("ClientSecret", secret));
	}

	private void demoDsn(String name, String secret) throws IOException {
		dsn(name, demo().tokenUrl(), demo().baseUrl() + "/api/events", secret);
	}

	private ConnectionTestDialogPage testFromView(DataSourcesPage view, String name) {
		view.select(name);
		workbench.runCommand("io.restdsn.ui.testDataSource");
		return ConnectionTestDialogPage.find(driver);
	}

	@Test
	void everyStageThatAppliesPassesAgainstTheDemo() throws Exception {
		demoDsn("Demo", DemoService.CLIENT_SECRET);
		DataSourcesPage view = dataSources();
		// the key shown beside Data Source > Test Connection...
		assertEquals("Ctrl+T", workbench.window().getService(org.eclipse.ui.keys.IBindingService.class)
				.getBestActiveBindingFormattedFor("io.restdsn.ui.testDataSource"));
		ConnectionTestDialogPage d = testFromView(view, "Demo").finished();

		List<StageRow> rows = d.stages();
		assertEquals(List.of("Resolve and connect", "TLS handshake", "Access token", "First data request",
				"Parse first page"), rows.stream().map(StageRow::stage).toList());
		for (StageRow r : rows) {
			assertTrue(r.hasIcon(), () -> "every stage shows its outcome icon: " + r);
			// the demo speaks plain http on loopback: there is no TLS stage to pass, and the dialog says why
			String expected = r.stage().equals("TLS handshake") ? "Skipped" : "Passed";
			assertEquals(expected, r.result(), () -> "stages: " + rows);
			if (expected.equals("Passed")) {
				assertTrue(r.time().endsWith("ms") || r.time().endsWith(" s"), () -> "a duration: " + r);
			}
		}
		assertTrue(d.result("TLS handshake").equals("Skipped") && rows.get(1).message().contains("Plain http"),
				() -> rows.get(1).toString());
		assertTrue(d.status().contains("works"), d::status);
		assertEquals("Close", d.closeLabel());

		d.toggleDetails();
		assertTrue(d.detailsShown());
		String details = d.details();
		assertTrue(details.contains("== Access token ==") && details.contains("/oauth/token"), details);
		assertFalse(details.contains(DemoService.CLIENT_SECRET), "the transcript is redacted");

		String report = d.copyReport();
		assertTrue(report.contains("Connection test of \"Demo\": passed"), report);
		assertTrue(report.contains("First data request"), report);
		assertFalse(report.contains(DemoService.CLIENT_SECRET), "the report never holds the secret");
		d.close();

		driver.waitUntil("the view to show the last test", () -> view.lastTest("Demo").startsWith("passed "));
	}

	@Test
	void aWrongSecretFailsTheTokenStageAndNamesClientSecret() throws Exception {
		demoDsn("Wrong", WRONG_SECRET);
		DataSourcesPage view = dataSources();
		ConnectionTestDialogPage d = testFromView(view, "Wrong").finished();

		assertEquals("Passed", d.result("Resolve and connect"));
		assertEquals("Failed", d.result("Access token"));
		assertEquals("Skipped", d.result("First data request"), "later stages do not run");
		assertTrue(d.status().contains("Access token"), d::status);
		String text = d.stageText();
		assertTrue(text.startsWith("Access token: failed"), "the failed stage is selected: " + text);
		assertTrue(text.contains("ClientSecret"), () -> "says which option to change: " + text);
		assertFalse(text.contains(WRONG_SECRET), "never repeats the secret");
		assertFalse(d.toggleDetails().details().contains(WRONG_SECRET), "nor does the transcript");

		d.select("Resolve and connect");
		assertTrue(d.stageText().startsWith("Resolve and connect: passed"), d::stageText);
		d.close();
		driver.waitUntil("the view to show the failure", () -> view.lastTest("Wrong").startsWith("failed: token"));
	}

	@Test
	void cancelStopsATestAgainstASilentServerWithinASecond() throws Exception {
		List<Socket> held = Collections.synchronizedList(new ArrayList<>());
		try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			Thread acceptor = new Thread(() -> {
				try {
					while (!silent.isClosed()) {
						held.add(silent.accept()); // accept, read nothing, answer nothing
					}
				} catch (IOException e) {
					// closed
				}
			}, "silent-server");
			acceptor.setDaemon(true);
			acceptor.start();
			String base = "http://127.0.0.1:" + silent.getLocalPort();
			dsn("Silent", base + "/token", base + "/data", "any-secret");
			DataSourcesPage view = dataSources();
			ConnectionTestDialogPage d = testFromView(view, "Silent");

			driver.waitUntil("the token stage to run (live progress)", () -> d.result("Access token").startsWith("Running"));
			assertEquals("Passed", d.result("Resolve and connect"), "what ran before is shown as done");
			assertEquals("Waiting", d.result("First data request"));
			assertEquals("Cancel", d.closeLabel());

			long t0 = System.nanoTime();
			d.cancel();
			driver.waitUntil("the test to stop", () -> !d.running(), Duration.ofSeconds(10));
			long ms = (System.nanoTime() - t0) / 1_000_000;
			System.out.println("Test Connection: Cancel against a silent server took " + ms + " ms");
			assertTrue(ms < 1000, "Cancel must stop the call in flight within a second; took " + ms + " ms");
			assertTrue(d.isOpen(), "Cancel keeps the dialog to show how far the test got");
			assertTrue(d.status().contains("canceled"), d::status);
			assertEquals("Skipped", d.result("Access token"));
			assertEquals("Close", d.closeLabel());
			d.close();
			assertEquals("", view.lastTest("Silent"), "a canceled test is no result");
		} finally {
			synchronized (held) {
				for (Socket s : held) {
					s.close();
				}
			}
		}
	}

	@Test
	void theEditorsTestButtonOpensTheDialogAndSavingRecordsTheResult() throws Exception {
		demoDsn("Edited", DemoService.CLIENT_SECRET);
		DataSourcesPage view = dataSources().select("Edited");
		view.openSelected();
		DsnEditorPage e = DsnEditorPage.find(driver);
		e.click("editor.test");
		ConnectionTestDialogPage d = ConnectionTestDialogPage.find(driver).finished();
		assertEquals("Passed", d.result("Access token"));
		d.close();
		assertEquals("", view.lastTest("Edited"), "a test of a draft is recorded only when that draft is saved");
		e.save();
		driver.waitUntil("the view to show the editor's test", () -> view.lastTest("Edited").startsWith("passed "));
	}
}
