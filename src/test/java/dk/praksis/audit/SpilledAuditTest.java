package dk.praksis.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.praksis.cases.CaseReadOptions;
import dk.praksis.scoring.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An audit whose scored cases lie on disk (the case store of a large run) writes the same bytes as one that keeps
 * them in memory, and leaves no file of them behind, also when it fails or runs out of memory.
 */
class SpilledAuditTest {

    @TempDir
    Path dir;

    private List<Path> spillFiles() throws IOException {
        try (Stream<Path> s = Files.list(dir.resolve("spill"))) {
            return s.toList();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2011", "2014"})
    void everyOutputHasTheSameBytesWithTheCasesOnDisk(String year) throws IOException {
        Files.createDirectories(dir.resolve("spill"));
        List<Integer> filesWhileWriting = new ArrayList<>();
        OutputRenderer look = (outcome, out) -> {
            try {
                filesWhileWriting.add(spillFiles().size());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
        AuditSpec spec = AuditFileLoader.load(Path.of("sample-cases", year, "undersoegelse.yaml"));
        List<OutputRenderer> renderers = new ArrayList<>(AuditRun.allRenderers());
        renderers.add(look);
        AuditRun.standard(renderers).run(spec.override(null, List.of(), dir.resolve("memory"), null, null),
                CaseReadOptions.DEFAULT, false);
        AuditRun.standard(renderers).withCaseStore(0, dir.resolve("spill"))
                .run(spec.override(null, List.of(), dir.resolve("disk"), null, null), CaseReadOptions.DEFAULT, false);
        assertThat(filesWhileWriting).containsExactly(0, 1); // in memory no file; on disk one while writing
        assertThat(spillFiles()).isEmpty();
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir.resolve("memory"))) {
            files = s.filter(Files::isRegularFile).map(dir.resolve("memory")::relativize).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(10);
        for (Path f : files) {
            assertThat(Files.readAllBytes(dir.resolve("disk").resolve(f))).as(f.toString())
                    .isEqualTo(Files.readAllBytes(dir.resolve("memory").resolve(f)));
        }
        try (Stream<Path> s = Files.walk(dir.resolve("disk"))) {
            assertThat(s.filter(Files::isRegularFile).count()).isEqualTo(files.size());
        }
    }

    private AuditRun failingWith(Error or, RuntimeException e) {
        OutputRenderer failing = (outcome, out) -> {
            assertThat(outcome.cases()).hasSize(3); // read from the file
            if (or != null) {
                throw or;
            }
            throw e;
        };
        return new AuditRun(p -> Fixtures.checklist(), (inputs, checklist, options, sink) -> {
            AuditRunTest.CASES.forEach(sink);
            return 0;
        }, List.of(new JsonResultsRenderer(), failing)).withCaseStore(0, dir.resolve("spill"));
    }

    private AuditSpec spec() {
        return new AuditRunTest().spec(dir.resolve("ud"));
    }

    @Test
    void aFailedRunLeavesNoFileOfItsCases() throws IOException {
        Files.createDirectories(dir.resolve("spill"));
        assertThatThrownBy(() -> failingWith(null, new IllegalStateException("renderer")).run(spec(),
                CaseReadOptions.DEFAULT, false)).hasMessage("renderer");
        assertThat(spillFiles()).isEmpty();
        assertThat(dir.resolve("ud")).doesNotExist();
    }

    @Test
    void aRunOutOfMemoryLeavesNoFileOfItsCases() throws IOException {
        Files.createDirectories(dir.resolve("spill"));
        assertThatThrownBy(() -> failingWith(new OutOfMemoryError("Java heap space"), null).run(spec(),
                CaseReadOptions.DEFAULT, false)).isInstanceOf(OutOfMemoryError.class); // exit 7 in Main
        assertThat(spillFiles()).isEmpty();
        assertThat(dir.resolve("ud")).doesNotExist();
    }
}
