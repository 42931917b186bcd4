package dk.praksis.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.Paragraph;
import java.awt.Color;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A chart that does not fit on the page must not let the text after it jump ahead (charts under the wrong heading). */
class ImageSequenceTest {

    @Test
    void aChartThatDoesNotFitStaysBeforeTheTextThatFollowsIt() throws Exception {
        byte[] pdf = PdfOutput.bytesWithContents(new DocumentInfo("Prøve", "", "", "", java.time.LocalDate.of(2011, 11, 30)), "Prøve", doc -> {
            for (int i = 0; i < 38; i++) {
                doc.add(new Paragraph("Fyldlinje " + i, doc.style.body));
            }
            doc.add(BarChart.image(doc, List.of("Alle kommuner"), List.of(Color.BLUE),
                    List.of(new BarChart.Bar("Søjle A", List.of(0.5)), new BarChart.Bar("Søjle B", List.of(0.7)),
                            new BarChart.Bar("Søjle C", List.of(0.9))),
                    doc.contentWidth(), "Andel opfyldt (%)"));
            doc.add(new Paragraph("Næste tema", doc.style.body));
        });
        try (PdfText text = new PdfText(pdf)) {
            String all = text.text();
            assertThat(all.indexOf("Søjle C")).isPositive().isLessThan(all.indexOf("Næste tema"));
        }
    }
}
