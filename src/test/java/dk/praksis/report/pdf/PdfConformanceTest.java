package dk.praksis.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dk.praksis.report.AuditReport;
import dk.praksis.report.Fixtures;
import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
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
    void anUntaggedPdfFailsAndTheFailureNamesTheClauseAndWhatItAsks() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph("Utagget tekst"));
        document.close();
        assertThat(PdfAValidation.failures(out.toByteArray()))
                .anySatisfy(line -> assertThat(line).startsWith("ua1 7.1-3: Content shall be marked as Artifact or "
                        + "tagged as real content").contains("first at root/document[0]/pages[0]"))
                .anySatisfy(line -> assertThat(line).startsWith("ua1 7.1-10: The document catalog dictionary shall "
                        + "include a ViewerPreferences dictionary containing a DisplayDocTitle key"))
                .anySatisfy(line -> assertThat(line).startsWith("2a 6.7.2.2-1: The document catalog dictionary shall "
                        + "include a MarkInfo dictionary"));
    }

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
    void theBoardsTextEditionsAndColophonArePdfA2aAndPdfUa1() throws Exception {
        AuditReport withText = REPORT.withText(BoardTextPdfTest.TEXT).withColophon(new dk.praksis.report.Colophon(
                java.time.LocalDate.of(2011, 3, 1), "Nævnets sekretariat", "2010-4417", null));
        assertThat(PdfAValidation.failures(PdfReports.samletPublic(withText))).isEmpty();
        assertThat(PdfAValidation.failures(PdfReports.samlet(withText))).isEmpty();
        assertThat(PdfAValidation.failures(PdfReports.kommune(withText, PdfReportsTest.kommune(withText, "Ærø"))))
                .isEmpty();
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
        assertThat(PdfAValidation.failures(ComparisonPdf.bytes(ComparisonPdfTest.threeYears()))).as("with trends")
                .isEmpty();
    }

    @Test
    void overallReportsWithCalibrationArePdfA2aAndPdfUa1() throws Exception {
        AuditReport doubled = PdfReportsTest.report(Fixtures.doubleReviewed());
        assertThat(PdfAValidation.failures(PdfReports.samlet(doubled))).isEmpty();
        assertThat(PdfAValidation.failures(PdfReports.samletPublic(doubled))).isEmpty();
    }
}
