/**
 * The PDF renderer: lays out the report model ({@code dk.praksis.report}) with OpenPDF (chapters,
 * sections, paragraphs, lists, tables) in one house style, with embedded DejaVu fonts, charts drawn
 * as vectors by JFreeChart, and byte-identical output for identical input. Every block goes through
 * {@link dk.praksis.report.pdf.ReportDocument}, which tags it, so every PDF is PDF/UA-1 and PDF/A-2a.
 * Entry points: {@link dk.praksis.report.pdf.PdfReports} (samlet, pixi, per kommune) and
 * {@link dk.praksis.report.pdf.ChecklistPdf} (the måleskema alone).
 */
package dk.praksis.report.pdf;
