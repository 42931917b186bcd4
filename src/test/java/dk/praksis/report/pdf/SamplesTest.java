package dk.praksis.report.pdf;

import dk.praksis.checklist.ChecklistLoader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** Writes sample PDFs to look at (mvn test -Dtest=SamplesTest -Dsamples=true); not part of the normal run. */
@EnabledIfSystemProperty(named = "samples", matches = "true")
class SamplesTest {

    @Test
    void writeSamples() {
        Path dir = Path.of("target/pdf-samples");
        PdfReports.writeAll(PdfReportsTest.report(dk.praksis.report.Fixtures.results()), dir);
        ChecklistPdf.write(ChecklistLoader.load(Path.of("checklists/fleksjob-2010.yaml")), dir.resolve("maaleskema.pdf"));
    }
}
