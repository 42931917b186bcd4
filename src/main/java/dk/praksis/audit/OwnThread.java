package dk.praksis.audit;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * A task that runs beside the audit's own thread, on a daemon thread that ends with it: work independent of
 * what the audit does meanwhile, on the machine's second core. A run that fails meanwhile may leave it to
 * finish on its own, so such a task only reads.
 */
final class OwnThread {

    private OwnThread() {
    }

    /** Starts {@code task} on a daemon thread named {@code name}. */
    static <T> CompletableFuture<T> start(String name, Supplier<T> task) {
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

    /** The task's result; what it threw is rethrown here as it was (a bug, a full heap, a refused file). */
    static <T> T await(CompletableFuture<T> task) {
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
