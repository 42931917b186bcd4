package dk.praksis.bench;

import dk.praksis.cases.Case;
import dk.praksis.checklist.Checklist;
import dk.praksis.report.AuditReport;
import dk.praksis.report.ReportBuilder;
import dk.praksis.report.UnitReport;
import dk.praksis.report.excel.ExcelReports;
import dk.praksis.report.pdf.PdfReports;
import dk.praksis.results.AuditInfo;
import dk.praksis.scoring.CaseResult;
import dk.praksis.scoring.Scorer;
import dk.praksis.testdata.SyntheticCases;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The report model of a scored synthetic population, and the PDF and workbook of its largest
 * kommune (about 1/22 of the cases).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ReportBenchmark {

    @Param({"1000"})
    public int cases;

    private Checklist checklist;
    private AuditInfo info;
    private List<CaseResult> results;
    private AuditReport report;
    private UnitReport kommune;

    @Setup
    public void setUp() {
        checklist = Fleksjob.checklist();
        info = new AuditInfo("Syntetisk praksisundersøgelse", "Benchmark", 2011, null, SyntheticCases.AS_OF);
        Scorer scorer = new Scorer(checklist, SyntheticCases.AS_OF);
        List<Case> population = Fleksjob.cases().generate(cases, 42);
        results = population.stream().map(scorer::score).toList();
        report = buildReport();
        kommune = report.kommuner().stream().max(Comparator.comparingInt(u -> u.cases().size())).orElseThrow();
    }

    @Benchmark
    public AuditReport buildReport() {
        return new ReportBuilder().build(checklist, info, results);
    }

    @Benchmark
    public byte[] kommunePdf() {
        return PdfReports.kommune(report, kommune);
    }

    @Benchmark
    public byte[] kommuneWorkbook() throws IOException {
        return ExcelReports.kommune(report, kommune);
    }
}
