package dk.praksis.testdata;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The committed sample years are exactly what {@link SampleYears} builds from them and the
 * checklists. With {@code -Dpraksis.regenerate=true} the test writes the files instead:
 * {@code mvn -o test -Dtest=SampleYearsTest -Dpraksis.regenerate=true}.
 */
class SampleYearsTest {

    private static final Path ROOT = Path.of("sample-cases");

    @Test
    void theSampleFilesAreWhatTheGeneratorBuilds() throws IOException {
        GeneratedFiles.writeIfAskedAndCheck(ROOT, SampleYears.files(ROOT));
    }
}
