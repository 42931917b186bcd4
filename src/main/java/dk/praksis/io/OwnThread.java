package dk.praksis.io;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * A task that runs beside a command's own thread, on a daemon thread that ends with it: work independent of
 * what the command does meanwhile, on the machine's second core. A run that fails meanwhile may leave it to
 * finish on its own, so such a task only reads.
 */
public final class OwnThread {

    private OwnThread() {
    }

    /** Starts {@code task} on a daemon thread named {@code name}. */
    public static <T> CompletableFuture<T> start(String name, Supplier<T> task) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                result.complete(task.get());
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        }, name);
        t.setDaemon(true);
        t.start();
        return result;
    }

    /**
     * Starts one-time set-up that a later step would otherwise do on first use (loading classes, reading fonts):
     * nothing waits for it, and what it throws is dropped, for the later step meets the same failure and reports it.
     */
    public static void prepare(String name, Runnable setUp) {
        start(name, () -> {
            setUp.run();
            return null;
        });
    }

    /** The task's result; what it threw is rethrown here as it was (a bug, a full heap, a refused file). */
    public static <T> T await(CompletableFuture<T> task) {
        try {
            return task.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
