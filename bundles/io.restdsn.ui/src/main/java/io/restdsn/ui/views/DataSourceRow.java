package io.restdsn.ui.views;

/** One line of the Data Sources view. */
public record DataSourceRow(String name, String authentication, String source, String description) {
}
