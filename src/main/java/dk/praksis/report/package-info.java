/**
 * The report model: what a report says, built once from the scored cases by {@link dk.praksis.report.ReportBuilder}.
 * Every figure a renderer shows is computed here; nothing here formats (no percent strings, no dates
 * as text). Renderers ({@code report.excel}, {@code report.pdf}, {@code report.terminal}) only lay it out,
 * sharing the Danish wording in {@code report.text}.
 */
package dk.praksis.report;
