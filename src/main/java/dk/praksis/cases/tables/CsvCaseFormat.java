package dk.praksis.cases.tables;

import dk.praksis.cases.Case;
import dk.praksis.cases.CaseFormat;
import dk.praksis.cases.KommuneLookup;
import dk.praksis.cases.Place;
import dk.praksis.checklist.Checklist;
import dk.praksis.errors.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads a CSV dataset: the folder holding {@code sager.csv}, with the other tables beside it
 * (perioder.csv, haendelser.csv, one file per course such as arbejdsproevninger.csv,
 * dokumenter.csv; the names with Danish letters are accepted too). Separator, charset and line
 * ends are detected, so files saved by Danish Excel read as they are.
 */
public final class CsvCaseFormat implements CaseFormat {

    /** The file a CSV dataset is named by; the other tables lie beside it. */
    public static final String SAGER_FILE = "sager.csv";

    private final TableLayout layout;
    private final KommuneLookup kommuner;

    public CsvCaseFormat(Checklist checklist, KommuneLookup kommuner) {
        this.layout = TableLayout.of(checklist);
        this.kommuner = kommuner;
    }

    /** A dataset is read through its sager.csv; the other tables come with it. */
    @Override
    public boolean accepts(Path file) {
        return file.getFileName().toString().equalsIgnoreCase(SAGER_FILE);
    }

    @Override
    public void read(Path sagerFile, Consumer<Case> sink, List<Problem> problems) {
        Path dir = sagerFile.toAbsolutePath().getParent();
        String label = Optional.ofNullable(sagerFile.getParent()).map(Path::toString).orElse(".");
        Map<Table, Path> files = files(sagerFile, dir, label, problems);
        CaseAssembler assembler = new CaseAssembler(kommuner, label, SAGER_FILE, problems);
        files.forEach((table, file) -> readTable(table, file, label, assembler, problems));
        assembler.forEachCase(sink);
    }

    /** The dataset's files by table, in layout order; unknown and doubled tables are reported. */
    private Map<Table, Path> files(Path sagerFile, Path dir, String label, List<Problem> problems) {
        Map<Table, Path> found = new LinkedHashMap<>();
        found.put(layout.sager(), sagerFile);
        List<Path> csvs;
        try (Stream<Path> s = Files.list(dir)) {
            csvs = s.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")).sorted()
                    .toList();
        } catch (IOException e) {
            problems.add(new Problem(label, null, "mappen kan ikke læses"));
            return found;
        }
        for (int i = 0; i < csvs.size(); i++) {
            Path p = csvs.get(i);
            String name = p.getFileName().toString();
            Optional<Table> table = layout.tables().stream().filter(t -> t.named(name)).findFirst();
            if (table.isEmpty()) {
                // A file name can be personal data ("Hans Jensen.csv"): the place is its number, the name only a near-miss.
                List<String> known = layout.tables().stream().map(Table::csvFile).toList();
                problems.add(new Problem(label + " (CSV-fil nr. " + (i + 1) + " af " + csvs.size()
                        + " i mappen, efter navn)", null, "ukendt tabel " + Names.quoted(name, known)
                        + "; filerne hedder " + String.join(", ", known)));
            } else if (table.get() != layout.sager()) {
                Path before = found.putIfAbsent(table.get(), p);
                if (before != null) {
                    problems.add(new Problem(label + " " + name, null, "tabellen " + table.get().csvFile()
                            + " findes også som " + before.getFileName() + "; slet den ene"));
                }
            }
        }
        Map<Table, Path> ordered = new LinkedHashMap<>();
        layout.tables().stream().filter(found::containsKey).forEach(t -> ordered.put(t, found.get(t)));
        return ordered;
    }

    private void readTable(Table table, Path file, String label, CaseAssembler assembler, List<Problem> problems) {
        String name = file.getFileName().toString();
        CsvText.Records read = CsvText.read(file);
        if (read.mixedEncodingLine() > 0) {
            problems.add(new Problem(label + " " + name + " linje " + read.mixedEncodingLine(), null,
                    CsvText.MIXED_ENCODING));
            return;
        }
        if (read.failedAt() > 0) {
            problems.add(new Problem(label + " " + name + " række " + read.failedAt(), null,
                    "filen kan ikke læses som CSV (fx et citationstegn uden sin afslutning)"));
            return;
        }
        List<String[]> records = read.rows();
        if (records.isEmpty()) {
            return;
        }
        List<String> headers = Arrays.asList(records.get(0));
        Optional<Map<Integer, Column>> columns = HeaderMapping.map(table, headers,
                i -> name + " række 1, kolonne " + (i + 1), name,
                (where, msg) -> problems.add(new Problem(label + " " + where, null, msg)));
        if (columns.isEmpty()) {
            return;
        }
        for (int r = 1; r < records.size(); r++) {
            String[] record = records.get(r);
            Map<Column, CellValue> cells = new LinkedHashMap<>();
            columns.get().forEach((i, col) -> {
                if (i < record.length && !record[i].isBlank()) {
                    cells.put(col, new CellValue.Text(record[i]));
                }
            });
            if (!cells.isEmpty()) {
                int row = r + 1;
                assembler.add(new TableRow(table, cells, col -> new CellPlace(name, row, col)));
            }
        }
    }

    /** "perioder.csv række 4, kolonne fra": a cell of a table, put into words only for a message. */
    private record CellPlace(String file, int row, Column column) implements Place {
        @Override
        public String text() {
            return file + " række " + row + ", kolonne " + column.header();
        }

        @Override
        public String toString() {
            return text();
        }
    }
}
