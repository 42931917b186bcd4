package dk.praksis.audit;

import dk.praksis.results.ResultsJson;
import java.nio.file.Path;

/** Writes {@code resultater.json}. */
public final class JsonResultsRenderer implements OutputRenderer {

    public static final String FILE_NAME = ResultsJson.FILE_NAME;

    @Override
    public void render(AuditOutcome outcome, Path dir) {
        ResultsJson.write(outcome.results(), dir.resolve(FILE_NAME));
    }
}
