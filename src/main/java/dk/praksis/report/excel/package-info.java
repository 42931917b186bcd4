/**
 * Excel workbooks of an audit (POI XSSF): one per kommune and one for the whole audit.
 * Entry point: {@link dk.praksis.report.excel.ExcelReports}. Cells are typed (numbers, percent, dates,
 * booleans); text from cases is always a string cell, never a formula. Bytes are deterministic:
 * document dates are the audit's as-of date and zip entry times are fixed.
 */
package dk.praksis.report.excel;
