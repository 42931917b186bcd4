package dk.praksis.report.excel;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTable;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableColumn;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableColumns;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableStyleInfo;

/**
 * Writes typed cells and Excel tables into one sheet, and finishes it with column widths and a
 * landscape print setup. Widths are estimated from the text, not measured with fonts, so the bytes do
 * not depend on the fonts installed.
 *
 * <p>The sheet is POI's full model (XSSF) or, in a streaming workbook ({@link ExcelReports}), an SXSSF
 * sheet: there a table's rows go to a temporary file every {@value #FLUSH_EVERY} rows, so a sheet of
 * 100,000 cases does not sit in memory. A streamed table must be written top to bottom (it is).
 */
final class SheetWriter {

    /** Excel's limit on the characters in one cell. */
    static final int MAX_CELL_CHARS = 32_767;
    private static final int MIN_WIDTH = 8;
    private static final int MAX_TEXT_WIDTH = 40;
    private static final int MAX_LONG_TEXT_WIDTH = 60;

    /** Rows of a streamed table kept in memory before they go to the temporary file. */
    static final int FLUSH_EVERY = 200;

    private final Sheet sheet;
    private final Styles styles;
    private final Map<Integer, Integer> widths = new HashMap<>();

    SheetWriter(Workbook wb, String name, Styles styles) {
        this.sheet = wb.createSheet(name);
        this.styles = styles;
    }

    Sheet sheet() {
        return sheet;
    }

    /** The sheet's full model: the sheet itself, or the part of a streamed sheet that holds all but its rows. */
    XSSFSheet model() {
        return full(sheet);
    }

    static XSSFSheet full(Sheet sheet) {
        return sheet instanceof SXSSFSheet s ? s.getWorkbook().getXSSFWorkbook().getSheet(s.getSheetName())
                : (XSSFSheet) sheet;
    }

    /** A heading in the first column; does not widen the column. */
    void title(int row, String text) {
        Cell c = cell(row, 0);
        c.setCellValue(text);
        c.setCellStyle(styles.title);
    }

    /** Free text in the first column that may overflow to the right; does not widen the column. */
    void note(int row, String text) {
        Cell c = cell(row, 0);
        c.setCellValue(clip(text));
        c.setCellStyle(styles.text);
    }

    /** A bold label followed by a typed value that may overflow to the right (it does not widen its column). */
    void field(int row, String label, Object value, Kind kind) {
        put(row, 0, label, Kind.TEXT).setCellStyle(styles.label);
        write(row, 1, value, kind);
    }

    /** Writes one typed cell and widens its column to fit. */
    Cell put(int row, int col, Object value, Kind kind) {
        widen(col, displayWidth(value, kind), kind);
        return write(row, col, value, kind);
    }

    /** Writes one typed cell; strings always become string cells, never formulas. */
    private Cell write(int row, int col, Object value, Kind kind) {
        Cell c = cell(row, col);
        c.setCellStyle(styles.of(kind));
        if (value instanceof String s) {
            c.setCellValue(clip(s));
        } else if (value instanceof Double d) {
            if (!d.isNaN()) {
                c.setCellValue(d);
            }
        } else if (value instanceof Number n) {
            c.setCellValue(n.doubleValue());
        } else if (value instanceof LocalDate d) {
            c.setCellValue(d);
        } else if (value != null) {
            throw new IllegalArgumentException("unsupported cell value " + value.getClass());
        }
        return c;
    }

