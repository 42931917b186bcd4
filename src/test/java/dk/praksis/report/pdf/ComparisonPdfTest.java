package dk.praksis.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dk.praksis.compare.AuditYears;
import dk.praksis.compare.ChangeSentences;
import dk.praksis.compare.ClearChange;
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
                    "60,0 % (49,0–70,0) 48 af 80", "80,0 % (69,2–87,7) 56 af 70",
                    "+20,0 (+5,2 til +33,4) 0,013 *",
                    "Vejen (575)", "0,0 % (0,0–32,4) 0 af 8", "+55,6 (+12,1 til +81,1)",
                    "Ærø", "Reglen er ændret i 2011",
                    "Kun med i 2011.", "Formuleringen er ændret i 2011",
                    "Korrektion for mange sammenligninger (Benjamini–Hochberg) inden for hver familie af ændringer;"
                            + " de, der holder, er markeret med **:",
                    "Samlet vurdering for alle kommuner: 5 sammenligninger, ca. 0,3 markeret ved tilfældighed;"
                            + " ingen holder efter korrektion.",
                    "Spørgsmål pr. kommune: 4 sammenligninger, ca. 0,2 markeret ved tilfældighed; ingen holder"
                            + " efter korrektion.",
                    "Benjamini–Hochbergs metode",
                    "Korrektionen anvendes inden for hver af fire familier af beslægtede ændringer: »Alle kommuner"
                            + " – samlet vurdering«, »Alle kommuner – spørgsmål«, »Kommunerne – samlet vurdering«,"
                            + " »Kommunerne – spørgsmål«.");
            // one p column: Fisher's, with the marker that follows it
            assertThat(text).doesNotContain("Justeret p (BH)", "Fisher p", "Trend p", "\"");
            // the family lines stand both in the opening and in Metode
            String line = "Samlet vurdering pr. kommune: 10 sammenligninger, ca. 0,5 markeret ved tilfældighed;";
            assertThat(text.indexOf(line)).isNotEqualTo(text.lastIndexOf(line));
            assertThat(pdf.outline()).startsWith("Hovedresultater", "  Tydelige ændringer", "Om sammenligningen",
                    "Alle kommuner", "Kommuner").contains("  Odense (461)", "  Vejen (575)", "Metode");
        }
        assertThat(ComparisonPdf.bytes(comparison())).isEqualTo(bytes);
    }

    @Test
    void theFirstPageSaysTheMainResultsInSentencesAndListsTheClearChanges() throws Exception {
        Comparison c = comparison();
        try (PdfText pdf = new PdfText(ComparisonPdf.bytes(c))) {
            String first = pdf.pages(1, 1).replace("%- ", "%-"); // a line may break after the hyphen
            assertThat(first).startsWith("Hovedresultater Sammenligning af praksisundersøgelser 2010 og 2011: 2010 med"
                    + " 82 sager og 2011 med 70 sager.");
            List<String> sentences = ChangeSentences.of(c.total());
            assertThat(sentences).isNotEmpty();
            sentences.forEach(s -> assertThat(first).contains(s.replace('\u00A0', ' ')));
            List<ClearChange> clear = ClearChange.of(c);
            assertThat(clear).isNotEmpty();
            assertThat(first).contains("Tydelige ændringer", "Hvor Hvad Ændring p",
                    "Alle kommuner I overensstemmelse 2010–2011: +20,0 procentpoint (+5,2 til +33,4) 0,013 *",
                    "Vejen I overensstemmelse 2010–2011: +60,0 procentpoint (+17,1 til +80,9) 0,020 *");
            for (ClearChange x : clear) {
                assertThat(first).contains(x.what());
            }
            // each kommune's section opens with its own sentences
            assertThat(pdf.text()).contains(ChangeSentences.of(c.kommuner().stream()
                    .filter(u -> u.name().equals("Vejen")).findFirst().orElseThrow()).get(0));
        }
    }

    @Test
    void numbersAreNeverBrokenAndNoHeadingEndsAPage() throws Exception {
        try (PdfText pdf = new PdfText(ComparisonPdf.bytes(comparison()))) {
            List<String> headings = pdf.outline().stream().map(String::strip).toList();
            for (int page = 1; page <= pdf.pageCount(); page++) {
                List<String> lines = pdf.lines(page);
                assertThat(lines).as("side " + page).noneMatch(l -> l.matches(".*\\d,$") || l.matches("^,?\\d %.*")
                        || l.endsWith("−") || l.endsWith("+"));
                // the last line above the footer ("Sammenligning ... Side n af m")
                String last = lines.get(lines.size() - 2);
                assertThat(headings).as("side " + page + " slutter med overskriften " + last).doesNotContain(last);
            }
            // a continued table repeats its unit: every table's first header names it
            assertThat(pdf.text()).contains("Alle kommuner: vurdering", "Alle kommuner: spørgsmål",
                    "Vejen (575): vurdering");
        }
    }

    @Test
    void theDoubleMarkerFollowsTheAdjustedFisherP() throws Exception {
        Comparison strong = Comparer.compare(AuditYears.order(List.of(CompareFixturesAccess.verdictsOnly(2010, 20, 100),
                CompareFixturesAccess.verdictsOnly(2011, 80, 100)), List.of("a.json", "b.json")), ItemMapping.none());
        try (PdfText pdf = new PdfText(ComparisonPdf.bytes(strong))) {
            String text = pdf.text();
            // i overensstemmelse: 20 % → 80 %, Fisher p and adjusted p both below 0,001
            assertThat(text).contains("+60,0 (+47,4 til +69,4) < 0,001 **",
                    "Samlet vurdering for alle kommuner: 5 sammenligninger, ca. 0,3 markeret ved tilfældighed;"
                            + " 3 holder efter korrektion.",
                    "6 ændringer holder efter korrektion for mange sammenligninger (markeret **).");
        }
    }

    /** Three years, 6/12, 4/11 and 1/10 in accordance: a trend column with the exact test (p 0,072). */
    static Comparison threeYears() {
        return Comparer.compare(AuditYears.order(List.of(CompareFixturesAccess.verdictsOnly(2009, 6, 12),
                CompareFixturesAccess.verdictsOnly(2010, 4, 11), CompareFixturesAccess.verdictsOnly(2011, 1, 10)),
                List.of("a.json", "b.json", "c.json")), ItemMapping.none());
    }

    @Test
    void aClearTrendOverThreeYearsIsListedWithItsExactPAndMarkerAndTheMethodIsNamed() throws Exception {
        try (PdfText pdf = new PdfText(ComparisonPdf.bytes(threeYears()))) {
            // 6/12, 4/11, 1/10 in accordance (docs/statistik.md): exact conditional p 0,072, not clear.
            assertThat(PdfText.squeeze(pdf.text())).contains(PdfText.squeeze("Over tre eller flere år testes for en"
                    + " jævn udvikling med Cochran–Armitages trendtest"), PdfText.squeeze("de tydelige trends står under"
                    + " Hovedresultater"));
        }
        Comparison strong = Comparer.compare(AuditYears.order(List.of(CompareFixturesAccess.verdictsOnly(2009, 20, 100),
                CompareFixturesAccess.verdictsOnly(2010, 50, 100), CompareFixturesAccess.verdictsOnly(2011, 80, 100)),
                List.of("a.json", "b.json", "c.json")), ItemMapping.none());
        try (PdfText pdf = new PdfText(ComparisonPdf.bytes(strong))) {
            String first = pdf.pages(1, 1).replaceAll("\\s+", " ");
            assertThat(first).contains("I overensstemmelse stigende over årene (trend) < 0,001 **",
                    "Omgørelse faldende over årene (trend) < 0,001 **");
        }
    }
}
