package io.restdsn.ui.views;

import io.restdsn.core.dsn.Dsn;

/**
 * One line of the Data Sources view.
 *
 * @param options the DSN as odbc.ini holds it (no secrets), to tell whether it changed since its last test
 */
public record DataSourceRow(String name, String authentication, String source, String description, Dsn options) {
}
