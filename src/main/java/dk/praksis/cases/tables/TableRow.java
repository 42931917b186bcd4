package dk.praksis.cases.tables;

import java.util.Collections;
import java.util.Map;
import java.util.function.Function;

/**
 * One non-empty data row of a table.
 *
 * @param cells the non-blank cells of recognised columns
 * @param place a column's place in the file: "Sager!F4" or "sager.csv række 4, kolonne afgørelse_dato"
 */
public record TableRow(Table table, Map<Column, CellValue> cells, Function<Column, String> place) {

    /** The readers build a fresh map for each row and hand it over: wrapped, not copied. */
    public TableRow {
        cells = Collections.unmodifiableMap(cells);
    }
}
