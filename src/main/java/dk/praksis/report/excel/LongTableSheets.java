package dk.praksis.report.excel;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * A table with a row per case, or per unmet question of a case, in sheets of their own: the rows are made one at a
 * time as they are written (never a list of a million rows), and a table longer than a sheet (Excel's 1,048,576
 * rows, the header included) goes on in a sheet named with the next number, "Begrundelser 2", with its header
 * again. Every row is kept; a table that fits is one sheet as before.
 */
final class LongTableSheets {

    /** Data rows in one sheet: Excel's rows less the header. */
    static final int ROWS_PER_SHEET = 1_048_575;

    private LongTableSheets() {
    }

    /** Writes sheet {@code name} (and its continuations) with the Excel table {@code table} of {@code rows}. */
    static void write(Workbook wb, Styles styles, String name, String table, List<Column> columns,
                      Iterator<List<Object>> rows) {
        write(wb, styles, name, table, columns, rows, ROWS_PER_SHEET);
    }

    /** As {@link #write(Workbook, Styles, String, String, List, Iterator)} with smaller sheets (tests). */
    static void write(Workbook wb, Styles styles, String name, String table, List<Column> columns,
                      Iterator<List<Object>> rows, int rowsPerSheet) {
        int part = 1;
        do {
            SheetWriter w = new SheetWriter(wb, part == 1 ? name : name + " " + part, styles);
            Iterator<List<Object>> sheetRows = upTo(rows, rowsPerSheet);
            w.table(0, part == 1 ? table : table + "_" + part, columns, () -> sheetRows);
            w.freezeHeader(0);
            w.finish();
            part++;
        } while (rows.hasNext());
    }

    /** The next {@code limit} rows at most. */
    private static Iterator<List<Object>> upTo(Iterator<List<Object>> rows, int limit) {
        return new Iterator<>() {
            private int taken;

            @Override
            public boolean hasNext() {
                return taken < limit && rows.hasNext();
            }

            @Override
            public List<Object> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                taken++;
                return rows.next();
            }
        };
    }
}
