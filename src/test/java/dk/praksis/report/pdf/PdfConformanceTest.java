package dk.praksis.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dk.praksis.report.AuditReport;
import dk.praksis.report.Fixtures;
import java.time.LocalDate;
import java.util.List;
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
    void letterIsPdfA2aAndPdfUa1() throws Exception {
        assertThat(PdfAValidation.failures(LetterPdf.bytes(letter()))).isEmpty();
    }

    /** A letter with every kind of block a letter can have. */
    static Letter letter() {
        LocalDate date = LocalDate.of(2011, 1, 10);
        return new Letter("Indkaldelse af sager til praksisundersøgelse", "Beskæftigelsesankenævnet Syddanmark",
                "Vejen Kommune", date, List.of(
                        new Letter.Text("Ankestyrelsen undersøger kommunernes afgørelser om fleksjob."),
                        new Letter.Heading("Sagerne"),
                        new Letter.Items(List.of("Afgørelsen", "Sagens akter")),
                        new Letter.Table(List.of("Nr.", "Sag", "Afgørelsesdato"),
                                List.of(List.of("1", "V-01", "3. februar 2010"), List.of("2", "V-02", "9. marts 2010")),
                                2, List.of(0.5f, 2f, 1.6f))),
                date);
    }

    @Test
    void comparisonIsPdfA2aAndPdfUa1() throws Exception {
        assertThat(PdfAValidation.failures(ComparisonPdf.bytes(ComparisonPdfTest.comparison()))).isEmpty();
    }
}
