package dk.praksis.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.ToolProvider;

/**
 * Issue 16's first target as the issue states it: the shipped sample audit run through the launcher, as a
 * caseworker runs it, against a JVM hello world. Both run in every round, one after the other, so that a machine
 * whose speed drifts (a shared or virtual one: here by up to a fifth between rounds) slows both alike; the
 * verdict is the median of the per-round ratios. With {@code --before} a second checkout (its own launcher, jar
 * and AppCDS archive) runs in the same rounds, and its outputs are compared with this checkout's byte for byte.
 * One audit per checkout runs first and is not counted: it builds the jar if needed and writes the archive.
 * CPU time (user + sys) and peak RSS come from {@code /usr/bin/time} where it exists; otherwise only time.
 *
 * <pre>java -cp target/benchmarks.jar dk.praksis.bench.SampleAudit [--rounds 10] [--year 2011]
 *     [--before /path/to/other/checkout]</pre>
 */
public final class SampleAudit {

    /** The target: the sample audit in at most this many times a JVM hello world. */
    private static final double TARGET = 20;
    private static final Locale DANISH = Locale.forLanguageTag("da");
    private static final Path TIME = Path.of("/usr/bin/time");

    /** One process's wall-clock time; CPU seconds and peak RSS (MB) are negative when unknown. */
    private record Run(double wall, double cpu, long rssMb) {
    }

    private SampleAudit() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = 10;
        String year = "2011";
        Path before = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--year" -> year = args[++i];
                case "--before" -> before = Path.of(args[++i]).toAbsolutePath();
                default -> throw new IllegalArgumentException("ukendt argument: " + args[i]);
            }
        }
        Path here = Path.of("").toAbsolutePath();
        Path work = Files.createTempDirectory("eksempelaudit");
        try {
            Path hello = helloWorld(work);
            List<Path> checkouts = before == null ? List.of(here) : List.of(here, before);
            for (Path checkout : checkouts) {
                audit(checkout, year, work.resolve("opvarmning"), work); // builds the jar, writes the archive
            }
            System.out.printf(DANISH, "Eksempelundersøgelsen %s gennem starteren mod hello world, %d runder, Java %s,"
                    + " %d processorer%n", year, rounds, System.getProperty("java.version"),
                    Runtime.getRuntime().availableProcessors());
            System.out.println(before == null ? "| runde | hello world (s) | audit (s) | CPU (s) | RSS (MB) | × hello world |"
                    : "| runde | hello world (s) | audit (s) | CPU (s) | × hello world | før (s) | CPU før (s) | × før |");
            System.out.println(before == null ? "|---:|---:|---:|---:|---:|---:|" : "|---:|---:|---:|---:|---:|---:|---:|---:|");
            double[] ratio = new double[rounds];
            double[] beforeRatio = new double[rounds];
            int faster = 0;
            for (int r = 0; r < rounds; r++) {
                Run hw = run(List.of("java", "-cp", hello.toString(), "Hej"), here, work);
                Run now = audit(here, year, work.resolve("efter"), work);
                ratio[r] = now.wall() / hw.wall();
                if (before == null) {
                    System.out.printf(DANISH, "| %d | %.2f | %.2f | %s | %s | %.1f |%n", r + 1, hw.wall(), now.wall(),
                            cpu(now), now.rssMb() < 0 ? "–" : Long.toString(now.rssMb()), ratio[r]);
                    continue;
                }
                Run old = audit(before, year, work.resolve("foer"), work);
                beforeRatio[r] = old.wall() / hw.wall();
                faster += now.wall() < old.wall() ? 1 : 0;
                System.out.printf(DANISH, "| %d | %.2f | %.2f | %s | %.1f | %.2f | %s | %.1f |%n", r + 1, hw.wall(),
                        now.wall(), cpu(now), ratio[r], old.wall(), cpu(old), beforeRatio[r]);
            }
            System.out.printf(DANISH, "%nAudit / hello world i samme runde: median %.1f × (%.1f–%.1f); mål højst %.0f ×: %s%n",
                    median(ratio), min(ratio), max(ratio), TARGET, median(ratio) <= TARGET ? "nået" : "ikke nået");
            if (before != null) {
                System.out.printf(DANISH, "Før: median %.1f × (%.1f–%.1f). Efter hurtigere end før i %d af %d runder.%n",
                        median(beforeRatio), min(beforeRatio), max(beforeRatio), faster, rounds);
                System.out.println("Uddata byte for byte som før: " + (sameTree(work.resolve("efter"), work.resolve("foer"))
                        ? "ja" : "NEJ"));
            }
        } finally {
            ScaleBenchmark.deleteTree(work);
        }
    }

    /** A class that prints one word, compiled into {@code dir}: the JVM's own start and nothing else. */
    private static Path helloWorld(Path dir) throws IOException {
        Path source = dir.resolve("Hej.java");
        Files.writeString(source, "class Hej { public static void main(String[] a) { System.out.println(\"hej\"); } }");
        if (ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", dir.toString(), source.toString()) != 0) {
            throw new IllegalStateException("hello world kunne ikke oversættes");
        }
        return dir;
    }

    private static Run audit(Path checkout, String year, Path out, Path work) throws IOException, InterruptedException {
        boolean windows = System.getProperty("os.name").startsWith("Windows");
        List<String> command = new ArrayList<>(windows ? List.of("cmd", "/c", "praksis.cmd") : List.of("./praksis"));
        command.addAll(List.of("audit", Path.of("sample-cases", year, "undersoegelse.yaml").toString(), "--out",
                out.toString(), "--force", "--stille"));
        return run(command, checkout, work);
    }

    /** Runs the command in {@code dir}, its output discarded; fails on an exit code other than 0. */
    private static Run run(List<String> command, Path dir, Path work) throws IOException, InterruptedException {
        Path measured = work.resolve("tid.txt");
        Files.deleteIfExists(measured);
        List<String> full = new ArrayList<>();
        if (Files.isExecutable(TIME)) {
            full.addAll(List.of(TIME.toString(), "-f", "%U %S %M", "-o", measured.toString()));
        }
        full.addAll(command);
        Path err = work.resolve("fejl.txt");
        ProcessBuilder pb = new ProcessBuilder(full).directory(dir.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile());
        long start = System.nanoTime();
        int exit = pb.start().waitFor();
        double wall = (System.nanoTime() - start) / 1e9;
        if (exit != 0) {
            throw new IllegalStateException(String.join(" ", command) + " i " + dir + " sluttede med kode " + exit
                    + ":\n" + Files.readString(err, StandardCharsets.UTF_8));
        }
        if (!Files.exists(measured)) {
            return new Run(wall, -1, -1);
        }
        String[] f = Files.readString(measured).trim().split("\\s+");
        return new Run(wall, Double.parseDouble(f[0]) + Double.parseDouble(f[1]), Long.parseLong(f[2]) / 1024);
    }

    private static String cpu(Run run) {
        return run.cpu() < 0 ? "–" : String.format(DANISH, "%.2f", run.cpu());
    }

    /** True when both folders hold the same files with the same bytes. */
    private static boolean sameTree(Path a, Path b) throws IOException {
        List<Path> filesA = files(a);
        if (!filesA.equals(files(b))) {
            return false;
        }
        for (Path file : filesA) {
            if (Files.mismatch(a.resolve(file), b.resolve(file)) != -1) {
                return false;
            }
        }
        return true;
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElse(Double.NaN);
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(Double.NaN);
    }
}
