package dk.praksis.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dk.praksis.audit.AuditFileLoader;
import dk.praksis.cases.CaseReadOptions;
import dk.praksis.cases.files.CaseFiles;
import dk.praksis.checklist.Checklist;
import dk.praksis.checklist.ChecklistLoader;
import dk.praksis.compare.AuditYears;
import dk.praksis.compare.Comparer;
import dk.praksis.compare.ItemMapping;
import dk.praksis.errors.InvalidInputException;
import dk.praksis.errors.PersonalDataException;
import dk.praksis.errors.PraksisException;
import dk.praksis.results.ResultsJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One fuzz target per reader (docs/fuzzing.md). Whatever the bytes, a reader either reads them or
 * stops with the project's own located error (exit 3 or 4, each line naming the file); any other
 * exception or error is a finding. {@code mvn verify} replays the seed corpus and earlier findings
 * under src/test/resources/dk/praksis/fuzz/ReaderFuzzTestInputs/ (regression mode, no fuzzing);
 * {@code JAZZER_FUZZ=1} fuzzes one target for its maxDuration.
 */
class ReaderFuzzTest {

    private static final Checklist CHECKLIST = ChecklistLoader.load(Path.of("checklists/fleksjob-2010.yaml"));
    /** A valid results file: compare needs two years, the fuzzed one and this. */
    private static final Path GOOD_RESULTS = resource("resultater-2010.json");
    private static final Path DIR = tempDir();

    @FuzzTest(maxDuration = "10m")
    void yamlCases(byte[] data) {
        cases("sager.yaml", data);
    }

    @FuzzTest(maxDuration = "10m")
    void jsonCases(byte[] data) {
        cases("sager.json", data);
    }

    @FuzzTest(maxDuration = "10m")
    void csvCases(byte[] data) {
        cases("sager.csv", data);
    }

    @FuzzTest(maxDuration = "10m")
    void xlsxCases(byte[] data) {
        cases("sager.xlsx", data);
    }

    @FuzzTest(maxDuration = "10m")
    void checklist(byte[] data) {
        Path file = write("maaleskema.yaml", data);
        located(file, () -> ChecklistLoader.load(file));
    }

    @FuzzTest(maxDuration = "10m")
    void auditFile(byte[] data) {
        Path file = write("undersoegelse.yaml", data);
        located(file, () -> AuditFileLoader.load(file));
    }

    @FuzzTest(maxDuration = "10m")
    void resultsForCompare(byte[] data) {
        Path file = write("resultater.json", data);
        located(file, () -> Comparer.compare(AuditYears.read(List.of(GOOD_RESULTS, file)), ItemMapping.none()));
    }

    private static void cases(String name, byte[] data) {
        Path file = write(name, data);
        located(file, () -> CaseFiles.read(List.of(file), CHECKLIST, CaseReadOptions.DEFAULT, c -> { }));
    }

    /** Runs the reader; its own errors must name the fuzzed file (or its folder) on every line; anything else fails. */
    private static void located(Path file, Runnable reader) {
        try {
            reader.run();
        } catch (InvalidInputException | PersonalDataException e) {
            assertThat(e.lines()).isNotEmpty().allSatisfy(line -> assertThat(line).startsWith(DIR.toString()));
        } catch (PraksisException e) {
            throw new AssertionError("unexpected exit code " + e.exitCode() + " for a file", e);
        }
    }

    private static Path write(String name, byte[] data) {
        try {
            return Files.write(DIR.resolve(name), data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path resource(String name) {
        return Path.of("src/test/resources/dk/praksis/fuzz").resolve(name);
    }

    private static Path tempDir() {
        try {
            Path dir = Files.createTempDirectory("praksis-fuzz");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
