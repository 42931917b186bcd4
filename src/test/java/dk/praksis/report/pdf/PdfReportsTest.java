package dk.praksis.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dk.praksis.report.AuditReport;
import dk.praksis.report.Fixtures;
import dk.praksis.report.ReportBuilder;
import dk.praksis.report.UnitReport;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PdfReportsTest {

    static AuditReport report() {
        return new ReportBuilder(new TestEstimator()).build(Fixtures.checklist(), Fixtures.info(), Fixtures.results());
    }

    static UnitReport kommune(AuditReport report, String name) {
        return report.kommuner().stream().filter(k -> k.kommune().navn().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void writesSamples() throws Exception {
        AuditReport report = report();
        Path dir = Path.of("target/pdf-samples");
        Files.createDirectories(dir);
        PdfReports.writeAll(report, dir);
    }
}
