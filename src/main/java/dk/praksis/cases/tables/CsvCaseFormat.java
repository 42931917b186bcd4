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
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

    private static final int[] NO_ROWS = new int[0];

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

    /**
     * Reads every table first (a table that is not valid CSV adds no rows at all), then hands on one case at a
     * time: its Sager row with the rows of every other table that carry its id, found through an index of row
     * numbers, so no case is held as a draft while others are read. The problems are put back in the order of
     * the tables and their rows ({@link #problemsBeforeCases()}).
     */
    @Override
    public void read(Path sagerFile, Consumer<Case> sink, List<Problem> problems) {
        Path dir = sagerFile.toAbsolutePath().getParent();
        String label = Optional.ofNullable(sagerFile.getParent()).map(Path::toString).orElse(".");
        RowOrderedProblems ordered = new RowOrderedProblems(problems);
        Map<Table, Path> files = files(sagerFile, dir, label, ordered::add);
        CaseAssembler assembler = new CaseAssembler(kommuner, label, SAGER_FILE, ordered::add);
        List<CsvTable> tables = new ArrayList<>();
        files.forEach((table, file) -> {
            ordered.at(tables.size(), 0);
            tables.add(CsvTable.read(table, file, label, ordered::add));
        });
        CsvTable sager = tables.get(0);
        Set<String> ids = sager.ids();
        List<Map<String, int[]>> rowsById = new ArrayList<>();
        for (int t = 1; t < tables.size(); t++) {
            rowsById.add(index(tables.get(t), t, ids, assembler, ordered));
        }
        Set<String> started = new HashSet<>();
        for (int r = 1; r < sager.size(); r++) {
            TableRow row = sager.row(r);
            if (row == null) {
                continue;
            }
            ordered.at(0, r + 1);
            String id = assembler.id(row);
            if (id == null) {
                continue;
            }
            CaseAssembler.Draft d = assembler.start(row, id);
            // The other tables' rows belong to the first case with the id; a doubled id is reported by the checks.
            if (started.add(id)) {
                for (int t = 1; t < tables.size(); t++) {
                    for (int other : rowsById.get(t - 1).getOrDefault(id, NO_ROWS)) {
                        ordered.at(t, other + 1);
                        assembler.attach(d, tables.get(t).row(other), id);
                    }
                }
            }
            sink.accept(assembler.build(d));
        }
        ordered.finish();
    }

    /** The problems of a dataset come table by table and row by row, before the checks of its cases. */
    @Override
    public boolean problemsBeforeCases() {
        return true;
    }

    /**
     * The record numbers of a table's rows by case id, in file order. A row without an id or with an id no
     * Sager row has is reported here, at its place among the table's rows.
     */
    private static Map<String, int[]> index(CsvTable table, int t, Set<String> ids, CaseAssembler assembler,
            RowOrderedProblems ordered) {
        Map<String, int[]> byId = new HashMap<>();
        for (int r = 1; r < table.size(); r++) {
            String id = table.id(r);
            if (id == null) {
                continue; // a blank row
            }
            if (id.isEmpty() || !ids.contains(id)) {
                ordered.at(t, r + 1);
                TableRow row = table.row(r);
                if (assembler.id(row) != null) { // else reported as a row without an id
                    assembler.attach(null, row, id); // reported: no such case
                }
                continue;
            }
            int[] rows = byId.getOrDefault(id, NO_ROWS);
            int[] more = Arrays.copyOf(rows, rows.length + 1);
            more[rows.length] = r;
            byId.put(id, more);
        }
        return byId;
    }

    /** The dataset's files by table, in layout order; unknown and doubled tables are reported. */
    private Map<Table, Path> files(Path sagerFile, Path dir, String label, Consumer<Problem> problems) {
        Map<Table, Path> found = new LinkedHashMap<>();
        found.put(layout.sager(), sagerFile);
        List<Path> csvs;
        try (Stream<Path> s = Files.list(dir)) {
            csvs = s.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")).sorted()
                    .toList();
        } catch (IOException e) {
            problems.accept(new Problem(label, null, "mappen kan ikke læses"));
            return found;
        }
        for (int i = 0; i < csvs.size(); i++) {
            Path p = csvs.get(i);
            String name = p.getFileName().toString();
            Optional<Table> table = layout.tables().stream().filter(t -> t.named(name)).findFirst();
            if (table.isEmpty()) {
                // A file name can be personal data ("Hans Jensen.csv"): the place is its number, the name only a near-miss.
                List<String> known = layout.tables().stream().map(Table::csvFile).toList();
                problems.accept(new Problem(label + " (CSV-fil nr. " + (i + 1) + " af " + csvs.size()
                        + " i mappen, efter navn)", null, "ukendt tabel " + Names.quoted(name, known)
                        + "; filerne hedder " + String.join(", ", known)));
            } else if (table.get() != layout.sager()) {
                Path before = found.putIfAbsent(table.get(), p);
                if (before != null) {
                    problems.accept(new Problem(label + " " + name, null, "tabellen " + table.get().csvFile()
                            + " findes også som " + before.getFileName() + "; slet den ene"));
                }
            }
        }
        Map<Table, Path> ordered = new LinkedHashMap<>();
        layout.tables().stream().filter(found::containsKey).forEach(t -> ordered.put(t, found.get(t)));
        return ordered;
    }
}
