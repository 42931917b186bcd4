package dk.praksis.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dk.praksis.report.AuditReport;
import dk.praksis.report.Edition;
import dk.praksis.report.Fixtures;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Test;

/**
 * A report with a contents list is laid out once: the chapters first, then the front page, which is moved
 * before them. The page numbers it lists, its links, the bookmarks and the page footers must all agree
 * with where the chapters are, and with the chapters laid out on their own, without any front page.
 */
class ContentsPageTest {

    private static final AuditReport REPORT = PdfReportsTest.report(Fixtures.results());
    private static final Pattern ROW = Pattern.compile("^(.+?) (\\d+)$");

    @Test
    void theContentsListGivesEachChapterThePageItStartsOnAfterTheFrontPage() throws Exception {
        for (UnitView view : List.of(new UnitView(REPORT, REPORT.total(), Edition.INTERNAL),
                new UnitView(REPORT, REPORT.total(), Edition.PUBLIC),
                new UnitView(REPORT, PdfReportsTest.kommune(REPORT, "Vejen"), Edition.KOMMUNE))) {
            byte[] bodyAlone = PdfOutput.bytes(UnitPdf.info(view), UnitPdf.footer(view), doc -> UnitPdf.body(doc, view));
            Map<String, Integer> alone;
            try (PdfText pdf = new PdfText(bodyAlone)) {
                alone = bookmarks(pdf.pdf);
            }
            try (PdfText pdf = new PdfText(UnitPdf.bytes(view))) {
                Map<String, Integer> listed = contents(pdf);
                assertThat(listed).as(view.edition().name()).hasSizeGreaterThan(5).hasSameSizeAs(alone);
                listed.forEach((title, page) -> assertThat(page).as(title).isEqualTo(alone.get(title) + 1));
                assertThat(bookmarks(pdf.pdf)).isEqualTo(listed);
                assertThat(links(pdf.pdf)).as("a link over each of a row's two cells") // title and page number
                        .containsExactlyElementsOf(listed.values().stream().flatMap(p -> java.util.stream.Stream.of(p, p))
                                .toList());
                int pages = pdf.pageCount();
                assertThat(pages).isEqualTo(new PdfText(bodyAlone).pageCount() + 1);
                for (int p = 1; p <= pages; p++) {
                    assertThat(pdf.pages(p, p)).as("page %d", p).contains("Side " + p + " af " + pages);
                }
                assertThat(pdf.pages(1, 1)).contains(REPORT.info().title(), "Indhold");
            }
        }
    }

    /** The contents list on page 1: title and page number of every row, in order. */
    private static Map<String, Integer> contents(PdfText pdf) {
        Map<String, Integer> rows = new LinkedHashMap<>();
        List<String> lines = pdf.lines(1);
        for (String line : lines.subList(lines.indexOf("Indhold") + 1, lines.size())) {
            Matcher m = ROW.matcher(line);
            if (m.matches() && !line.contains("Side ")) { // not the page footer
                rows.put(m.group(1), Integer.parseInt(m.group(2)));
            }
        }
        return rows;
    }

    /** Top-level bookmarks and the 1-based pages they open. */
    private static Map<String, Integer> bookmarks(PDDocument pdf) throws IOException {
        Map<String, Integer> pages = new LinkedHashMap<>();
        for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
            pages.put(item.getTitle(), pdf.getPages().indexOf(item.findDestinationPage(pdf)) + 1);
        }
        return pages;
    }

    /** The 1-based pages the links on page 1 go to, in order. */
    private static List<Integer> links(PDDocument pdf) throws IOException {
        List<Integer> pages = new java.util.ArrayList<>();
        for (var annotation : pdf.getPage(0).getAnnotations()) {
            var action = (PDActionGoTo) ((PDAnnotationLink) annotation).getAction();
            var target = ((PDPageDestination) action.getDestination()).getPage();
            pages.add(pdf.getPages().indexOf(target) + 1);
        }
        return pages;
    }
}
