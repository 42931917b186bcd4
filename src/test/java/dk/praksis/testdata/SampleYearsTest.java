package dk.praksis.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
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
        Map<Path, byte[]> files = SampleYears.files(ROOT);
        GeneratedFiles.writeIfAskedAndCheck(ROOT, files);
        // Every year and every input format the samples promise is generated, not only checked.
        assertThat(files.keySet()).extracting(p -> p.toString().replace('\\', '/')).contains(
                "2009/sager/odense.yaml", "2010/sager/aeroe.json", "2010/sager/svendborg/sager.csv",
                "2011/sager/sager-2011.xlsx");
    }
}
