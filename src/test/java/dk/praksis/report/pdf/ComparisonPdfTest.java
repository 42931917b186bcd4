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
            assertThat(pdf.outline()).contains("Alle kommuner", "Kommuner", "  Odense (461)", "  Vejen (575)", "Metode");
        }
        assertThat(ComparisonPdf.bytes(comparison())).isEqualTo(bytes);
    }
}
