package dk.praksis.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.Paragraph;
import dk.praksis.stats.Share;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A chart that does not fit on the page must not let the text after it jump ahead (charts under the wrong heading). */
class ImageSequenceTest {

    @Test
    void aChartThatDoesNotFitStaysBeforeTheTextThatFollowsIt() throws Exception {
        byte[] pdf = PdfOutput.bytes(new DocumentInfo("Prøve", "", "", "", java.time.LocalDate.of(2011, 11, 30)), "Prøve", doc -> {
            for (int i = 0; i < 38; i++) {
                doc.add(new Paragraph("Fyldlinje " + i, doc.style.body));
            }
            doc.add(BarChart.image(doc, "prøve", List.of("Alle kommuner"),
                    List.of(new BarChart.Bar("Søjle A", List.of(share(5))), new BarChart.Bar("Søjle B", List.of(share(7))),
                            new BarChart.Bar("Søjle C", List.of(share(9)))),
                    doc.contentWidth(), "Andel opfyldt (%)"));
            doc.add(new Paragraph("Næste tema", doc.style.body));
        });
        try (PdfText text = new PdfText(pdf)) {
            String all = text.text();
            assertThat(all.indexOf("Søjle C")).isPositive().isLessThan(all.indexOf("Næste tema"));
        }
    }

    private static Share share(int tenths) {
        return Share.of(tenths, 10, 0.95, dk.praksis.stats.Sampling.UNKNOWN);
    }
}
