package dk.praksis.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
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
        Map<Path, byte[]> files = IntakeExample.build(scratch).files();
        GeneratedFiles.writeIfAskedAndCheck(Path.of("sample-cases"), files);
        // The whole chain is generated: the draw's list, the dropped cases, the audit file and each kommune's cases.
        assertThat(files.keySet()).extracting(p -> p.toString().replace('\\', '/')).containsExactlyInAnyOrder(
                "udtraek/undersoegelse/udtraek.csv", "udtraek/undersoegelse/bortfald.csv",
                "udtraek/undersoegelse/undersoegelse.yaml", "udtraek/undersoegelse/sager/svendborg.yaml",
                "udtraek/undersoegelse/sager/aeroe.yaml", "udtraek/undersoegelse/sager/vejen.yaml");
    }
}
