package dk.praksis.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The check behind the generated sample files: with {@code -Dpraksis.regenerate=true} the files are
 * written first; either way each committed file must be exactly what its generator builds.
 */
final class GeneratedFiles {

    private GeneratedFiles() {
    }

    static void writeIfAskedAndCheck(Path root, Map<Path, byte[]> files) throws IOException {
        if (Boolean.getBoolean("praksis.regenerate")) {
            for (Map.Entry<Path, byte[]> f : files.entrySet()) {
                Path target = root.resolve(f.getKey());
                Files.createDirectories(target.getParent());
                Files.write(target, f.getValue());
            }
        }
        for (Map.Entry<Path, byte[]> f : files.entrySet()) {
            Path file = root.resolve(f.getKey());
            assertThat(file).as("run the generator: %s is missing", file).exists();
            assertThat(Files.readAllBytes(file)).as("%s is not what the generator builds; regenerate", file)
                    .isEqualTo(f.getValue());
        }
    }
}
