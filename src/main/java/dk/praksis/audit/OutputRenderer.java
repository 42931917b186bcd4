package dk.praksis.audit;

import java.nio.file.Path;

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
}
