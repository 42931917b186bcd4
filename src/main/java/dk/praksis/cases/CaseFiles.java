package dk.praksis.cases;

import dk.praksis.checklist.Checklist;
import dk.praksis.errors.InvalidInputException;
import dk.praksis.errors.PersonalDataException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads every case from files and folders (recursively; .yaml/.yml/.json, .xlsx, .csv tables),
 * validates it against the checklist and guards against personal data. Implemented by the cases stage.
 */
public final class CaseFiles {

    private CaseFiles() {
    }

    /**
     * Hands each valid case to {@code sink} as it is read (so memory does not grow with input size).
     * All problems of the whole input are collected; when there are any, nothing more is handed on
     * and the exception at the end lists them all.
     *
     * @throws InvalidInputException  any invalid input (exit 3)
     * @throws PersonalDataException  personal data found and not masked (exit 4)
     */
    public static void read(List<Path> inputs, Checklist checklist, CaseReadOptions options, Consumer<Case> sink) {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
