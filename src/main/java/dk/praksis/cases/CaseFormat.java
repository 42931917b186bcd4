package dk.praksis.cases;

import dk.praksis.errors.Problem;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * One input format of case extracts. Readers report every problem they find (with file and place)
 * to {@code problems} and hand each case they could build to {@code sink}; checks that need the
 * checklist or other cases happen afterwards, once, for all formats.
 */
public interface CaseFormat {

    /** True when this format reads the given file (by name or extension). */
    boolean accepts(Path file);

    void read(Path file, Consumer<Case> sink, List<Problem> problems);

    /**
     * True when all of a file's reader problems are reported before the checks of its cases, in the order
     * {@code problems} has when {@link #read} returns (a table format: by table and row). False: each case's
     * reader problems come just before the checks of that case.
     */
    default boolean problemsBeforeCases() {
        return false;
    }
}
