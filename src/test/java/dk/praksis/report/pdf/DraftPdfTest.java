package dk.praksis.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dk.praksis.cases.Kommune;
import dk.praksis.corrections.AppliedCorrection;
import dk.praksis.corrections.Correction;
import dk.praksis.report.AuditReport;
import dk.praksis.report.Fixtures;
import dk.praksis.report.ReportBuilder;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A draft for høring says so on every page (a watermark artifact that text extraction still finds), in its
 * metadata title and on its front page, and stays PDF/A-2a and PDF/UA-1; a final report lists the corrections
 * made after høring in Metode, with case ids only where the edition lists cases.
 */
class DraftPdfTest {

    private static final AuditReport DRAFT = new ReportBuilder()
            .build(Fixtures.checklist(), Fixtures.info().asDraft(), Fixtures.results());

    private static final AuditReport CORRECTED = new ReportBuilder()
            .build(Fixtures.checklist(), Fixtures.info(), Fixtures.results())
            .withCorrections(List.of(correction(Fixtures.VEJEN, "V-03", "VV1", "nej", "ja"),
                    correction(Fixtures.VEJEN, "V-03", null, "hjemvisning", "i_overensstemmelse"),
                    correction(Fixtures.AERO, "Æ-01", "VV3", "nej", "ja")));

    private static AppliedCorrection correction(Kommune k, String id, String item, String before, String after) {
        return new AppliedCorrection(new Correction(id, item, after, "Kommunen har sendt det manglende dokument.",
                LocalDate.of(2011, 2, 14), k.navn() + " Kommune", new Correction.Places("r", "r", "r", "r")), k, before);
    }

    @Test
    void everyPageOfEveryDraftCarriesTheWatermarkAndTheTitleSaysUdkast() {
        Map<String, byte[]> pdfs = Map.of("samlet", PdfReports.samlet(DRAFT), "offentlig", PdfReports.samletPublic(DRAFT),
                "pixi", PdfReports.pixi(DRAFT), "Vejen", PdfReports.kommune(DRAFT, PdfReportsTest.kommune(DRAFT, "Vejen")));
        pdfs.forEach((name, bytes) -> {
            try (PdfText pdf = new PdfText(bytes)) {
                assertThat(pdf.pageCount()).as(name).isGreaterThan(0);
                for (int p = 1; p <= pdf.pageCount(); p++) {
                    assertThat(pdf.pages(p, p)).as(name + " side " + p).contains("UDKAST – TIL HØRING");
                }
                assertThat(pdf.pdf.getDocumentInformation().getTitle()).as(name).startsWith("Udkast – til høring: ");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        try (PdfText samlet = new PdfText(pdfs.get("samlet"))) {
            assertThat(samlet.pages(1, 1)).contains("Udkast – til høring · Samlet rapport",
                    "Kommunerne kan komme med bemærkninger til udkastet");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aFinalReportHasNoWatermark() throws Exception {
        try (PdfText pdf = new PdfText(PdfReports.samlet(CORRECTED))) {
            assertThat(pdf.text()).doesNotContain("UDKAST", "Udkast");
        }
    }

    @Test
    void theDraftsArePdfA2aAndPdfUa1() throws Exception {
        assertThat(PdfAValidation.failures(PdfReports.kommune(DRAFT, PdfReportsTest.kommune(DRAFT, "Vejen")))).isEmpty();
        assertThat(PdfAValidation.failures(PdfReports.samletPublic(DRAFT))).isEmpty();
        assertThat(PdfAValidation.failures(PdfReports.pixi(DRAFT))).isEmpty();
    }

    @Test
    void metodeListsTheCorrectionsPerKommuneAndOneByOneWhereCasesAreListed() throws Exception {
        try (PdfText pdf = new PdfText(PdfReports.samlet(CORRECTED))) {
            String text = pdf.text();
            assertThat(text).contains("Rettelser efter høring", "Efter høringen er der foretaget 3 rettelser i 2 sager:"
                    + " 2 svar på spørgsmål og 1 samlet vurdering.", "Ærø 1 1 1 0", "Vejen 2 1 1 1",
                    "Alle kommuner 3 2 2 1", "V-03 VV1 nej → ja Kommunen har sendt det manglende dokument. 14.02.2011"
                            + " Vejen Kommune", "Ville blive hjemvist");
        }
        try (PdfText pdf = new PdfText(PdfReports.samletPublic(CORRECTED))) {
            assertThat(pdf.text()).contains("Rettelser efter høring", "Alle kommuner 3 2 2 1").doesNotContain("V-03");
        }
        try (PdfText pdf = new PdfText(PdfReports.kommune(CORRECTED, PdfReportsTest.kommune(CORRECTED, "Ærø")))) {
            assertThat(pdf.text()).contains("Efter høringen er der foretaget 1 rettelse i 1 sag fra Ærø",
                    "Æ-01 VV3 nej → ja").doesNotContain("V-03");
        }
        assertThat(PdfAValidation.failures(PdfReports.samlet(CORRECTED))).isEmpty();
    }
}
