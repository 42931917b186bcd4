package dk.praksis.sample;

import dk.praksis.io.SpreadsheetCells;
import dk.praksis.cases.tables.CellParsing;
import dk.praksis.io.ExcelCsv;
import dk.praksis.io.WorkbookBytes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The sample as a list: one row per drawn or reserve case, as CSV for Danish Excel (UTF-8 with BOM,
 * {@code ;}, CRLF) and as a workbook with real dates, a frozen header row and a filter.
 */
public final class SampleList {

    /** Column headers, the contract of the list (docs/arbejdsgang.md). */
    public static final List<String> COLUMNS = List.of("kommunekode", "kommune", "stratum", "nr", "reference",
            "sagstype", "dato", "rolle");

    static final String DRAWN = "udtrukket";
    static final String RESERVE = "reserve";

    private SampleList() {
    }

    /** One row of the list; {@code nr} counts within the kommune and role, in the order drawn. */
    record Row(String kommunekode, String kommune, String stratum, int nr, String reference, String caseType,
               LocalDate date, String role, List<String> extra) {
    }

    /**
     * The rows of the given cells: each kommune's sample first, then its reserve.
     *
     * @param extra the population's further columns, copied into each row (e.g. months, caseworker)
     */
    static List<Row> rows(List<DrawCell> cells, List<String> extra) {
        List<Row> out = new ArrayList<>();
        for (boolean reserve : new boolean[] {false, true}) {
            int nr = 0;
            for (DrawCell c : cells) {
                for (PopulationCase p : reserve ? c.reserve() : c.drawn()) {
                    out.add(new Row(c.kommune().kode(), c.kommune().navn(), c.stratum().name(), ++nr, p.reference(),
                            p.caseType(), p.date(), reserve ? RESERVE : DRAWN, extra.stream()
                            .map(h -> p.field(h).map(CellParsing::text).orElse("")).toList()));
                }
            }
        }
        return out;
    }

    static byte[] csv(List<Row> rows, List<String> extra) {
        List<String> columns = new ArrayList<>(COLUMNS);
        columns.addAll(extra);
        List<String[]> cells = new ArrayList<>();
        for (Row r : rows) {
            List<String> row = new ArrayList<>(List.of(r.kommunekode(), r.kommune(), cell(r.stratum()),
                    String.valueOf(r.nr()), cell(r.reference()), cell(r.caseType()),
                    r.date() == null ? "" : date(r.date()), r.role()));
            r.extra().forEach(x -> row.add(cell(x)));
            cells.add(row.toArray(String[]::new));
        }
        return ExcelCsv.bytes(columns, cells);
    }

    /** dd-mm-yyyy, which Danish Excel reads as a date. */
    private static String date(LocalDate d) {
        return String.format("%02d-%02d-%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }

    /** A text Excel would take for a formula gets a leading apostrophe (the project's one CSV-injection rule). */
    private static String cell(String s) {
        return SpreadsheetCells.text(s);
    }

    /**
     * @param title   the workbook's title property
     * @param stamp   the date every timestamp in the file carries (never "now")
     */
    static byte[] xlsx(List<Row> rows, List<String> extra, String title, LocalDate stamp) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("Udtræk");
            List<String> headers = new ArrayList<>(COLUMNS);
            headers.addAll(extra);
            WorkbookBytes.header(sheet, headers);
            CellStyle dates = wb.createCellStyle();
            dates.setDataFormat(wb.createDataFormat().getFormat("dd-mm-yyyy"));
            for (int i = 0; i < rows.size(); i++) {
                SheetRows.fill(sheet.createRow(i + 1), rows.get(i), dates);
            }
            int[] widths = {12, 18, 22, 6, 16, 14, 12, 11};
            for (int i = 0; i < headers.size(); i++) {
                sheet.setColumnWidth(i, (i < widths.length ? widths[i] : Math.max(12, headers.get(i).length() + 2)) * 256);
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(rows.size(), 1), 0, headers.size() - 1));
            return WorkbookBytes.of(wb, title, stamp.atStartOfDay());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writing one sheet row. */
    private static final class SheetRows {
        static void fill(org.apache.poi.ss.usermodel.Row row, Row r, CellStyle dates) {
            row.createCell(0).setCellValue(r.kommunekode());
            row.createCell(1).setCellValue(r.kommune());
            row.createCell(2).setCellValue(r.stratum());
            row.createCell(3).setCellValue(r.nr());
            row.createCell(4).setCellValue(r.reference());
            if (r.caseType() != null) {
                row.createCell(5).setCellValue(r.caseType());
            }
            if (r.date() != null) {
                var c = row.createCell(6);
                c.setCellValue(r.date());
                c.setCellStyle(dates);
            }
            row.createCell(7).setCellValue(r.role());
            for (int i = 0; i < r.extra().size(); i++) {
                if (!r.extra().get(i).isEmpty()) {
                    row.createCell(COLUMNS.size() + i).setCellValue(r.extra().get(i));
                }
            }
        }
    }
}
