package dk.praksis.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dk.praksis.report.AuditReport;
import dk.praksis.report.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The structure tree a screen reader follows, read back with PDFBox: headings in order without
 * skipped levels, tables with header cells, figures whose alternative text states their numbers, the
 * contents list as links, and a reading order that follows the pages from top to bottom.
 */
class PdfStructureTest {

    private static final AuditReport REPORT = PdfReportsTest.report(Fixtures.results());

    @Test
    void headingsFollowTheDocumentWithoutSkippingALevel() throws Exception {
        try (StructureTree tree = new StructureTree(PdfReports.kommune(REPORT, PdfReportsTest.kommune(REPORT, "Vejen")))) {
            List<String> headings = tree.headings();
            assertThat(headings.get(0)).startsWith("H1 ").contains(REPORT.info().title());
            assertThat(headings).containsSubsequence("H2 Indhold", "H1 Sammenfatning", "H1 Samlet vurdering",
                    "H1 Resultater pr. tema", "H1 Sagsoversigt", "H1 Bilag 1: Metode", "H2 Stikprøve og bedømmere",
                    "H1 Bilag 2: Måleskema", "H2 Regelgrundlag");
            int previous = 0;
            for (String h : headings) {
                int level = h.charAt(1) - '0';
                assertThat(level).as(h).isBetween(1, previous + 1);
                previous = level;
            }
        }
    }

    @Test
    void everyTableHasColumnHeadersAndEveryCellIsInARow() throws Exception {
        try (StructureTree tree = new StructureTree(PdfReports.samlet(REPORT))) {
            var nodes = tree.nodes;
            int tables = 0;
            for (int i = 0; i < nodes.size(); i++) {
                if (!nodes.get(i).type().equals("Table")) {
                    continue;
                }
                tables++;
                int depth = nodes.get(i).depth();
                List<StructureTree.Node> inside = nodes.subList(i + 1, nodes.size()).stream()
                        .takeWhile(n -> n.depth() > depth).toList();
                assertThat(inside).filteredOn(n -> n.depth() == depth + 1).extracting(StructureTree.Node::type)
                        .containsOnly("TR");
                assertThat(inside).filteredOn(n -> n.type().equals("TH")).isNotEmpty()
                        .allSatisfy(th -> assertThat(th.scope()).isIn("Column", "Row"));
            }
            assertThat(tables).isGreaterThan(5);
            // the case table's header row, once, though it repeats on every page it spans
            assertThat(tree.ofType("TH")).extracting(StructureTree.Node::text)
                    .containsOnlyOnce("Ikke opfyldte spørgsmål og begrundelse");
        }
    }

    @Test
    void chartsSayTheirNumbersInTheirAlternativeText() throws Exception {
        try (StructureTree tree = new StructureTree(PdfReports.kommune(REPORT, PdfReportsTest.kommune(REPORT, "Vejen")))) {
            List<StructureTree.Node> figures = tree.ofType("Figure");
            assertThat(figures).isNotEmpty().allSatisfy(f -> assertThat(f.alt()).startsWith("Søjlediagram: ")
                    .contains(" %").contains("Vejen ").contains("Alle kommuner "));
            // the shares and intervals the theme table shows for Vejen's first question, said in words
            var first = PdfReportsTest.kommune(REPORT, "Vejen").sections().get(0).items().get(0);
            var share = first.unit().shareMet();
            assertThat(figures.get(0).alt()).contains((first.item().id() + ": Vejen " + Fmt.percent(share) + " ("
                    + Fmt.interval(share) + ")").replace('\u00A0', ' '));
        }
    }

    @Test
    void theContentsListLinksEveryChapterToItsPage() throws Exception {
        try (StructureTree tree = new StructureTree(PdfReports.samlet(REPORT))) {
            assertThat(tree.ofType("TOC")).hasSize(1);
            List<StructureTree.Node> links = tree.ofType("Link");
            assertThat(links).extracting(StructureTree.Node::text)
                    .contains("Sammenfatning2", "Bilag 2: Måleskema" + findPage(tree, "Bilag 2: Måleskema"));
        }
        try (PdfText pdf = new PdfText(PdfReports.samlet(REPORT))) {
            var annotations = pdf.pdf.getPage(0).getAnnotations();
            assertThat(annotations).hasSizeGreaterThan(6)
                    .allSatisfy(a -> assertThat(a.getContents()).startsWith("Gå til "));
        }
    }

    @Test
    void readingOrderFollowsThePagesFromTopToBottom() throws Exception {
        for (byte[] pdf : List.of(PdfReports.samlet(REPORT), PdfReports.pixi(REPORT),
                ComparisonPdf.bytes(ComparisonPdfTest.comparison()))) {
            try (StructureTree tree = new StructureTree(pdf)) {
                List<StructureTree.Node> blocks = tree.nodes.stream()
                        .filter(n -> n.type().matches("H[1-6]|P|LBody|TR|Figure") && n.page() >= 0).toList();
                assertThat(blocks).hasSizeGreaterThan(15);
                for (int i = 1; i < blocks.size(); i++) {
                    var before = blocks.get(i - 1);
                    var after = blocks.get(i);
                    assertThat(after.page() > before.page()
                            || after.page() == before.page() && after.top() > before.top())
                            .as("%s »%s« (page %d at %.0f) comes after %s »%s« (page %d at %.0f) in the reading order",
                                    after.type(), after.text(), after.page() + 1, after.top(), before.type(),
                                    before.text(), before.page() + 1, before.top())
                            .isTrue();
                }
            }
        }
    }

    private static int findPage(StructureTree tree, String heading) {
        return tree.nodes.stream().filter(n -> n.type().equals("H1") && n.text().equals(heading)).findFirst()
                .orElseThrow().page() + 1;
    }
}
