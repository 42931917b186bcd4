package dk.praksis.bench;

import dk.praksis.cases.KommuneRegister;
import dk.praksis.checklist.Checklist;
import dk.praksis.testdata.ScalePopulation;
import dk.praksis.testdata.ScalePopulation.Format;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/**
 * Synthetic populations on disk, written once under target/bench-data and reused by later runs
 * (the files are deterministic), so a benchmark fork's heap holds only what reading needs. Written a
 * chunk at a time ({@link ScalePopulation}): a million cases never sit in memory.
 */
final class BenchData {

    private static final Path ROOT = Path.of("target", "bench-data");
    private static final long SEED = 42;

    private BenchData() {
    }

    /** The first {@code n} cases in the format, in the 22 kommuner of the synthetic generator. */
    static Path of(Format format, Checklist checklist, int n) {
        return once(ROOT.resolve(format.name().toLowerCase(Locale.ROOT) + "-" + n),
                tmp -> ScalePopulation.write(format, checklist, Fleksjob.cases().stream(SEED).limit(n), tmp));
    }

    /** The first {@code n} cases spread evenly over the 98 kommuner of the register, as canonical YAML. */
    static Path nationwide(Checklist checklist, int n) {
        return once(ROOT.resolve("kommuner-" + n), tmp -> ScalePopulation.write(Format.YAML, checklist,
                ScalePopulation.spread(Fleksjob.cases().stream(SEED).limit(n), KommuneRegister.standard().all()),
                tmp));
    }

    private interface Writer {
        void write(Path folder) throws IOException;
    }

    /** The folder, written first through a temporary folder when it is not there yet. */
    private static Path once(Path folder, Writer writer) {
        if (Files.isDirectory(folder)) {
            return folder;
        }
        System.err.println("skriver " + folder + " (første gang) ...");
        try {
            Files.createDirectories(ROOT);
            Path tmp = Files.createTempDirectory(ROOT, folder.getFileName() + ".");
            writer.write(tmp);
            Files.move(tmp, folder, StandardCopyOption.ATOMIC_MOVE);
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
