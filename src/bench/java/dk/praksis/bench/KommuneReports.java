package dk.praksis.bench;

import com.sun.management.OperatingSystemMXBean;
import dk.praksis.cases.KommuneRegister;
import dk.praksis.checklist.Checklist;
import dk.praksis.report.AuditReport;
import dk.praksis.report.ReportBuilder;
import dk.praksis.report.UnitReport;
import dk.praksis.report.excel.ExcelReports;
import dk.praksis.report.pdf.PdfReports;
import dk.praksis.results.AuditInfo;
import dk.praksis.scoring.CaseResult;
import dk.praksis.scoring.Scorer;
import dk.praksis.testdata.ScalePopulation;
import dk.praksis.testdata.SyntheticCases;
import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Issue 16's "PDFs and workbooks for 98 kommuner in seconds", report kind by report kind: a synthetic audit
 * with the same number of cases in each of the register's 98 kommuner is scored and its report model built,
 * then each kind of report is written for every kommune one after the other on one thread (the audit writes
 * them on a pool; see {@code ScaleBenchmark --all-kommuner} for the whole audit). Prints CPU time (the whole
 * process, JIT compiler and GC included) and wall-clock time per kind, in the order an audit writes them, so the
 * first kind also pays for loading and compiling its code as in a real run.
 *
 * <pre>java -cp target/benchmarks.jar dk.praksis.bench.KommuneReports [CASES_PER_KOMMUNE]</pre>
 */
public final class KommuneReports {

    private static final OperatingSystemMXBean OS =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    /** The table goes into docs/benchmarks.md, which writes decimal commas. */
    private static final Locale DANISH = Locale.forLanguageTag("da");

    private interface Kind {
        long write(AuditReport report, UnitReport unit) throws Exception;
    }

    private KommuneReports() {
    }

    public static void main(String[] args) throws Exception {
        int perKommune = args.length > 0 ? Integer.parseInt(args[0]) : 25;
        var kommuner = KommuneRegister.standard().all();
        Checklist checklist = Fleksjob.checklist();
        Scorer scorer = new Scorer(checklist, SyntheticCases.AS_OF, LocalDate.of(2011, 6, 30));
        long cpu0 = OS.getProcessCpuTime();
        long wall0 = System.nanoTime();
        List<CaseResult> results = ScalePopulation.spread(Fleksjob.cases().stream(42)
                .limit((long) perKommune * kommuner.size()), kommuner).map(scorer::score).toList();
        AuditReport report = new ReportBuilder().build(checklist, new AuditInfo("Syntetisk praksisundersøgelse",
                "Benchmark", 2011, null, SyntheticCases.AS_OF), results);
        System.out.printf(Locale.ROOT, "%d sager i %d kommuner (%d pr. kommune), Java %s, %d processorer%n",
                results.size(), report.kommuner().size(), perKommune, System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        System.out.println("| rapport | antal | CPU (s) | ventetid (s) | MB i alt |");
        System.out.println("|---|---:|---:|---:|---:|");
        row("generering, scoring og rapportmodel", 1, cpu0, wall0, 0);
        time(report, "samlet.xlsx", List.of(report.total()), (r, u) -> ExcelReports.total(r).length);
        time(report, "kommunernes projektmapper", report.kommuner(), (r, u) -> ExcelReports.kommune(r, u).length);
        time(report, "samlet-offentlig.pdf", List.of(report.total()), (r, u) -> PdfReports.samletPublic(r).length);
        time(report, "samlet-intern.pdf", List.of(report.total()), (r, u) -> PdfReports.samlet(r).length);
        time(report, "pixi.pdf", List.of(report.total()), (r, u) -> PdfReports.pixi(r).length);
        time(report, "kommunernes PDF'er", report.kommuner(), (r, u) -> PdfReports.kommune(r, u).length);
        row("i alt", 1, cpu0, wall0, 0);
        System.out.printf(DANISH, "belastning %.2f%n", OS.getSystemLoadAverage());
    }

    private static void time(AuditReport report, String name, List<UnitReport> units, Kind kind) throws Exception {
        long cpu = OS.getProcessCpuTime();
        long wall = System.nanoTime();
        long bytes = 0;
        for (UnitReport u : units) {
            bytes += kind.write(report, u);
        }
        row(name, units.size(), cpu, wall, bytes);
    }

    private static void row(String name, int count, long cpuFrom, long wallFrom, long bytes) {
        System.out.printf(DANISH, "| %s | %d | %.1f | %.1f | %.1f |%n", name, count,
                (OS.getProcessCpuTime() - cpuFrom) / 1e9, (System.nanoTime() - wallFrom) / 1e9, bytes / 1e6);
    }
}