    /**
     * Writes a header row and data rows as an Excel table with auto-filter and banded rows.
     *
     * @param name a name unique in the workbook (letters, digits, underscore)
     * @return the index of the first row after the table
     */
    int table(int firstRow, String name, List<Column> columns, List<List<Object>> rows) {
        for (int i = 0; i < columns.size(); i++) {
            Cell h = cell(firstRow, i);
            h.setCellValue(columns.get(i).header());
            h.setCellStyle(styles.header);
            // Headers do not wrap (a wrapped header would need a taller row), so the column fits its header.
            widen(i, columns.get(i).header().length() + 1, Kind.TEXT);
        }
        for (int r = 0; r < rows.size(); r++) {
            List<Object> row = rows.get(r);
            for (int i = 0; i < columns.size(); i++) {
                put(firstRow + 1 + r, i, i < row.size() ? row.get(i) : null, columns.get(i).kind());
            }
            if (sheet instanceof SXSSFSheet s && r % FLUSH_EVERY == FLUSH_EVERY - 1) {
                flush(s);
            }
        }
        // A table needs at least one data row; an empty one stays blank.
        int lastRow = firstRow + Math.max(rows.size(), 1);
        String ref = new AreaReference(new CellReference(firstRow, 0),
                new CellReference(lastRow, columns.size() - 1), SpreadsheetVersion.EXCEL2007).formatAsString();
        XSSFTable table = model().createTable(null);
        table.getCTTable().set(tableXml(table.getCTTable().getId(), ref, name, columns));
        table.setName(name);
        return lastRow + 1;
    }

    /**
     * The table's XML, as POI's {@code createTable(area)}, {@code setName}, {@code setDisplayName} and
     * {@code updateHeaders} would leave it, with the same attributes in the same order (XMLBeans writes them in
     * the order they were set), so the bytes are POI's. Built directly because POI adds a table's columns one by
     * one and matches every column's header to its cell again after each (quadratic in the columns, a tenth of a
     * small workbook's CPU time; docs/benchmarks.md). The headers are the columns' own, as written into the header
     * row, with line breaks escaped as POI does.
     */
    private static CTTable tableXml(long id, String ref, String name, List<Column> columns) {
        CTTable ct = CTTable.Factory.newInstance();
        ct.setId(id);
        ct.setRef(ref);
        ct.setDisplayName(name);
        ct.setName(name);
        CTTableColumns cts = ct.addNewTableColumns();
        for (int i = 0; i < columns.size(); i++) {
            CTTableColumn column = cts.addNewTableColumn();
            column.setId(i + 1);
            column.setName(columns.get(i).header().replace("\n", "_x000a_").replace("\r", "_x000d_"));
        }
        cts.setCount(columns.size());
        ct.addNewAutoFilter().setRef(ref);
        CTTableStyleInfo style = ct.addNewTableStyleInfo();
        style.setName("TableStyleLight9");
        style.setShowRowStripes(true);
        style.setShowColumnStripes(false);
        return ct;
    }

    /** Freezes the rows above and including {@code headerRow} and repeats them on every printed page. */
    void freezeHeader(int headerRow) {
        sheet.createFreezePane(0, headerRow + 1);
        sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
    }

    /** Column widths and a landscape A4 print setup, one page wide. */
    void finish() {
        widths.forEach((col, chars) -> sheet.setColumnWidth(col, (chars + 2) * 256));
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        PrintSetup ps = sheet.getPrintSetup();
        ps.setLandscape(true);
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
    }

    private Cell cell(int row, int col) {
        Row r = sheet.getRow(row);
        if (r == null) {
            r = sheet.createRow(row);
        }
        Cell c = r.getCell(col);
        return c == null ? r.createCell(col) : c;
    }

    private static void flush(SXSSFSheet s) {
        try {
            s.flushRows();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void widen(int col, int chars, Kind kind) {
        int max = kind == Kind.LONG_TEXT ? MAX_LONG_TEXT_WIDTH : MAX_TEXT_WIDTH;
        widths.merge(col, Math.max(MIN_WIDTH, Math.min(max, chars)), Math::max);
    }

    private static int displayWidth(Object value, Kind kind) {
        return switch (kind) {
            case PERCENT -> 7;
            case DATE -> 10;
            case DECIMAL -> 6;
            case INTEGER -> value == null ? 0 : String.valueOf(value).length();
            case TEXT, LONG_TEXT -> value == null ? 0
                    : String.valueOf(value).lines().mapToInt(String::length).max().orElse(0);
        };
    }

    private static String clip(String s) {
        return s.length() <= MAX_CELL_CHARS ? s : s.substring(0, MAX_CELL_CHARS - 1) + "…";
    }
}
