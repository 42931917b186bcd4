package dk.praksis.testdata;

import dk.praksis.cases.Case;
import dk.praksis.cases.Kommune;
import dk.praksis.cases.tables.CaseWorkbookWriter;
import dk.praksis.cases.tables.DanishExcelCsv;
import dk.praksis.checklist.Checklist;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Writes a synthetic population of any size to a folder in one of the input formats, a chunk at a time, so
 * a million cases never need to be in memory at once: canonical YAML in files of
 * {@value #CASES_PER_YAML_FILE} cases, reviewers' workbooks and Danish-Excel CSV datasets (a folder with
 * sager.csv and its tables) of {@value #CASES_PER_TABLE_FILE} cases each, as kommuner deliver them.
 */
public final class ScalePopulation {

    /** Cases per YAML file. */
    public static final int CASES_PER_YAML_FILE = 1000;
    /** Cases per workbook or CSV dataset: a sheet's rows per case times this stays far below 1,048,576. */
    public static final int CASES_PER_TABLE_FILE = 10_000;

    /** The input formats the population can be written in. */
    public enum Format {
        YAML, CSV, XLSX;

        public static Format of(String name) {
            return valueOf(name.toUpperCase(Locale.ROOT));
        }

        /** The cases per file (or CSV dataset) the benchmarks use. */
        public int casesPerFile() {
            return this == YAML ? CASES_PER_YAML_FILE : CASES_PER_TABLE_FILE;
        }
    }

    private ScalePopulation() {
    }

    /**
     * Writes the cases to {@code folder} (which must exist) in chunks and returns how many were written.
     * Course flags the checklist does not name are left out for the table formats, which have no column for them.
     */
    public static int write(Format format, Checklist checklist, Stream<Case> cases, Path folder) {
        return write(format, checklist, cases, folder, format.casesPerFile());
    }

    /** As {@link #write(Format, Checklist, Stream, Path)} with files of {@code casesPerFile} cases. */
    public static int write(Format format, Checklist checklist, Stream<Case> cases, Path folder, int casesPerFile) {
        List<Case> chunk = new ArrayList<>();
        int written = 0;
        int part = 0;
        for (Iterator<Case> it = cases.iterator(); it.hasNext(); ) {
            chunk.add(it.next());
            if (chunk.size() == casesPerFile || !it.hasNext()) {
                writeChunk(format, checklist, chunk, folder, ++part);
                written += chunk.size();
                chunk.clear();
            }
        }
        return written;
    }

    /** The cases spread evenly over the kommuner, case i to kommune i modulo their number, so each has its share. */
    public static Stream<Case> spread(Stream<Case> cases, List<Kommune> kommuner) {
        int[] next = {0};
        return cases.map(c -> withKommune(c, kommuner.get(next[0]++ % kommuner.size())));
    }

    private static Case withKommune(Case c, Kommune k) {
        return new Case(c.id(), k, c.caseType(), c.decision(), c.dates(), c.periods(), c.events(), c.courses(),
                c.documents(), c.medicalEvidence(), c.fields(), c.review(), c.secondReview(), c.origin());
    }

    private static void writeChunk(Format format, Checklist checklist, List<Case> chunk, Path folder, int part) {
        try {
            switch (format) {
                case YAML -> CanonicalYaml.write(chunk, folder.resolve(String.format("sager-%03d.yaml", part)));
                case XLSX -> CaseWorkbookWriter.write(checklist, tabular(chunk, checklist),
                        folder.resolve(String.format("sager-%03d.xlsx", part)));
                case CSV -> {
                    Path dataset = Files.createDirectories(folder.resolve(String.format("del-%03d", part)));
                    for (var table : DanishExcelCsv.tables(checklist, tabular(chunk, checklist)).entrySet()) {
                        Files.write(dataset.resolve(table.getKey()), table.getValue());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Case> tabular(List<Case> chunk, Checklist checklist) {
        return chunk.stream().map(c -> SampleYears.tabular(c, checklist)).toList();
    }
}
