package dk.praksis.testdata;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed sample-cases/udtraek/undersoegelse files are exactly what {@link IntakeExample} builds.
 * Regenerate with {@code mvn -o test -Dtest=IntakeExampleTest -Dpraksis.regenerate=true}.
 */
class IntakeExampleTest {

    @TempDir
    Path scratch;

    @Test
    void theFilesAreWhatTheGeneratorBuilds() throws IOException {
        GeneratedFiles.writeIfAskedAndCheck(Path.of("sample-cases"), IntakeExample.build(scratch).files());
    }
}
