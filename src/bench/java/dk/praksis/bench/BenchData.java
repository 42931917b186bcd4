package dk.praksis.bench;

import dk.praksis.cases.Case;
import dk.praksis.cases.CourseEntry;
import dk.praksis.cases.tables.CaseWorkbookWriter;
import dk.praksis.checklist.Checklist;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Synthetic populations on disk, written once under target/bench-data and reused by later runs
 * (the files are deterministic), so a benchmark fork's heap holds only what reading needs.
 */
final class BenchData {

    /** Cases per YAML file: a population arrives as several files, as kommuner deliver them. */
    static final int CASES_PER_YAML_FILE = 1000;

    private static final Path ROOT = Path.of("target", "bench-data");
    private static final long SEED = 42;

    private BenchData() {
    }

    /** A folder of canonical YAML files holding the first {@code n} cases. */
    static Path yaml(Checklist checklist, int n) {
        return once(ROOT.resolve("yaml-" + n), tmp -> {
            List<Case> chunk = new ArrayList<>();
            int[] file = {0};
            Fleksjob.cases().stream(SEED).limit(n).forEach(c -> {
                chunk.add(c);
                if (chunk.size() == CASES_PER_YAML_FILE) {
                    CanonicalYaml.write(chunk, tmp.resolve(String.format("sager-%03d.yaml", ++file[0])));
                    chunk.clear();
                }
            });
            if (!chunk.isEmpty()) {
                CanonicalYaml.write(chunk, tmp.resolve(String.format("sager-%03d.yaml", ++file[0])));
            }
        });
    }

    /** A folder with one reviewers' workbook holding the first {@code n} cases. */
    static Path xlsx(Checklist checklist, int n) {
        return once(ROOT.resolve("xlsx-" + n), tmp -> CaseWorkbookWriter.write(checklist,
                Fleksjob.cases().generate(n, SEED).stream().map(BenchData::withoutCourseFlags).toList(),
                tmp.resolve("sager.xlsx")));
    }

    /**
     * The case without its work trials' flags: the shipped fleksjob-2010 asks AP2 of the reviewer and names no
     * flag, and the workbook writer has no column for a flag the checklist does not name.
     */
    private static Case withoutCourseFlags(Case c) {
        Map<String, List<CourseEntry>> courses = new LinkedHashMap<>();
        c.courses().forEach((name, entries) -> courses.put(name, entries.stream()
                .map(e -> new CourseEntry(e.from(), e.to(), e.hoursPerWeek(), e.field(), Map.of())).toList()));
        return new Case(c.id(), c.kommune(), c.caseType(), c.decision(), c.dates(), c.periods(), c.events(), courses,
                c.documents(), c.medicalEvidence(), c.fields(), c.review(), c.secondReview(), c.origin());
    }

    private interface Writer {
        void write(Path folder) throws IOException;
    }

    /** The folder, written first through a temporary folder when it is not there yet. */
    private static Path once(Path folder, Writer writer) {
        if (Files.isDirectory(folder)) {
            return folder;
        }
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
