package dk.praksis.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dk.praksis.errors.OutputExistsException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.function.Consumer;
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
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("samlet.txt", ".praksis-manifest.json");
        }
    }

    @Test
    void forceNeverDeletesAFolderWithTheUsersOwnFiles() throws IOException {
        Path cases = Files.createDirectory(dir.resolve("sager"));
        Files.writeString(cases.resolve("odense.yaml"), "sager: []");
        assertThatThrownBy(() -> SafeOutput.write(cases, true, fresh -> write(fresh.resolve("samlet.txt"))))
                .isInstanceOf(OutputExistsException.class)
                .hasMessageStartingWith(cases + ": findes og har ingen .praksis-manifest.json")
                .hasMessageContaining("Vælg en anden mappe med --out");
        assertThat(Files.readString(cases.resolve("odense.yaml"))).isEqualTo("sager: []");
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("sager");
        }
    }

    @Test
    void forceNeverReplacesAFile() throws IOException {
        Path workbook = Files.writeString(dir.resolve("sager.xlsx"), "bedømmernes arbejde");
        assertThatThrownBy(() -> SafeOutput.checkWritable(workbook, true))
                .isInstanceOf(OutputExistsException.class).hasMessageContaining("er ikke en mappe");
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
                    "skabelon.xlsx", ".praksis-filer.json");
        }
    }

    @Test
    void forceNeverDeletesANoteTheUserAddedInsideAnEarlierOutput() throws IOException {
        Path out = dir.resolve("ud");
        SafeOutput.write(out, false, fresh -> writeReports(fresh));
        Path note = Files.writeString(out.resolve("kommuner/mine-noter.docx"), "mine noter");
        assertThatThrownBy(() -> SafeOutput.write(out, true, fresh -> writeReports(fresh)))
                .isInstanceOf(OutputExistsException.class)
                .hasMessageStartingWith(out + ": kommuner/mine-noter.docx er ikke skrevet af praksis; --force sletter kun");
        assertThat(Files.readString(note)).isEqualTo("mine noter");
        assertThatThrownBy(() -> SafeOutput.checkWritable(out, true)).isInstanceOf(OutputExistsException.class);
    }

    @Test
    void forceNeverDeletesAResultsFileTheUserEdited() throws IOException {
        Path out = dir.resolve("ud");
        SafeOutput.write(out, false, fresh -> writeReports(fresh));
        Files.writeString(out.resolve("resultater.csv"), "mine rettelser");
        assertThatThrownBy(() -> SafeOutput.write(out, true, fresh -> writeReports(fresh)))
                .isInstanceOf(OutputExistsException.class)
                .hasMessageStartingWith(out + ": resultater.csv er ændret, siden praksis skrev den");
        assertThat(Files.readString(out.resolve("resultater.csv"))).isEqualTo("mine rettelser");
    }

    @Test
    void aFileEditedDuringTheRunIsFoundByTheCheckBeforeTheReplacingEvenThoughItWasVerifiedBefore() throws IOException {
        Path out = dir.resolve("ud");
        SafeOutput.write(out, false, fresh -> writeReports(fresh));
        VerifiedOutput checked = SafeOutput.checkWritable(out, true);
        Path csv = out.resolve("resultater.csv");
        Files.writeString(csv, "RAPPORT"); // same size, new bytes, written after the check
        Files.setLastModifiedTime(csv, FileTime.from(Files.getLastModifiedTime(csv).toInstant().plusSeconds(1)));
        assertThatThrownBy(() -> SafeOutput.write(out, true, checked, fresh -> writeReports(fresh)))
                .isInstanceOf(OutputExistsException.class)
                .hasMessageStartingWith(out + ": resultater.csv er ændret, siden praksis skrev den");
        assertThat(Files.readString(csv)).isEqualTo("RAPPORT");
    }

    @Test
    void aRunOverAVerifiedFolderWritesTheManifestAFreshHashingWould() throws IOException {
        Path out = dir.resolve("ud");
        Path fresh = dir.resolve("frisk");
        SafeOutput.write(out, false, f -> writeReports(f));
        // the same bytes in one file (its verified hash is taken), other bytes in the other (hashed anew)
        Consumer<Path> next = f -> {
            writeReports(f);
            try {
                Files.writeString(f.resolve("resultater.csv"), "ny rapport");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
        SafeOutput.write(out, true, SafeOutput.checkWritable(out, true), next);
        SafeOutput.write(fresh, false, next);
        assertThat(Files.readString(out.resolve(".praksis-manifest.json")))
                .isEqualTo(Files.readString(fresh.resolve(".praksis-manifest.json")))
                .contains(OutputManifest.sha256("ny rapport".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(SafeOutput.checkWritable(out, true)).isNotSameAs(VerifiedOutput.NONE);
    }

    @Test
    void forceNeverDeletesAFileWithTheNameOfAnOutputFileInAFolderPraksisDidNotWrite() throws IOException {
        Path out = Files.createDirectories(dir.resolve("ud/kommuner"));
        Files.writeString(out.resolve("../resultater.csv"), "brugerens egen");
        assertThatThrownBy(() -> SafeOutput.write(dir.resolve("ud"), true, fresh -> writeReports(fresh)))
                .isInstanceOf(OutputExistsException.class).hasMessageContaining("har ingen .praksis-manifest.json");
        assertThat(Files.readString(dir.resolve("ud/resultater.csv"))).isEqualTo("brugerens egen");
    }

    @Test
    void theManifestListsEveryFileWithItsHashInTheSameBytesEachTime() throws IOException {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        SafeOutput.write(a, false, fresh -> writeReports(fresh));
        SafeOutput.write(b, false, fresh -> writeReports(fresh));
        String manifest = Files.readString(a.resolve(".praksis-manifest.json"));
        assertThat(Files.readAllBytes(b.resolve(".praksis-manifest.json")))
                .isEqualTo(Files.readAllBytes(a.resolve(".praksis-manifest.json")));
        assertThat(manifest).contains("\"kommuner/odense.pdf\"").contains("\"resultater.csv\"").contains("\"format\" : \"praksis-manifest/1\"");
        assertThat(manifest.indexOf("kommuner/odense.pdf")).isLessThan(manifest.indexOf("resultater.csv"));
        assertThat(manifest).contains(OutputManifest.sha256("rapport".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void forceOverwritesOnlyASingleFilePraksisWroteAndNobodyChanged() throws IOException {
        Path theirs = Files.writeString(dir.resolve("notat.pdf"), "brugerens notat");
        assertThatThrownBy(() -> SafeOutput.writeFile(theirs, true, "--pdf", new byte[] {1}))
                .isInstanceOf(OutputExistsException.class)
                .hasMessageContaining("er ikke skrevet af praksis").hasMessageContaining("--pdf");
        assertThat(Files.readString(theirs)).isEqualTo("brugerens notat");

        Path template = dir.resolve("skabelon.xlsx");
        SafeOutput.writeFile(template, false, "--out", new byte[] {1});
        SafeOutput.writeFile(template, true, "--out", new byte[] {2});
        assertThat(Files.readAllBytes(template)).containsExactly(2);
        Files.write(template, new byte[] {2, 3}); // the reviewers filled it in
        assertThatThrownBy(() -> SafeOutput.writeFile(template, true, "--out", new byte[] {4}))
                .isInstanceOf(OutputExistsException.class).hasMessageContaining("ændret");
        assertThat(Files.readAllBytes(template)).containsExactly(2, 3);
    }

    @Test
    void aRunKilledMidWayLeavesNothingTheNextRunDoesNotCleanButARunningProcessKeepsItsFolder() throws IOException {
        long dead = deadPid();
        Path stale = Files.createDirectories(dir.resolve(".ud.ny-" + dead + "-1/kommuner"));
        Files.writeString(stale.resolve("x.pdf"), "halv");
        Path staleFile = Files.writeString(dir.resolve(".ud.ny-" + dead + "-2"), "halv");
        long alive = ProcessHandle.current().parent().map(ProcessHandle::pid).orElseThrow();
        Path running = Files.createDirectories(dir.resolve(".ud.ny-" + alive + "-1"));
        Path other = Files.createDirectories(dir.resolve(".andet.ny-" + dead + "-1"));
        SafeOutput.write(dir.resolve("ud"), false, fresh -> writeReports(fresh));
        assertThat(dir.resolve(".ud.ny-" + dead + "-1")).doesNotExist();
        assertThat(staleFile).doesNotExist();
        assertThat(running).isDirectory();
        assertThat(other).isDirectory();
    }

    @Test
    void anOldOutputLeftAsideByAKilledRunIsPutBackWhenTheOutputIsMissing() throws IOException {
        Path out = dir.resolve("ud");
        SafeOutput.write(out, false, fresh -> writeReports(fresh));
        Path aside = dir.resolve(".ud.gammel-" + deadPid() + "-1");
        Files.move(out, aside);
        SafeOutput.cleanStale(dir, "ud");
        assertThat(aside).doesNotExist();
        assertThat(Files.readString(out.resolve("resultater.csv"))).isEqualTo("rapport");
    }

    @Test
    void theRootFolderIsNoOutput() {
        Path root = dir.getRoot();
        assertThatThrownBy(() -> SafeOutput.write(root, true, fresh -> writeReports(fresh)))
                .isInstanceOf(dk.praksis.errors.UsageException.class).hasMessageContaining("er rodmappen");
        assertThatThrownBy(() -> SafeOutput.writeFile(root, true, "--pdf", new byte[] {1}))
                .isInstanceOf(dk.praksis.errors.UsageException.class).hasMessageContaining("--pdf");
    }

    @Test
    void aFullDiskIsReportedAsSuchAndLeavesNothingBehind() throws IOException {
        Path out = dir.resolve("ud");
        assertThatThrownBy(() -> SafeOutput.write(out, false, fresh -> {
            throw new java.io.UncheckedIOException(new java.nio.file.FileSystemException(
                    fresh.resolve("samlet.pdf").toString(), null, "No space left on device"));
        })).isInstanceOf(dk.praksis.errors.OutputFailedException.class)
                .hasMessage(out + ": kan ikke skrives, for disken er fuld (eller din kvote er brugt op); intet er skrevet"
                        + " eller ændret. Ret det, eller vælg et andet sted med --out")
                .satisfies(e -> assertThat(((dk.praksis.errors.PraksisException) e).exitCode().code()).isEqualTo(6));
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).isEmpty();
        }
    }

    /** A process id that no running process has. */
    private static long deadPid() {
        for (long pid = 4_000_000; ; pid--) {
            if (ProcessHandle.of(pid).isEmpty()) {
                return pid;
            }
        }
    }

    private static void writeReports(Path fresh) {
        try {
            Files.createDirectories(fresh.resolve("kommuner"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        write(fresh.resolve("kommuner/odense.pdf"));
        write(fresh.resolve("resultater.csv"));
    }

    private static void write(Path file) {
        try {
            Files.writeString(file, "rapport");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
