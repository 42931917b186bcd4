package dk.praksis.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dk.praksis.checklist.Checklist;
import dk.praksis.checklist.ChecklistLoader;
import dk.praksis.report.AuditReport;
import dk.praksis.report.ReportBuilder;
import dk.praksis.report.UnitReport;
import dk.praksis.results.AuditInfo;
import dk.praksis.scoring.Scorer;
import dk.praksis.testdata.ChecklistVocabulary;
import dk.praksis.testdata.SyntheticCases;
import java.util.Comparator;
import org.junit.jupiter.api.Test;

/**
 * Above {@link CaseChapter#TOTAL_LISTED_UP_TO} cases the internal overall report says where its case list is
 * (samlet.xlsx) instead of listing thousands of pages; a kommune's attachment always lists its own cases.
 */
class LargeCaseListTest {

    private static final int CASES = CaseChapter.TOTAL_LISTED_UP_TO + 1;

    private static final AuditReport REPORT = synthetic();

    private static AuditReport synthetic() {
        Checklist checklist = ChecklistLoader.load(ChecklistVocabulary.FLEKSJOB_2010);
        Scorer scorer = new Scorer(checklist, SyntheticCases.AS_OF);
        return new ReportBuilder().build(checklist,
                new AuditInfo("Syntetisk praksisundersøgelse", "Test", 2011, null, SyntheticCases.AS_OF),
                SyntheticCases.fleksjob2010().generate(CASES, 11).stream().map(scorer::score).toList());
    }

    @Test
    void theOverallReportListsUpToAThousandCasesAndAKommuneAlwaysListsItsOwn() {
        assertThat(CaseChapter.TOTAL_LISTED_UP_TO).isEqualTo(1_000);
        assertThat(CaseChapter.listsEachCase(true, 1_000)).isTrue();
        assertThat(CaseChapter.listsEachCase(true, 1_001)).isFalse();
        assertThat(CaseChapter.listsEachCase(false, 100_000)).isTrue();
    }

    @Test
    void aboveTheLimitTheInternalReportPointsToTheWorkbookAndNamesNoCase() throws Exception {
        try (PdfText pdf = new PdfText(PdfReports.samlet(REPORT))) {
            assertThat(pdf.outline()).contains("Sagsoversigt");
            assertThat(pdf.text()).contains("Undersøgelsen omfatter 1001 sager. Så mange sager vises ikke enkeltvis i "
                            + "denne rapport (den viser sagsoversigten, når der er højst 1000 sager).")
                    .contains("på arket Sager i projektmappen samlet.xlsx")
                    .doesNotContain("SYN-0");
        }
    }

    @Test
    void theKommuneAttachmentStillListsEachOfItsCases() throws Exception {
        UnitReport smallest = REPORT.kommuner().stream().min(Comparator.comparingInt(k -> k.cases().size()))
                .orElseThrow();
        try (PdfText pdf = new PdfText(PdfReports.kommune(REPORT, smallest))) {
            String text = pdf.text();
            smallest.cases().forEach(c -> assertThat(text).contains(c.id()));
        }
    }
}
