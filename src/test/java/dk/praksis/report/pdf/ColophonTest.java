package dk.praksis.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dk.praksis.report.AuditReport;
import dk.praksis.report.Colophon;
import dk.praksis.report.Fixtures;
import java.time.LocalDate;
import java.util.Calendar;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/** The colophon on the front page, and the publication date as the PDFs' own date. */
class ColophonTest {

    private static final AuditReport REPORT = PdfReportsTest.report(Fixtures.results()).withColophon(new Colophon(
            LocalDate.of(2011, 3, 1), "Nævnets sekretariat", "2010-4417", "978-87-7546-000-1"));

    private static LocalDate date(Calendar c) {
        Calendar utc = (Calendar) c.clone();
        utc.setTimeZone(TimeZone.getTimeZone("UTC"));
        return LocalDate.of(utc.get(Calendar.YEAR), utc.get(Calendar.MONTH) + 1, utc.get(Calendar.DAY_OF_MONTH));
    }

    @Test
    void theFrontPageNamesPublicationDateContactJournalNumberAndIsbn() throws Exception {
        try (PdfText pdf = new PdfText(PdfReports.samletPublic(REPORT))) {
            assertThat(pdf.pages(1, 1)).contains("Opgørelsesdato 30. november 2010")
                    .contains("Udgivet 1. marts 2011")
                    .contains("Kontakt Nævnets sekretariat")
                    .contains("J.nr. 2010-4417")
                    .contains("ISBN 978-87-7546-000-1")
                    .contains("Indhold");
        }
    }

    @Test
    void everyReportCarriesThePublicationDateAndIsTheSameOnEveryRun() throws Exception {
        for (byte[] bytes : new byte[][] {PdfReports.samlet(REPORT), PdfReports.samletPublic(REPORT),
            PdfReports.pixi(REPORT), PdfReports.kommune(REPORT, PdfReportsTest.kommune(REPORT, "Ærø"))}) {
            try (PdfText pdf = new PdfText(bytes)) {
                var info = pdf.pdf.getDocumentInformation();
                assertThat(date(info.getCreationDate())).isEqualTo(LocalDate.of(2011, 3, 1));
                assertThat(date(info.getModificationDate())).isEqualTo(LocalDate.of(2011, 3, 1));
            }
        }
        assertThat(PdfReports.samletPublic(REPORT)).isEqualTo(PdfReports.samletPublic(
                PdfReportsTest.report(Fixtures.results()).withColophon(REPORT.colophon())));
    }

    @Test
    void withoutAPublicationDateTheAsOfDateIsThePdfsDate() throws Exception {
        try (PdfText pdf = new PdfText(PdfReports.samlet(PdfReportsTest.report(Fixtures.results())))) {
            assertThat(date(pdf.pdf.getDocumentInformation().getCreationDate())).isEqualTo(LocalDate.of(2010, 11, 30));
            assertThat(pdf.pages(1, 1)).doesNotContain("Udgivet").doesNotContain("J.nr.");
        }
    }
}
