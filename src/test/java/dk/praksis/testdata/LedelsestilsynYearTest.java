package dk.praksis.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed sample-cases/udtraek/ledelsestilsyn/2013 files are exactly what {@link LedelsestilsynYear} builds.
 * Regenerate with {@code mvn -o test -Dtest=LedelsestilsynYearTest -Dpraksis.regenerate=true}.
 */
class LedelsestilsynYearTest {

    private static final Path ROOT = Path.of("sample-cases");

    @TempDir
    Path scratch;

    @Test
    void theFilesAreWhatTheGeneratorBuilds() throws IOException {
        LedelsestilsynYear.Year year = LedelsestilsynYear.build(scratch);
        GeneratedFiles.writeIfAskedAndCheck(ROOT, year.files());
        assertThat(year.files().keySet()).extracting(p -> p.toString().replace('\\', '/')).contains(
                "udtraek/ledelsestilsyn/2013/population-2013-01.csv", "udtraek/ledelsestilsyn/2013/udtraek-2013-12.yaml",
                "udtraek/ledelsestilsyn/2013/tilsyn/sager-2013-09.yaml",
                "udtraek/ledelsestilsyn/2013/tilsyn/undersoegelse-2013-09.yaml");
    }
}
