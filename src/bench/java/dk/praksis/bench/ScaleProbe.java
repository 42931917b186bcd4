package dk.praksis.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Runs one main class in this JVM and, when the JVM ends (also by {@code System.exit} or a kill on
 * time-out), prints one line {@code probe cpu_ms=… heap_peak_mb=… rss_peak_mb=… load=…} for
 * {@link ScaleBenchmark}. The CPU time is the whole process's (every thread: JIT compilers and GC
 * included), the figure {@code /usr/bin/time} gives as user + sys. Uses the JDK only, so it can sit
 * behind any praksis jar on the class path, an older one included.
 */
public final class ScaleProbe {

    private ScaleProbe() {
    }

    public static void main(String[] args) throws Exception {
        Runtime.getRuntime().addShutdownHook(new Thread(ScaleProbe::report));
        Method main = Class.forName(args[0]).getMethod("main", String[].class);
        main.invoke(null, (Object) Arrays.copyOfRange(args, 1, args.length));
    }

    private static void report() {
        long cpuNanos = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
        // The sum of each heap pool's own peak: an upper bound on the heap in use at any one time.
        long heapPeak = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getPeakUsage).mapToLong(u -> u.getUsed()).sum();
        System.err.printf("probe cpu_ms=%d heap_peak_mb=%d rss_peak_mb=%d load=%.2f%n", cpuNanos / 1_000_000,
                heapPeak >> 20, peakRssKb() >> 10, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** The process's peak resident set (Linux's VmHWM), or -1024 where /proc is not there. */
    private static long peakRssKb() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmHWM:"))
                    .map(l -> l.replaceAll("\\D", "")).mapToLong(Long::parseLong).findFirst().orElse(-1024);
        } catch (IOException | RuntimeException e) {
            return -1024;
        }
    }
}
