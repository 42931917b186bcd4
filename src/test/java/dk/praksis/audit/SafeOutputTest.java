package dk.praksis.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeOutputTest {

    @TempDir
    Path dir;

    @Test
    void theOutputFolderGetsTheSamePermissionsAsAnyNewFolderSoColleaguesCanReadTheReports() throws IOException {
        assumeTrue(Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null, "POSIX file system");
        Path ordinary = Files.createDirectory(dir.resolve("almindelig"));
        Path out = dir.resolve("ud");
        SafeOutput.write(out, false, fresh -> write(fresh.resolve("samlet.txt")));
        assertThat(Files.getPosixFilePermissions(out)).isEqualTo(Files.getPosixFilePermissions(ordinary));
        assertThat(Files.readString(out.resolve("samlet.txt"))).isEqualTo("rapport");
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("almindelig", "ud");
        }
    }

    private static void write(Path file) {
        try {
            Files.writeString(file, "rapport");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
