package dk.praksis.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Issue 11: "95 %-interval" is never broken at its hyphen, and reads back as typed. */
class UnbrokenPercentTest {

    private static final String PHRASE = "95\u00A0%-konfidensinterval";

    /** Lines as PDFBox extracts them, no-break spaces as spaces. */
    private static List<String> lines(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replace('\u00A0', ' ').lines().map(String::strip).toList();
        }
    }

    @Test
    void aParagraphOrCellNeverEndsALineWithPercentHyphen() throws IOException {
        byte[] pdf = PdfOutput.bytes(new DocumentInfo("Prøve", "", "", "", LocalDate.of(2011, 11, 30)), "Prøve", doc -> {
            // the phrase at every position along the line, so without the rule some line breaks after "%-"
            for (int i = 0; i < 60; i++) {
                doc.add(new Paragraph("a ".repeat(i) + "andelen (" + PHRASE + ": 18,4–36,3 %) slutter her.",
                        doc.style.body));
            }
            PdfPTable table = doc.style.table(new float[] {1f, 3f}, "Kommune", "Note");
            for (int i = 0; i < 30; i++) {
                table.addCell(doc.style.text("Odense"));
                table.addCell(doc.style.text("b ".repeat(i) + "med " + PHRASE + " i cellen"));
            }
            doc.add(table);
        });
        List<String> lines = lines(pdf);
        assertThat(lines).noneMatch(l -> l.endsWith("%-"));
        assertThat(lines.stream().filter(l -> l.contains("95 %-konfidensinterval")).count())
                .as("every occurrence reads back whole, with an ordinary hyphen").isEqualTo(90);
        assertThat(String.join("\n", lines)).doesNotContain("\u2011");
    }
}
