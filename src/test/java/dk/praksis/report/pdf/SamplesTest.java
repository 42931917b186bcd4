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
        java.util.List<dk.praksis.scoring.CaseResult> many = new java.util.ArrayList<>(dk.praksis.report.Fixtures.results());
        var c = many.get(2);
        for (int i = 0; i < 30; i++) {
            many.add(new dk.praksis.scoring.CaseResult(String.format("V-%03d", 100 + i), c.kommune(), c.caseType(),
                    c.items(), c.score(), c.derivedVerdict(), c.reviewerVerdict(), c.disagreement(), c.reviewer(),
                    "Lang bemærkning: det fremgår ikke af sagen, hvilke funktioner borgeren ikke kan varetage, og "
                            + "arbejdsprøvningen er ikke tilrettelagt efter skånehensynene. Sagen bør oplyses yderligere."));
        }
        var big = PdfReportsTest.report(many);
        PdfOutput.save(dir.resolve("vejen-mange.pdf"), PdfReports.kommune(big, PdfReportsTest.kommune(big, "Vejen")));
        ChecklistPdf.write(ChecklistLoader.load(Path.of("checklists/fleksjob-2010.yaml")), dir.resolve("maaleskema.pdf"));
    }
}
