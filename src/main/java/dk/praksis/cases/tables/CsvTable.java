package dk.praksis.cases.tables;

import dk.praksis.cases.Place;
import dk.praksis.errors.Problem;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One table of a CSV dataset, read whole: its records as text and which of its columns the layout knows. A
 * record becomes a {@link TableRow} only when its case is assembled. A file that cannot be read as CSV, or
 * whose header lacks a required column, is reported and has no rows.
 */
final class CsvTable {

    private final Table table;
    private final String name;
    private final List<String[]> records;
    /** The known columns: their positions in a record and the layout's column at each. */
    private final int[] positions;
    private final Column[] columns;
    /** The position of the id column in a record, or -1 when the header has none. */
    private final int idPosition;

    private CsvTable(Table table, String name, List<String[]> records, Map<Integer, Column> known) {
        this.table = table;
        this.name = name;
        this.records = records;
        this.positions = known.keySet().stream().mapToInt(Integer::intValue).toArray();
        this.columns = known.values().toArray(Column[]::new);
        Column id = table.first(Column.Role.ID).orElseThrow();
        int at = -1;
        for (int i = 0; i < columns.length && at < 0; i++) {
            at = columns[i].equals(id) ? positions[i] : -1;
        }
        this.idPosition = at;
    }

    /** Reads the table's file; its problems (not CSV, mixed encoding, the header's) go to {@code problems}. */
    static CsvTable read(Table table, Path file, String label, Consumer<Problem> problems) {
        String name = file.getFileName().toString();
        CsvText.Records read = CsvText.read(file);
        if (read.mixedEncodingLine() > 0) {
            problems.accept(new Problem(label + " " + name + " linje " + read.mixedEncodingLine(), null,
                    CsvText.MIXED_ENCODING));
            return empty(table, name);
        }
        if (read.failedAt() > 0) {
            problems.accept(new Problem(label + " " + name + " række " + read.failedAt(), null,
                    "filen kan ikke læses som CSV (fx et citationstegn uden sin afslutning)"));
            return empty(table, name);
        }
        List<String[]> records = read.rows();
        if (records.isEmpty()) {
            return empty(table, name);
        }
        Optional<Map<Integer, Column>> columns = HeaderMapping.map(table, Arrays.asList(records.get(0)),
                i -> name + " række 1, kolonne " + (i + 1), name,
                (where, msg) -> problems.accept(new Problem(label + " " + where, null, msg)));
        return columns.map(known -> new CsvTable(table, name, records, known)).orElseGet(() -> empty(table, name));
    }

    private static CsvTable empty(Table table, String name) {
        return new CsvTable(table, name, List.of(), Map.of());
    }

    /** The number of records, the header's included: data records are 1 to size() - 1. */
    int size() {
        return records.size();
    }

    /**
     * The record's non-blank known cells with their places; null when it has none (a blank row). A record is
     * made a row once, when its case is assembled, and let go then, so the text of the cases handed on can be
     * collected while the rest is read.
     */
    TableRow row(int r) {
        String[] record = records.set(r, null);
        Map<Column, CellValue> cells = new LinkedHashMap<>();
        for (int c = 0; c < positions.length; c++) {
            int i = positions[c];
            if (i < record.length && !record[i].isBlank()) {
                cells.put(columns[c], new CellValue.Text(record[i]));
            }
        }
        if (cells.isEmpty()) {
            return null;
        }
        int row = r + 1;
        return new TableRow(table, cells, col -> new CellPlace(name, row, col));
    }

    /**
     * The case id of a record as {@link CaseAssembler#id} reads it: "" when the record has cells but no id, null
     * when it is a blank row.
     */
    String id(int r) {
        String[] record = records.get(r);
        if (idPosition >= 0 && idPosition < record.length && !record[idPosition].isBlank()) {
            return record[idPosition].strip();
        }
        for (int i : positions) {
            if (i < record.length && !record[i].isBlank()) {
                return "";
            }
        }
        return null;
    }

    /** The ids of the data records that have one. */
    Set<String> ids() {
        Set<String> ids = new HashSet<>();
        for (int r = 1; r < records.size(); r++) {
            String id = id(r);
            if (id != null && !id.isEmpty()) {
                ids.add(id);
            }
        }
        return ids;
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
