package dk.praksis.bench;

import com.sun.management.OperatingSystemMXBean;
import dk.praksis.cases.KommuneRegister;
import dk.praksis.checklist.Checklist;
import dk.praksis.report.AuditReport;
import dk.praksis.report.Concurrently;
import dk.praksis.report.ReportBuilder;
import dk.praksis.report.excel.ExcelReports;
import dk.praksis.report.pdf.PdfReports;
import dk.praksis.results.AuditInfo;
import dk.praksis.scoring.CaseResult;
import dk.praksis.scoring.Scorer;
import dk.praksis.testdata.ScalePopulation;
import dk.praksis.testdata.SyntheticCases;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Issue 16's "PDFs and workbooks for 98 kommuner in seconds", report kind by report kind: a synthetic audit
 * with the same number of cases in each of the register's 98 kommuner is scored and its report model built,
 * then each kind of report is written for every kommune one after the other on one thread (the audit writes
 * them on a pool; see {@code ScaleBenchmark --all-kommuner} for the whole audit). Each report is written into
 * a temporary folder by the same job the audit runs for it, so the PDFs share one pool of fonts as in an audit.
 * Prints CPU time (the whole process, JIT compiler and GC included) and wall-clock time per kind, in the order an
 * audit writes them, so the first kind also pays for loading and compiling its code as in a real run; with
 * ROUNDS above 1 everything is written again, and the last round shows the cost once the code is compiled.
 *
 * <pre>java -cp target/benchmarks.jar dk.praksis.bench.KommuneReports [CASES_PER_KOMMUNE [ROUNDS]]</pre>
 */
public final class KommuneReports {

    private static final OperatingSystemMXBean OS =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    /** The table goes into docs/benchmarks.md, which writes decimal commas. */
    private static final Locale DANISH = Locale.forLanguageTag("da");

    private KommuneReports() {
    }

    public static void main(String[] args) throws Exception {
        int perKommune = args.length > 0 ? Integer.parseInt(args[0]) : 25;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 1;
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
        Path dir = Files.createTempDirectory("kommunerapporter");
        try {
            for (int round = 1; round <= rounds; round++) {
                if (rounds > 1) {
                    System.out.printf(Locale.ROOT, "| runde %d | | | | |%n", round);
                }
                clear(dir);
                List<Concurrently.Job> workbooks = ExcelReports.jobs(report, dir);
                List<Concurrently.Job> pdfs = PdfReports.jobs(report, dir);
                time("samlet.xlsx", workbooks.subList(0, 1), dir);
                time("kommunernes projektmapper", workbooks.subList(1, workbooks.size()), dir);
                time("samlet-offentlig.pdf", pdfs.subList(0, 1), dir);
                time("samlet-intern.pdf", pdfs.subList(1, 2), dir);
                time("pixi.pdf", pdfs.subList(2, 3), dir);
                time("kommunernes PDF'er", pdfs.subList(3, pdfs.size()), dir);
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        row("i alt", 1, cpu0, wall0, 0);
        System.out.printf(DANISH, "belastning %.2f%n", OS.getSystemLoadAverage());
    }

    /** Runs the jobs one after the other on this thread; the size is that of every file now in the folder. */
    private static void time(String name, List<Concurrently.Job> jobs, Path dir) throws IOException {
        long cpu = OS.getProcessCpuTime();
        long wall = System.nanoTime();
        long before = size(dir);
        for (Concurrently.Job job : jobs) {
            job.run();
        }
        row(name, jobs.size(), cpu, wall, size(dir) - before);
    }

    private static void clear(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.filter(Files::isRegularFile).forEach(p -> p.toFile().delete());
        }
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void row(String name, int count, long cpuFrom, long wallFrom, long bytes) {
        System.out.printf(DANISH, "| %s | %d | %.1f | %.1f | %.1f |%n", name, count,
                (OS.getProcessCpuTime() - cpuFrom) / 1e9, (System.nanoTime() - wallFrom) / 1e9, bytes / 1e6);
    }
}
