package dk.praksis.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dk.praksis.report.AuditReport;
import dk.praksis.report.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Every kind of PDF the tool writes passes veraPDF's PDF/A-2a and PDF/UA-1 profiles; a failure names
 * the profile, the clause and what it asks (see {@link PdfAValidation}).
 */
class PdfConformanceTest {

    private static final AuditReport REPORT = PdfReportsTest.report(Fixtures.results());

    @Test
    void kommuneReportIsPdfA2aAndPdfUa1() throws Exception {
        assertThat(PdfAValidation.failures(PdfReports.kommune(REPORT, PdfReportsTest.kommune(REPORT, "Ærø"))))
                .isEmpty();
    }

    @Test
    void samletIsPdfA2aAndPdfUa1() throws Exception {
        assertThat(PdfAValidation.failures(PdfReports.samlet(REPORT))).isEmpty();
    }

    @Test
    void pixiIsPdfA2aAndPdfUa1() throws Exception {
        assertThat(PdfAValidation.failures(PdfReports.pixi(REPORT))).isEmpty();
    }

    @Test
    void maaleskemaIsPdfA2aAndPdfUa1() throws Exception {
        assertThat(PdfAValidation.failures(ChecklistPdf.bytes(TestChecklists.small()))).isEmpty();
    }

    @Test
    void comparisonIsPdfA2aAndPdfUa1() throws Exception {
        assertThat(PdfAValidation.failures(ComparisonPdf.bytes(ComparisonPdfTest.comparison()))).isEmpty();
    }
}
