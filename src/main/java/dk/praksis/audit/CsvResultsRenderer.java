package dk.praksis.audit;

import dk.praksis.results.ResultsCsv;
import java.nio.file.Path;

/** Writes the tidy {@code resultater.csv}. */
public final class CsvResultsRenderer implements OutputRenderer {

    public static final String FILE_NAME = "resultater.csv";

    @Override
    public void render(AuditOutcome outcome, Path dir) {
        ResultsCsv.write(outcome.results(), dir.resolve(FILE_NAME));
    }
}
