package dk.praksis.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
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
        if (Boolean.getBoolean("praksis.regenerate")) {
            for (Map.Entry<Path, byte[]> f : files.entrySet()) {
                Path target = ROOT.resolve(f.getKey());
                Files.createDirectories(target.getParent());
                Files.write(target, f.getValue());
            }
        }
        for (Map.Entry<Path, byte[]> f : files.entrySet()) {
            Path file = ROOT.resolve(f.getKey());
            assertThat(file).as("run the generator: %s is missing", file).exists();
            assertThat(Files.readAllBytes(file)).as("%s is not what the generator builds; regenerate", file)
                    .isEqualTo(f.getValue());
        }
    }
}
