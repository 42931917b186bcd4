/**
 * The PDF renderer: lays out the report model ({@code dk.praksis.report}) with OpenPDF's flow model
 * (chapters, sections, paragraphs, tables) in one house style, with embedded DejaVu fonts, charts drawn
 * as vectors by JFreeChart, PDF/A-2b metadata and byte-identical output for identical input.
 * Entry points: {@link dk.praksis.report.pdf.PdfReports} (samlet, pixi, per kommune) and
 * {@link dk.praksis.report.pdf.ChecklistPdf} (the måleskema alone).
 */
package dk.praksis.report.pdf;
