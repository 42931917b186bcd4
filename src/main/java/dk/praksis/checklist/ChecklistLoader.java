package dk.praksis.checklist;

import dk.praksis.errors.InvalidInputException;
import java.nio.file.Path;

/** Loads and validates a checklist file. Implemented by the checklist stage. */
public final class ChecklistLoader {

    private ChecklistLoader() {
    }

    /**
     * @throws InvalidInputException listing every problem with file:line:column and item id
     */
    public static Checklist load(Path file) {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
