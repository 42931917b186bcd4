package dk.praksis.audit;

import dk.praksis.report.Concurrently;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes one kind of output of an audit into a folder. The folder is a temporary one beside the
 * final output folder; it is moved into place only when every renderer has succeeded.
 */
public interface OutputRenderer {

    /**
     * @param dir an existing, initially empty folder; write only inside it
     * @throws java.io.UncheckedIOException when writing fails
     */
    void render(AuditOutcome outcome, Path dir);

    /**
     * The renderer's files as independent pieces of work: the run writes the pieces of every renderer on one
     * bounded pool, so the processors stay busy until the last file. By default the whole rendering is one piece.
     */
    default List<Concurrently.Job> jobs(AuditOutcome outcome, Path dir) {
        return List.of(() -> render(outcome, dir));
    }

    /**
     * Called as early as the command can, before anything is read: a renderer may start setting up what every
     * file of it needs (on a thread of its own, reading only), so that it is ready when the files are due.
     */
    default void prepare() {
    }

    /** Whether this renderer reads files the renderers before it wrote; it then runs after all of them. */
    default boolean readsEarlierOutput() {
        return false;
    }
}
