package dk.praksis.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;

/**
 * A {@link LongTable} laid out in batches looks, reads and is tagged exactly like the same table laid out whole: the
 * same pages pixel for pixel, one Table in the structure tree with every row in order, and PDF/UA-1 and PDF/A-2a
 * still pass. The rows differ in height (one is taller than a page and splits), so batches end at the top, in the
 * middle and at the foot of pages.
 */
class LongTableTest {

    private static final int ROWS = 90;

    /** Row i: its number, and a note of a length that varies, one of them longer than a page. */
    private static void row(PdfPTable table, HouseStyle style, int i) {
        table.addCell(style.text("Sag " + i));
        int lines = i == 41 ? 90 : 1 + (i * 7) % 11;
        table.addCell(style.text(String.join("\n", IntStream.range(0, lines).mapToObj(l -> "linje " + l + " i sag " + i)
                .toList())));
    }

    private static byte[] pdf(int rowsPerBatch) {
        return pdf(style -> new LongTable<>(header(style), IntStream.range(0, ROWS).iterator(),
                (table, i) -> row(table, style, i), rowsPerBatch));
    }

    private static PdfPTable header(HouseStyle style) {
        return style.table(new float[] {1f, 3f}, "Sag", "Note");
    }

    private static byte[] pdf(Function<HouseStyle, PdfPTable> table) {
        return PdfOutput.bytes(new DocumentInfo("Prøve", "", "", "", LocalDate.of(2011, 11, 30)), "Prøve", doc -> {
            doc.add(new Paragraph("Før tabellen.", doc.style.body));
            doc.add(table.apply(doc.style));
            doc.add(new Paragraph("Efter tabellen.", doc.style.body));
        });
    }

    @Test
    void batchesLookExactlyLikeTheWholeTable() throws Exception {
        List<int[]> whole = pages(pdf(ROWS));
        for (int batch : new int[] {1, 7, 13}) {
            List<int[]> batched = pages(pdf(batch));
            assertThat(batched).as("pages with batches of %d", batch).hasSameSizeAs(whole);
            for (int p = 0; p < whole.size(); p++) {
                assertThat(batched.get(p)).as("page %d with batches of %d", p + 1, batch).isEqualTo(whole.get(p));
            }
        }
        assertThat(whole.size()).as("the table spans pages").isGreaterThan(5);
    }

    @Test
    void batchesAreTaggedAsOneTableWithEveryRowInOrder() throws Exception {
        try (StructureTree whole = new StructureTree(pdf(ROWS)); StructureTree batched = new StructureTree(pdf(7))) {
            assertThat(batched.ofType("Table")).hasSize(1);
            assertThat(batched.ofType("TR")).hasSize(ROWS + 1);
            assertThat(batched.ofType("TH")).extracting(StructureTree.Node::text).containsExactly("Sag", "Note");
            List<String> firstCells = new ArrayList<>();
            List<StructureTree.Node> cells = batched.ofType("TD");
            for (int i = 0; i < cells.size(); i += 2) {
                firstCells.add(cells.get(i).text());
            }
            assertThat(firstCells).containsExactlyElementsOf(IntStream.range(0, ROWS).mapToObj(i -> "Sag " + i).toList());
            assertThat(batched.nodes).as("the same tree, text and places as the table laid out whole")
                    .containsExactlyElementsOf(whole.nodes);
        }
    }

    @Test
    void aBatchedTableStillConformsToPdfUaAndPdfA() throws Exception {
        assertThat(PdfAValidation.failures(pdf(7))).isEmpty();
    }

    @Test
    void aTableOfOneBatchIsWrittenByteForByteAsAnOrdinaryTable() {
        byte[] ordinary = pdf(style -> {
            PdfPTable table = header(style);
            IntStream.range(0, ROWS).forEach(i -> row(table, style, i));
            return table;
        });
        assertThat(pdf(ROWS)).isEqualTo(ordinary);
    }

    private static List<int[]> pages(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(doc);
            List<int[]> pages = new ArrayList<>();
            for (int p = 0; p < doc.getNumberOfPages(); p++) {
                BufferedImage image = renderer.renderImageWithDPI(p, 40, ImageType.RGB);
                BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
                copy.getGraphics().drawImage(image, 0, 0, null);
                pages.add(((DataBufferInt) copy.getRaster().getDataBuffer()).getData());
            }
            return pages;
        }
    }
}
