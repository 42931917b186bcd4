package dk.praksis.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dk.praksis.compare.AuditYears;
import dk.praksis.compare.CompareFixturesAccess;
import dk.praksis.compare.Comparer;
import dk.praksis.compare.Comparison;
import dk.praksis.compare.ItemMapping;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComparisonPdfTest {

    static Comparison comparison() {
        return Comparer.compare(AuditYears.order(List.of(CompareFixturesAccess.y2010(), CompareFixturesAccess.y2011()),
                List.of("2010/resultater.json", "2011/resultater.json")), ItemMapping.none());
    }

    @Test
    void showsSharesChangesAndWhatWasNotCompared() throws Exception {
        byte[] bytes = ComparisonPdf.bytes(comparison());
        String dump = System.getProperty("praksis.dump");
        if (dump != null) {
            Files.write(Path.of(dump), bytes);
        }
        try (PdfText pdf = new PdfText(bytes)) {
            String text = pdf.text();
            assertThat(text).contains("Sammenligning af praksisundersøgelser 2010 og 2011",
                    "60,0 % (49,0–70,0)", "48 af 80", "80,0 % (69,2–87,7)", "56 af 70",
                    "+20,0 * (+5,2 til +33,4)", "0,013",
                    "Vejen (575)", "0,0 % (0,0–32,4)", "0 af 8", "+55,6 * (+12,1 til +81,1)",
                    "Ærø", "Reglen er ændret i 2011",
                    "Kun med i 2011.", "Formuleringen er ændret i 2011");
            assertThat(text.replaceAll("\\s+", " ")).contains("Justeret p (BH)",
                    "Korrektion for mange sammenligninger (Benjamini–Hochberg) inden for hver familie af ændringer;"
                            + " de, der holder, er markeret med **:",
                    "Samlet vurdering for alle kommuner: 5 sammenligninger, ca. 0,3 markeret ved tilfældighed;"
                            + " ingen holder efter korrektion.",
                    "Spørgsmål pr. kommune: 4 sammenligninger, ca. 0,2 markeret ved tilfældighed; ingen holder"
                            + " efter korrektion.",
                    "Benjamini–Hochbergs metode",
                    "Korrektionen anvendes inden for hver af fire familier af beslægtede ændringer: \"Alle kommuner"
                            + " – samlet vurdering\", \"Alle kommuner – spørgsmål\", \"Kommunerne – samlet vurdering\","
                            + " \"Kommunerne – spørgsmål\".");
            // the family lines stand both in the opening and in Metode
            String flat = text.replaceAll("\\s+", " ");
            String line = "Samlet vurdering pr. kommune: 10 sammenligninger, ca. 0,5 markeret ved tilfældighed;";
            assertThat(flat.indexOf(line)).isNotEqualTo(flat.lastIndexOf(line));
            assertThat(pdf.outline()).contains("Alle kommuner", "Kommuner", "  Odense (461)", "  Vejen (575)", "Metode");
        }
        assertThat(ComparisonPdf.bytes(comparison())).isEqualTo(bytes);
    }

    @Test
    void theAdjustedPAndTheDoubleMarkerAppearInTheTables() throws Exception {
        Comparison strong = Comparer.compare(AuditYears.order(List.of(CompareFixturesAccess.verdictsOnly(2010, 20, 100),
                CompareFixturesAccess.verdictsOnly(2011, 80, 100)), List.of("a.json", "b.json")), ItemMapping.none());
        try (PdfText pdf = new PdfText(ComparisonPdf.bytes(strong))) {
            String text = pdf.text().replaceAll("\\s+", " ");
            // i overensstemmelse: 20 % → 80 %, Fisher p and adjusted p both below 0,001
            assertThat(text).contains("+60,0 ** (+47,4 til +69,4) < 0,001 < 0,001",
                    "Samlet vurdering for alle kommuner: 5 sammenligninger, ca. 0,3 markeret ved tilfældighed;"
                            + " 3 holder efter korrektion.");
        }
    }

    /** Three years, 6/12, 4/11 and 1/10 in accordance: a trend column with the exact test (p 0,072). */
    static Comparison threeYears() {
        return Comparer.compare(AuditYears.order(List.of(CompareFixturesAccess.verdictsOnly(2009, 6, 12),
                CompareFixturesAccess.verdictsOnly(2010, 4, 11), CompareFixturesAccess.verdictsOnly(2011, 1, 10)),
                List.of("a.json", "b.json", "c.json")), ItemMapping.none());
    }

    @Test
    void aTrendOverThreeYearsShowsItsExactPItsMarkerAndItsDirection() throws Exception {
        try (PdfText pdf = new PdfText(ComparisonPdf.bytes(threeYears()))) {
            String text = pdf.text().replaceAll("\\s+", " ");
            // 6/12, 4/11, 1/10 in accordance (docs/statistik.md): exact conditional p 0,072, not marked, falling;
            // hjemvisning is its complement, rising.
            assertThat(text).contains("Trend p", "0,072 faldende", "0,072 stigende");
            assertThat(PdfText.squeeze(text)).contains(PdfText.squeeze("En trend over alle årene (kolonnen »Trend p«:"
                    + " den eksakte Cochran–Armitage-test, med retningen stigende eller faldende) markeres efter samme"
                    + " regel."));
        }
        Comparison strong = Comparer.compare(AuditYears.order(List.of(CompareFixturesAccess.verdictsOnly(2009, 20, 100),
                CompareFixturesAccess.verdictsOnly(2010, 50, 100), CompareFixturesAccess.verdictsOnly(2011, 80, 100)),
                List.of("a.json", "b.json", "c.json")), ItemMapping.none());
        try (PdfText pdf = new PdfText(ComparisonPdf.bytes(strong))) {
            assertThat(pdf.text().replaceAll("\\s+", " ")).contains("< 0,001 ** stigende", "< 0,001 ** faldende");
        }
    }
}
