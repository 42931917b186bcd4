package dk.praksis.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dk.praksis.boardtext.Block;
import dk.praksis.boardtext.BoardText;
import dk.praksis.boardtext.Prose;
import dk.praksis.boardtext.Span;
import dk.praksis.report.AuditReport;
import dk.praksis.report.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What each edition may show: the public report singles out no case, the internal one lists them all. */
class EditionsTest {

    /** A theme text that cites V-03, whose reason carries a date. */
    private static final BoardText TEXT = new BoardText(null, null, null, null,
            Map.of("VV", new Prose("t.md", List.of(new Block.Paragraph(List.of(Span.plain("Om temaet."))),
                    new Block.Example("V-03", "t.md:3:1")))), null, Map.of());

    private static final AuditReport REPORT = PdfReportsTest.report(Fixtures.resultsWithDatedReason()).withText(TEXT);

    @Test
    void thePublicReportHasNoCaseListIdsDatesRemarksOrReviewerCodes() throws Exception {
        try (PdfText pdf = new PdfText(PdfReports.samletPublic(REPORT))) {
            String text = pdf.text();
            assertThat(pdf.outline()).doesNotContain("Sagsoversigt").contains("Kommunefordelte resultater");
            for (String id : List.of("V-01", "V-03", "V-05", "A-04", "B-02")) {
                assertThat(text).doesNotContain(id);
            }
            assertThat(text).doesNotContain("20.11.2009") // the date in V-03's reason
                    .doesNotContain("Sagen er ikke tilstrækkeligt oplyst") // V-03's remark
                    .doesNotContain("Bør hjemvises") // A-04's remark
                    .doesNotContain("R1").doesNotContain("R2").doesNotContain("R3")
                    .contains("Sagerne er bedømt af 3 bedømmere.")
                    .contains("Små tal og enkeltsager", "er kun én kategori skjult, kan den derfor findes ved at trække de andre fra")
                    .doesNotContain("ikke kan regnes tilbage");
            // the example keeps its reason, the date replaced
            assertThat(pdf.readingOrder()).contains(PdfText.squeeze("Eksempel Bevilling af fleksjob Vurdering: Ville "
                    + "blive hjemvist")).contains(PdfText.squeeze("Revurdering [dato] lå 47 dage efter fristen [dato]."));
        }
    }

    @Test
    void thePublicReportHidesAKommunesCountsOfOneOrTwo() throws Exception {
        try (PdfText pdf = new PdfText(PdfReports.samletPublic(REPORT))) {
            String text = pdf.text();
            // Vejen: 2 of 5 in accordance and 2 of 5 reversed: both hidden; Ærø: 3 of 4 shown, 1 of 4 hidden;
            // Billund: 2 of 2 hidden, 0 of 2 shown; all kommuner: always shown
            assertThat(text).contains("Vejen (575) 6 under 3 – – under 3 – –")
                    .contains("Ærø (492) 4 3 af 4 75,0 %").contains("% under 3 – –")
                    .contains("Billund (530) 2 under 3 – – 0 af 2 0,0 %")
                    .contains("Alle kommuner 12 7 af 11 63,6 %")
                    .doesNotContain("2 af 5").doesNotContain("1 af 4");
        }
    }

    @Test
    void theInternalReportListsEveryCaseWithItsRemark() throws Exception {
        try (PdfText pdf = new PdfText(PdfReports.samlet(REPORT))) {
            assertThat(pdf.outline()).contains("Sagsoversigt");
            assertThat(pdf.text()).contains("V-03").contains("A-04").contains("Bør hjemvises.")
                    .contains("Vejen (575) 6 2 af 5 40,0 %")
                    .contains("(R1, R2, R3)");
            // the reviewer's hjemvisning differs from the answers' formel; the remark is there to explain it
            assertThat(PdfText.squeeze(pdf.text())).contains(PdfText.squeeze("Svarene giver »Formelle mangler«, men bedømmeren "
                    + "vurderer samlet »Ville blive hjemvist«, og det er den vurdering, der tæller. Bedømmerens "
                    + "bemærkning forklarer forskellen."));
        }
    }

    @Test
    void aKommunesAttachmentListsOnlyItsOwnCases() throws Exception {
        try (PdfText pdf = new PdfText(PdfReports.kommune(REPORT, PdfReportsTest.kommune(REPORT, "Ærø")))) {
            String text = pdf.text();
            assertThat(text).contains("A-01").contains("A-02").contains("A-03").contains("A-04");
            assertThat(text).doesNotContain("V-0").doesNotContain("B-0");
        }
    }

    @Test
    void theFileNamesSayWhichEditionIsWhich(@TempDir Path dir) throws Exception {
        PdfReports.writeAll(REPORT, dir);
        try (PdfText pub = new PdfText(Files.readAllBytes(dir.resolve("samlet-offentlig.pdf")));
             PdfText internal = new PdfText(Files.readAllBytes(dir.resolve("samlet-intern.pdf")))) {
            assertThat(pub.outline()).doesNotContain("Sagsoversigt");
            assertThat(internal.outline()).contains("Sagsoversigt");
            assertThat(internal.text()).contains("Samlet rapport – intern udgave med sagsoversigt");
        }
    }
}
