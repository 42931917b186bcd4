package dk.praksis.cases.tables;

import java.util.List;
import java.util.Optional;

/**
 * One table of the case dataset: a sheet of the workbook and a file of a CSV dataset.
 *
 * @param sheet   the sheet name, e.g. "Hændelser"
 * @param csvFile the ASCII CSV file name, e.g. "haendelser.csv" (the Danish-letter name is accepted too)
 * @param course  the course name for course tables (e.g. "arbejdsprøvninger"), else null
 */
public record Table(Kind kind, String sheet, String csvFile, String course, List<Column> columns) {

    public enum Kind { SAGER, PERIODER, HAENDELSER, FORLOEB, DOKUMENTER, ANDEN_VURDERING }

    public Table {
        columns = List.copyOf(columns);
    }

    /**
     * The role's first column, e.g. the id column. Looked up several times for every row: the list of a
     * table is short, so a plain loop rather than a stream.
     */
    public Optional<Column> first(Column.Role role) {
        for (Column c : columns) {
            if (c.role() == role) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /**
     * The column a header names. On Sager, "datoer.NAVN" and "felter.NAVN" name any date or field,
     * so data a checklist does not use still has a column.
     */
    public Optional<Column> column(String header) {
        String key = Names.key(header);
        Optional<Column> known = columns.stream().filter(c -> Names.key(c.header()).equals(key)).findFirst();
        if (known.isPresent() || kind != Kind.SAGER) {
            return known;
        }
        String h = header.strip();
        int dot = h.indexOf('.');
        String name = dot > 0 ? h.substring(dot + 1).strip() : "";
        if (name.isEmpty()) {
            return Optional.empty();
        }
        if (key.startsWith("datoer.")) {
            return Optional.of(TableLayout.dateColumn("datoer." + name, name));
        }
        if (key.startsWith("felter.")) {
            return Optional.of(TableLayout.fieldColumn("felter." + name, name));
        }
        return Optional.empty();
    }

    /** True when the name is this table's sheet or one of its CSV file names. */
    public boolean named(String sheetOrFile) {
        String key = Names.key(sheetOrFile);
        return key.equals(Names.key(sheet)) || key.equals(Names.key(csvFile));
    }
}
