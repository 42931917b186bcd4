package dk.praksis.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dk.praksis.report.AuditReport;
import dk.praksis.report.Fixtures;
import org.junit.jupiter.api.Test;

/** Every kind of PDF the tool writes passes veraPDF's PDF/A-2b validation. */
class PdfATest {

    private static final AuditReport REPORT = PdfReportsTest.report(Fixtures.results());

    @Test
    void kommuneReportIsPdfA2b() throws Exception {
        assertThat(PdfAValidation.failures(PdfReports.kommune(REPORT, PdfReportsTest.kommune(REPORT, "Ærø"))))
                .isEmpty();
    }

    @Test
    void samletAndPixiArePdfA2b() throws Exception {
        assertThat(PdfAValidation.failures(PdfReports.samlet(REPORT))).isEmpty();
        assertThat(PdfAValidation.failures(PdfReports.pixi(REPORT))).isEmpty();
    }

    @Test
    void maaleskemaIsPdfA2b() throws Exception {
        assertThat(PdfAValidation.failures(ChecklistPdf.bytes(TestChecklists.small()))).isEmpty();
    }
}
