package dk.praksis.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dk.praksis.report.AuditReport;
import dk.praksis.report.UnitReport;
import dk.praksis.testdata.SyntheticAudit;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Above {@link CaseChapter#TOTAL_LISTED_UP_TO} cases the internal overall report says where its case list is
 * (samlet.xlsx) instead of listing thousands of pages; a kommune's attachment always lists its own cases.
 */
class LargeCaseListTest {

    private static final int CASES = CaseChapter.TOTAL_LISTED_UP_TO + 1;

    private static final AuditReport REPORT = SyntheticAudit.report(CASES, 11);

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

    /**
     * A kommune's attachment of more than one batch of the case table ({@link LongTable#ROWS}) lists every case and
     * tags the list as one table, read back with PDFBox: a header row and a row per case, in case order, each row
     * with its four cells, the first naming the case.
     */
    @Test
    void aLongAttachmentListsAndTagsEveryOneOfItsCasesInOneTable() throws Exception {
        int cases = LongTable.ROWS + 1;
        AuditReport one = SyntheticAudit.reportOfOneKommune(cases, 16);
        UnitReport kommune = one.kommuner().get(0);
        assertThat(kommune.cases()).hasSize(cases);
        byte[] pdf = PdfReports.kommune(one, kommune);
        try (StructureTree tree = new StructureTree(pdf)) {
            List<StructureTree.Node> nodes = tree.nodes;
            int caseList = nodes.indexOf(tree.ofType("H1").stream().filter(h -> h.text().equals("Sagsoversigt"))
                    .findFirst().orElseThrow());
            StructureTree.Node table = nodes.subList(caseList, nodes.size()).stream()
                    .filter(n -> n.type().equals("Table")).findFirst().orElseThrow();
            List<StructureTree.Node> inside = nodes.subList(nodes.indexOf(table) + 1, nodes.size()).stream()
                    .takeWhile(n -> n.depth() > table.depth()).toList();
            List<StructureTree.Node> rows = inside.stream().filter(n -> n.type().equals("TR")).toList();
            assertThat(rows).hasSize(cases + 1);
            assertThat(inside.stream().filter(n -> n.type().equals("TH")).map(StructureTree.Node::text))
                    .containsExactly("Sag", "Vurdering", "Ikke opfyldte spørgsmål og begrundelse",
                            "Bedømmerens bemærkning");
            List<StructureTree.Node> cells = inside.stream().filter(n -> n.type().equals("TD")).toList();
            assertThat(cells).hasSize(4 * cases);
            for (int i = 0; i < cases; i++) {
                assertThat(cells.get(4 * i).text()).as("row %d", i + 1).startsWith(kommune.cases().get(i).id());
            }
        }
    }
}
