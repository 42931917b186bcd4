package dk.praksis.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;

/**
 * Runs one main class in this JVM and, when the JVM ends (also by {@code System.exit} or a kill on
 * time-out), prints one line {@code probe cpu_ms=… heap_peak_mb=… rss_peak_mb=… load=… jit_ms=… gc_ms=…}
 * for {@link ScaleBenchmark}. The CPU time is the whole process's (every thread: JIT compilers and GC
 * included), the figure {@code /usr/bin/time} gives as user + sys. {@code jit_ms} and {@code gc_ms} are the
 * part of it spent by the JIT compiler threads and by the collector's threads still alive at the end (Linux'
 * per-thread counters; a compiler thread the JVM stopped early is not counted, so both are lower bounds, and
 * -1 where /proc is not there). Uses the JDK only, so it can sit behind any praksis jar on the class path,
 * an older one included.
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
        long[] split = threadSplitMs();
        System.err.printf("probe cpu_ms=%d heap_peak_mb=%d rss_peak_mb=%d load=%.2f jit_ms=%d gc_ms=%d%n",
                cpuNanos / 1_000_000, heapPeak >> 20, peakRssKb() >> 10,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), split[0], split[1]);
    }

    /** The CPU time of the JIT compiler threads and of the collector's threads, from /proc/self/task. */
    private static long[] threadSplitMs() {
        long[] ticks = new long[2];
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                String stat = Files.readString(task.resolve("stat"));
                String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                long used = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime + stime
                if (name.contains("CompilerThre")) {
                    ticks[0] += used;
                } else if (name.startsWith("GC Thread") || name.startsWith("G1 ") || name.equals("VM Thread")) {
                    ticks[1] += used; // the VM thread runs the serial and the parallel collectors' pauses
                }
            }
        } catch (IOException | RuntimeException e) {
            return new long[] {-1, -1};
        }
        long tick = 1000 / CLOCK_TICKS_PER_SECOND;
        return new long[] {ticks[0] * tick, ticks[1] * tick};
    }

    /** Linux' USER_HZ, the unit of the per-thread counters: 100 on every platform Java runs on. */
    private static final long CLOCK_TICKS_PER_SECOND = 100;

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
