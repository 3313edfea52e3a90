package io.restdsn.core.ini;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class OdbcIniLocatorTest {

	private static final Path HOME = Path.of("/srv/ana");

	@Test
	void userFileExplicitThenVariableThenHome() {
		OdbcIniLocator withVar = new OdbcIniLocator(Map.of("ODBCINI", "/etc/custom/odbc.ini"), HOME);
		assertEquals(Path.of("/srv/given.ini"), withVar.userFile(Optional.of(Path.of("/srv/given.ini"))));
		assertEquals(Path.of("/etc/custom/odbc.ini"), withVar.userFile());
		assertEquals(HOME.resolve(".odbc.ini"), new OdbcIniLocator(Map.of(), HOME).userFile());
		assertEquals(HOME.resolve(".odbc.ini"), new OdbcIniLocator(Map.of("ODBCINI", " "), HOME).userFile(),
				"an empty variable counts as unset");
	}

	@Test
	void systemFileFromOdbcSysIniElseEtc() {
		OdbcIniLocator l = new OdbcIniLocator(Map.of("ODBCSYSINI", "/opt/odbc"), HOME);
		assertEquals(Path.of("/opt/odbc/odbc.ini"), l.systemFile());
		assertEquals(Path.of("/opt/odbc/odbcinst.ini"), l.driversFile());
		assertEquals(Path.of("/etc/odbc.ini"), new OdbcIniLocator(Map.of(), HOME).systemFile());
		assertEquals(Path.of("/etc/odbc.ini"), new OdbcIniLocator(Map.of("ODBCSYSINI", ""), HOME).systemFile());
	}
}
