package dk.praksis.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.praksis.report.excel.ExcelReports;
import dk.praksis.report.pdf.PdfReports;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConcurrentlyTest {

    @Test
    void runsEveryItemOnce() throws IOException {
        ConcurrentHashMap<Integer, Integer> runs = new ConcurrentHashMap<>();
        Concurrently.forEach(IntStream.range(0, 50).boxed().toList(), i -> runs.merge(i, 1, Integer::sum));
        assertThat(runs).hasSize(50).allSatisfy((i, n) -> assertThat(n).isEqualTo(1));
    }

    @Test
    void rethrowsTheFirstFailureInListOrderEvenWhenALaterOneFailsSooner() throws InterruptedException {
        CountDownLatch laterFailed = new CountDownLatch(1);
        assertThatThrownBy(() -> Concurrently.forEach(List.of(0, 1), i -> {
            if (i == 1) {
                laterFailed.countDown();
                throw new IOException("rapport 1");
            }
            try {
                laterFailed.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("rapport 0");
        })).isInstanceOf(IllegalStateException.class).hasMessage("rapport 0");
    }

    @Test
    void kommuneReportsWrittenInParallelHaveTheBytesOfOneWrittenAlone(@TempDir Path dir) throws IOException {
        AuditReport report = new ReportBuilder().build(Fixtures.checklist(), Fixtures.info(), Fixtures.results());
        assertThat(report.kommuner()).hasSizeGreaterThan(1);
        PdfReports.writeAll(report, dir);
        ExcelReports.writeAll(report, dir);
        for (UnitReport k : report.kommuner()) {
            String stem = OutputNames.kommuneStem(k.kommune(), OutputNames.needsAsciiFallback(report));
            assertThat(Files.readAllBytes(dir.resolve("kommuner/" + stem + ".pdf")))
                    .isEqualTo(PdfReports.kommune(report, k));
            assertThat(Files.readAllBytes(dir.resolve("kommuner/" + stem + ".xlsx")))
                    .isEqualTo(ExcelReports.kommune(report, k));
        }
    }
}
