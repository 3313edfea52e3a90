package io.restdsn.ui.importexport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.restdsn.core.connstr.ConnectionStrings;
import io.restdsn.core.dsn.Dsn;
import io.restdsn.ui.importexport.ImportCandidate.Action;
import io.restdsn.ui.importexport.ImportCandidate.Resolution;

class ImportCandidateTest {

	private static final List<String> EXISTING = List.of("Orders", "Orders 2", "Tickets");

	private static ImportCandidate of(String connectionString) {
		return new ImportCandidate(ConnectionStrings.parse(connectionString).dsn(), "Imported", EXISTING);
	}

	@Test
	void aNewNameIsCreatedAsItIs() {
		ImportCandidate c = of("DSN=Sales;DRIVER={X};ClientID=a");
		assertFalse(c.conflict());
		assertEquals(Action.CREATE, c.action());
		assertEquals("Sales", c.dsn().name());
		assertTrue(c.problem(EXISTING, List.of()).isEmpty());
	}

	@Test
	void aTakenNameIsRenamedByDefaultReplacedOrSkippedOnRequest() {
		ImportCandidate c = of("DSN=orders;DRIVER={X};ClientID=a");
		assertTrue(c.conflict(), "names compare without case, as unixODBC's do");
		assertEquals("orders 3", c.name(), "the first free 'Name N'");
		assertEquals(Action.CREATE, c.action());
		c.setResolution(Resolution.REPLACE);
		assertEquals(Action.REPLACE, c.action());
		assertEquals("orders", c.targetName());
		c.setResolution(Resolution.SKIP);
		assertEquals(Action.NOT_IMPORTED, c.action());
		c.setResolution(Resolution.RENAME);
		c.setChecked(false);
		assertEquals(Action.NOT_IMPORTED, c.action());
	}

	@Test
	void namesAreChecked() {
		ImportCandidate c = of("DSN=Sales;DRIVER={X}");
		c.setName("Tickets");
		assertTrue(c.problem(EXISTING, List.of()).orElseThrow().contains("exists"));
		c.setName("Sales");
		assertTrue(c.problem(EXISTING, List.of("sales")).orElseThrow().contains("Two data sources"));
		c.setName("bad]name");
		assertTrue(c.problem(EXISTING, List.of()).isPresent());
		c.setName(" ");
		assertTrue(c.problem(EXISTING, List.of()).isPresent());
	}

	@Test
	void aJdbcUrlGetsTheDefaultDriverFirstAndTheFallbackName() {
		ImportCandidate c = of("jdbc:datadirect:autorest:Sample=https://api.example.test/x;AuthenticationMethod=0");
		assertTrue(c.driverAdded());
		assertEquals("Imported", c.name());
		Dsn d = c.dsn();
		assertEquals("Driver", d.options().get(0).key());
		assertEquals("https://api.example.test/x", d.value("RestSamplePath"));
	}

	@Test
	void spellingsAreNormalizedAndSecretsNamed() {
		ImportCandidate c = of("DSN=Sales;DRIVER={X};o2tu=POST https://login.example.test/t;ClientSecret=s3");
		assertTrue(c.dsn().spelling("Driver").orElseThrow().equals("Driver"), "DRIVER becomes Driver");
		assertTrue(c.dsn().has("TokenURI"));
		assertFalse(c.notes().isEmpty());
		assertFalse(String.join(" ", c.notes()).contains("s3"), "notes never hold a value of a secret");
		assertEquals(List.of("ClientSecret"), c.secrets());
		assertEquals("s3", c.dsn().value("ClientSecret"), "the secret goes to the store, which keeps it apart");
	}
}
