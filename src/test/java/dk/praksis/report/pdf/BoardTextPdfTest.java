package dk.praksis.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dk.praksis.boardtext.Block;
import dk.praksis.boardtext.BoardText;
import dk.praksis.boardtext.Prose;
import dk.praksis.boardtext.Span;
import dk.praksis.report.AuditReport;
import dk.praksis.report.Fixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The board's text as a reader of the PDFs sees it: chapters in their place, and the Eksempel boxes. */
class BoardTextPdfTest {

    private static Prose prose(Block... blocks) {
        return new Prose("t.md", List.of(blocks));
    }

    private static Block.Paragraph para(String text) {
        return new Block.Paragraph(List.of(Span.plain(text)));
    }

    static final BoardText TEXT = new BoardText(
            prose(para("Nævnet takker kommunerne.")),
            prose(para("Færre sager ville blive omgjort."),
                    new Block.ItemList(false, 1, List.of(List.of(para("Arbejdsprøvningen.")),
                            List.of(para("Revurderingen."))))),
            prose(new Block.Heading(1, List.of(Span.plain("Baggrund"))), para("Sådan blev sagerne udvalgt."),
                    new Block.Heading(3, List.of(Span.plain("Udvælgelsen"))), para("Tilfældigt."),
                    new Block.Quote(List.of(para("Et citat.")))),
            prose(para("Lov om aktiv beskæftigelsesindsats.")),
            Map.of("VV", prose(para("Om varigt nedsat arbejdsevne."), new Block.Example("V-03", "t.md:3:1"))),
            prose(new Block.ItemList(true, 1, List.of(List.of(para("Beskriv funktionerne."))))),
            Map.of("492", prose(para("Særligt til Ærø."))));

    private static final AuditReport REPORT = PdfReportsTest.report(Fixtures.results()).withText(TEXT);

    @Test
    void theOverallReportHasTheBoardsChaptersInReadingOrderAsBookmarks() throws Exception {
        try (PdfText pdf = new PdfText(PdfReports.samlet(REPORT))) {
            assertThat(pdf.outline()).containsSubsequence("Forord", "Resumé og anbefalinger", "  Nøgletal",
                    "Indledning", "  Baggrund", "Regler og praksis", "Samlet vurdering", "Resultater pr. tema",
                    "Anbefalinger", "Kommunefordelte resultater", "Sagsoversigt");
            String text = pdf.readingOrder();
            assertThat(text).contains(PdfText.squeeze("Nævnet takker kommunerne."))
                    // the bullets are drawn as artifacts, not text, so a screen reader does not read them
                    .contains(PdfText.squeeze("Færre sager ville blive omgjort. Arbejdsprøvningen. Revurderingen."))
                    .contains(PdfText.squeeze("Baggrund Sådan blev sagerne udvalgt."))
                    .contains(PdfText.squeeze("1. Beskriv funktionerne."))
                    .doesNotContain(PdfText.squeeze("Særligt til Ærø.")); // a kommune's note is for its attachment only
        }
    }

    @Test
    void theInternalReportShowsTheCitedCaseWithItsIdReasonAndRemark() throws Exception {
        try (PdfText pdf = new PdfText(PdfReports.samlet(REPORT))) {
            // V-03 (Vejen): hjemvisning; VV1 not met, VV3 and FV1 met; the reviewer's remark
            assertThat(pdf.readingOrder()).contains(PdfText.squeeze("Om varigt nedsat arbejdsevne. Eksempel Sag V-03, Vejen Kommune – "
                    + "Bevilling af fleksjob Vurdering: Ville blive hjemvist Sagen opfyldte 2 af 3 relevante spørgsmål. "
                    + "VV1 Er der tilstrækkelige lægelige oplysninger? Der mangler speciallægeerklæring. "
                    + "Bedømmerens bemærkning: Sagen er ikke tilstrækkeligt oplyst."));
        }
    }

    @Test
    void anotherKommunesAttachmentShowsTheExampleWithoutItsIdOrRemark() throws Exception {
        try (PdfText pdf = new PdfText(PdfReports.kommune(REPORT, PdfReportsTest.kommune(REPORT, "Ærø")))) {
            String text = pdf.readingOrder();
            assertThat(text).contains(PdfText.squeeze("Til Ærø Kommune Særligt til Ærø."))
                    .contains(PdfText.squeeze("Eksempel Bevilling af fleksjob (en sag fra en anden kommune) Vurdering: Ville blive "
                            + "hjemvist"))
                    .contains(PdfText.squeeze("Der mangler speciallægeerklæring."))
                    .doesNotContain(PdfText.squeeze("V-03")).doesNotContain(PdfText.squeeze("Sagen er ikke tilstrækkeligt oplyst"))
                    .doesNotContain(PdfText.squeeze("Nævnet takker kommunerne.")); // the forord is in the overall report
            assertThat(pdf.outline()).startsWith("Til Ærø Kommune", "Resumé og anbefalinger");
        }
    }

    @Test
    void theOwnKommunesAttachmentNamesItsOwnCitedCase() throws Exception {
        try (PdfText pdf = new PdfText(PdfReports.kommune(REPORT, PdfReportsTest.kommune(REPORT, "Vejen")))) {
            assertThat(pdf.readingOrder()).contains(PdfText.squeeze("Eksempel Sag V-03, Vejen Kommune")).doesNotContain(PdfText.squeeze("Til Vejen Kommune"));
        }
    }
}
