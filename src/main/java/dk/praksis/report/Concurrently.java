package dk.praksis.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Writes independent reports (every PDF, workbook and results file of an audit) on a pool bounded by the processors. Each report is a
 * pure function of the report model and goes to its own file, so the bytes do not depend on the order
 * the threads finish in. A failure is rethrown as the first failing report in list order, after every
 * task has ended: nothing keeps writing once the caller has moved on.
 */
public final class Concurrently {

    /** One report's work. */
    @FunctionalInterface
    public interface Task<T> {
        void run(T item) throws IOException;
    }

    /** Writing one report or file, independent of every other. */
    @FunctionalInterface
    public interface Job {
        void run() throws IOException;
    }

    private Concurrently() {
    }

    /**
     * Runs the jobs on the bounded pool, in list order as threads come free.
     *
     * @throws IOException when a job threw one
     */
    public static void run(List<Job> jobs) throws IOException {
        forEach(jobs, Job::run);
    }

    /**
     * @throws IOException when a task threw one
     */
    public static <T> void forEach(List<T> items, Task<T> task) throws IOException {
        int threads = Math.min(items.size(), Runtime.getRuntime().availableProcessors());
        if (threads <= 1) {
            for (T item : items) {
                task.run(item);
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "praksis-rapport");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (T item : items) {
                futures.add(pool.submit(() -> {
                    task.run(item);
                    return null;
                }));
            }
            Throwable first = null;
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    first = first == null ? e.getCause() : first;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    first = first == null ? e : first;
                }
            }
            rethrow(first);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void rethrow(Throwable t) throws IOException {
        if (t == null) {
            return;
        }
        if (t instanceof IOException io) {
            throw io;
        }
        if (t instanceof RuntimeException re) {
            throw re;
        }
        if (t instanceof Error err) {
            throw err;
        }
        throw new UncheckedIOException(new IOException("en rapport kunne ikke skrives", t));
    }
}
