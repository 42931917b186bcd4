package dk.praksis.bench;

import dk.praksis.testdata.ScalePopulation.Format;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The scale benchmark (docs/benchmarks.md): for each input format and population size, the library-only
 * parse of the same files ({@link ParseOnly}: Jackson for YAML and CSV, POI's event API for workbooks),
 * {@code praksis validate} (read, check, guard), {@link ReadAndScore} (the same and scoring into a running
 * tally) and {@code praksis audit} (everything, every report written, from an audit file the benchmark writes
 * beside its output), each in a JVM of its own, and a table of CPU time, wall-clock time, cases per
 * CPU-second, the rate relative to parse-only in the same run, the CPU time of the JIT compiler and the
 * collector within it, peak heap and peak RSS, with the load average. A parse or score run that read another
 * number of cases than asked (a folder that is empty or not what was meant) is marked, not counted.
 *
 * <pre>java -cp target/benchmarks.jar dk.praksis.bench.ScaleBenchmark [--jar APP.jar] [--xmx 512m]
 *     [--jvm "-XX:+UseParallelGC -Xmx2g"] [--timeout-min 15] [--formats yaml,csv,xlsx]
 *     [--runs parse,validate,score,audit] [--all-kommuner] 1000 10000 100000</pre>
 *
 * {@code --jvm} adds JVM options to every run, e.g. the launcher's for large jobs (docs/cli.md).
 * {@code --all-kommuner} spreads the (YAML) cases evenly over the register's 98 kommuner instead of the
 * generator's 22, for the audit of a whole country's kommuner.
 *
 * CPU time rather than wall-clock: on a shared machine the wall-clock depends on the neighbours, the
 * CPU time much less. {@code --jar} measures another build (an older one for "before").
 */
public final class ScaleBenchmark {

    private static final Pattern PROBE = Pattern.compile(
            "probe cpu_ms=(\\d+) heap_peak_mb=(\\d+) rss_peak_mb=(-?\\d+) load=([\\d.,]+) jit_ms=(-?\\d+)"
                    + " gc_ms=(-?\\d+)");
    /** What ParseOnly and ReadAndScore print first: the number of cases they read. */
    private static final Pattern CASES_READ = Pattern.compile("^(\\d+) sager læst");

    private record Measured(String format, String run, int cases, int exit, boolean timedOut, long cpuMs,
            long wallMs, long heapMb, long rssMb, String load, long jitMs, long gcMs, Long casesRead) {

        /** False when a parse or score run read another number of cases than asked. */
        boolean readAll() {
            return casesRead == null || casesRead == cases;
        }

        double casesPerCpuSecond() {
            return cases * 1000.0 / Math.max(1, cpuMs);
        }
    }

    /** praksis's exit code when the heap ran out (docs/cli.md). */
    private static final int OUT_OF_MEMORY = 7;
    /** The table goes into docs/benchmarks.md, which writes decimal commas. */
    private static final Locale DANISH = Locale.forLanguageTag("da");

    private ScaleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path app = Path.of("target", "praksis-app.jar");
        String xmx = null;
        List<String> jvm = List.of();
        long timeoutMin = 15;
        List<String> runs = List.of("parse", "validate", "score", "audit");
        List<Format> formats = List.of(Format.YAML);
        boolean allKommuner = false;
        List<Integer> sizes = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--jar" -> app = Path.of(args[++i]);
                case "--xmx" -> xmx = args[++i];
                case "--jvm" -> jvm = List.of(args[++i].trim().split("\\s+"));
                case "--timeout-min" -> timeoutMin = Long.parseLong(args[++i]);
                case "--runs" -> runs = List.of(args[++i].split(","));
                case "--all-kommuner" -> allKommuner = true;
                case "--formats" -> formats = Stream.of(args[++i].split(",")).map(Format::of).toList();
                default -> sizes.add(Integer.parseInt(args[i]));
            }
        }
        if (sizes.isEmpty()) {
            sizes = List.of(1000, 10000, 100000);
        }
        if (allKommuner) {
            formats = List.of(Format.YAML); // the nationwide population is written as YAML only
        }
        System.out.println("| format | sager | kørsel | CPU (s) | heraf JIT (s) | heraf GC (s) | ventetid (s) "
                + "| sager pr. CPU-s | i forhold til parse-only | heap-top (MB) | RSS-top (MB) | belastning | afslutning |");
        System.out.println("|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        for (Format format : formats) {
            for (int n : sizes) {
                Path data = (allKommuner ? BenchData.nationwide(Fleksjob.checklist(), n)
                        : BenchData.of(format, Fleksjob.checklist(), n)).toAbsolutePath();
                Measured parse = null;
                for (String run : runs) {
                    System.err.printf("%s %d %s ...%n", format.name().toLowerCase(Locale.ROOT), n, run);
                    Measured m = measure(format, run, n, data, app, xmx, jvm, timeoutMin);
                    if (run.equals("parse") && m.readAll()) {
                        parse = m;
                    }
                    System.out.println(row(m, parse));
                }
            }
        }
    }

    private static String row(Measured m, Measured parse) {
        String ratio = parse == null || m == parse || m.timedOut() || m.exit() != 0 || !m.readAll() ? "–"
                : String.format(DANISH, "%.0f %%", 100 * m.casesPerCpuSecond() / parse.casesPerCpuSecond());
        String end = m.timedOut() ? "afbrudt (tidsgrænse)" : !m.readAll() ? m.casesRead() + " sager læst, ikke " + m.cases()
                : m.exit() == 0 ? "ok" : m.exit() == OUT_OF_MEMORY ? "kode 7 (for lidt hukommelse)" : "kode " + m.exit();
        return String.format(DANISH, "| %s | %d | %s | %.1f | %s | %s | %.1f | %.0f | %s | %d | %d | %s | %s |",
                m.format(), m.cases(), m.run(), m.cpuMs() / 1000.0, seconds(m.jitMs()), seconds(m.gcMs()),
                m.wallMs() / 1000.0, m.casesPerCpuSecond(), ratio, m.heapMb(), m.rssMb(), m.load(), end);
    }

    private static String seconds(long ms) {
        return ms < 0 ? "–" : String.format(DANISH, "%.1f", ms / 1000.0);
    }

    private static Measured measure(Format format, String run, int n, Path data, Path app, String xmx,
            List<String> jvm, long timeoutMin)
            throws IOException, InterruptedException {
        Path bench = selfJar();
        Path work = Files.createTempDirectory("praksis-scale-");
        try {
            List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8"));
            cmd.addAll(jvm);
            if (xmx != null) {
                cmd.add("-Xmx" + xmx);
            }
            String checklist = Path.of("checklists", "fleksjob-2010.yaml").toAbsolutePath().toString();
            String both = app.toAbsolutePath() + File.pathSeparator + bench;
            switch (run) {
                case "parse" -> cmd.addAll(List.of("-cp", bench.toString(), ScaleProbe.class.getName(),
                        ParseOnly.class.getName(), format.name(), data.toString()));
                case "validate" -> cmd.addAll(List.of("-cp", both, ScaleProbe.class.getName(), "dk.praksis.cli.Main",
                        "validate", "--checklist", checklist, data.toString()));
                case "score" -> cmd.addAll(List.of("-cp", both, ScaleProbe.class.getName(),
                        ReadAndScore.class.getName(), checklist, data.toString()));
                case "audit" -> cmd.addAll(List.of("-cp", both, ScaleProbe.class.getName(), "dk.praksis.cli.Main",
                        "audit", auditFile(work, checklist, data).toString(), "--stille",
                        "--out", work.resolve("ud").toString()));
                default -> throw new IllegalArgumentException("ukendt kørsel: " + run);
            }
            Path err = work.resolve("stderr.txt");
            Path out = work.resolve("stdout.txt");
            long start = System.nanoTime();
            Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            boolean done = p.waitFor(timeoutMin, TimeUnit.MINUTES);
            if (!done) {
                p.destroy(); // SIGTERM: the probe's shutdown hook still reports how far it got
                p.waitFor();
            }
            long wallMs = (System.nanoTime() - start) / 1_000_000;
            String log = Files.readString(err);
            Matcher m = PROBE.matcher(log);
            if (!m.find()) {
                System.err.println(log);
                throw new IllegalStateException(run + " " + n + ": ingen måling fra ScaleProbe");
            }
            if (p.exitValue() != 0 && done) {
                System.err.println(log.lines().limit(20).reduce("", (a, b) -> a + b + "\n"));
            }
            Long casesRead = null;
            if ((run.equals("parse") || run.equals("score")) && done && p.exitValue() == 0) {
                Matcher read = CASES_READ.matcher(Files.readString(out).strip());
                casesRead = read.find() ? Long.parseLong(read.group(1)) : -1L;
            }
            return new Measured(format.name().toLowerCase(Locale.ROOT), run, n, p.exitValue(), !done,
                    Long.parseLong(m.group(1)), wallMs, Long.parseLong(m.group(2)), Long.parseLong(m.group(3)),
                    m.group(4).replace('.', ','), Long.parseLong(m.group(5)), Long.parseLong(m.group(6)), casesRead);
        } finally {
            deleteTree(work);
        }
    }

    /**
     * The audit as a board describes it: fleksjob-2010 judges some items up to the period's end, which only
     * the audit file gives ({@code periode: {til}}), as for the shipped 2011 sample.
     */
    static Path auditFile(Path work, String checklist, Path data) throws IOException {
        return Files.writeString(work.resolve("undersoegelse.yaml"), String.join("\n",
                "titel: Skalabenchmark (syntetiske sager)",
                "afsender: Beskæftigelsesankenævnet Syddanmark",
                "år: 2011",
                "opgørelsesdato: 2011-11-30",
                "periode: {fra: 2011-01-01, til: 2011-06-30}",
                "måleskema: " + quoted(checklist),
                "sager: [" + quoted(data.toString()) + "]",
                ""));
    }

    private static String quoted(String path) {
        return "'" + path.replace("'", "''") + "'";
    }

    private static Path selfJar() {
        try {
            return Path.of(ScaleBenchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Deletes the folder and everything in it (also used by {@link SampleAudit}). */
    static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(f -> {
                try {
                    Files.delete(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
