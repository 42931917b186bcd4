package dk.praksis.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dk.praksis.errors.OutputExistsException;
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

    @Test
    void forceReplacesAnEarlierOutputFolder() throws IOException {
        Path out = dir.resolve("ud");
        SafeOutput.write(out, false, fresh -> write(fresh.resolve("samlet.txt")));
        Files.writeString(out.resolve("Thumbs.db"), "");
        SafeOutput.write(out, true, fresh -> write(fresh.resolve("samlet.txt")));
        try (Stream<Path> left = Files.list(out)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("samlet.txt");
        }
    }

    @Test
    void forceNeverDeletesAFolderWithTheUsersOwnFiles() throws IOException {
        Path cases = Files.createDirectory(dir.resolve("sager"));
        Files.writeString(cases.resolve("odense.yaml"), "sager: []");
        assertThatThrownBy(() -> SafeOutput.write(cases, true, fresh -> write(fresh.resolve("samlet.txt"))))
                .isInstanceOf(OutputExistsException.class)
                .hasMessage(cases.toAbsolutePath() + ": findes og er ikke en tidligere outputmappe fra praksis; --force "
                        + "erstatter kun en mappe med praksis' egne filer, så vælg en anden mappe med --out");
        assertThat(Files.readString(cases.resolve("odense.yaml"))).isEqualTo("sager: []");
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("sager");
        }
    }

    @Test
    void forceNeverReplacesAFile() throws IOException {
        Path workbook = Files.writeString(dir.resolve("sager.xlsx"), "bedømmernes arbejde");
        assertThatThrownBy(() -> SafeOutput.checkWritable(workbook, true))
                .isInstanceOf(OutputExistsException.class).hasMessageContaining("--force erstatter kun");
        assertThat(Files.readString(workbook)).isEqualTo("bedømmernes arbejde");
    }

    @Test
    void aSingleFileIsWrittenWholeWithNormalPermissionsAndReplacedOnlyWithForce() throws IOException {
        assumeTrue(Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null, "POSIX file system");
        Path ordinary = Files.createFile(dir.resolve("almindelig.txt"));
        Path target = dir.resolve("skabelon.xlsx");
        SafeOutput.writeFile(target, false, "--out", new byte[] {1, 2, 3});
        assertThat(Files.readAllBytes(target)).containsExactly(1, 2, 3);
        assertThat(Files.getPosixFilePermissions(target)).isEqualTo(Files.getPosixFilePermissions(ordinary));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SafeOutput.writeFile(target, false, "--out", new byte[] {9}))
                .isInstanceOf(dk.praksis.errors.OutputExistsException.class).hasMessageContaining("--force");
        assertThat(Files.readAllBytes(target)).containsExactly(1, 2, 3);
        SafeOutput.writeFile(target, true, "--out", new byte[] {9});
        assertThat(Files.readAllBytes(target)).containsExactly(9);
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("almindelig.txt",
                    "skabelon.xlsx");
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
