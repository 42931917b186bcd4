package dk.praksis.controlpoints;

import dk.praksis.io.WorkbookBytes;
import dk.praksis.io.ExcelCsv;
import dk.praksis.io.SpreadsheetCells;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The report as files: {@code nulfejl.csv} (UTF-8 with BOM, {@code ;}, CRLF, for Danish Excel) and
 * {@code nulfejl.xlsx} (sheets Kontrolpunkter and Måneder; real numbers, percent format, frozen header, filter).
 * One row per control point in checklist order; the numbers are the report's, never recomputed.
 */
public final class ZeroErrorOutputs {

    public static final String CSV = "nulfejl.csv";
    public static final String XLSX = "nulfejl.xlsx";

    /** The columns of both files (the contract, docs/arbejdsgang.md). */
    public static final List<String> COLUMNS = List.of("punkt", "afsnit", "spørgsmål", "kandidat",
            "måneder_uden_fejl", "fra", "til", "sager_uden_fejl", "fejlandel_højst_95", "seneste_fejl",
            "fejl_seneste_fejlmåned", "sager_seneste_fejlmåned", "sager_i_alt", "fejl_i_alt", "hvorfor_ikke_længere");

    private ZeroErrorOutputs() {
    }

    public static void writeInto(ZeroErrorReport r, Path dir) {
        try {
            Files.write(dir.resolve(CSV), csv(r));
            Files.write(dir.resolve(XLSX), xlsx(r));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static YearMonth latest(ZeroErrorReport r) {
        return r.months().get(r.months().size() - 1).month();
    }

    static byte[] csv(ZeroErrorReport r) {
        List<String[]> rows = new ArrayList<>();
        for (ControlPoint p : r.points()) {
            rows.add(new String[] {text(p.id()), text(p.section()), text(p.text()), p.candidate() ? "ja" : "nej",
                String.valueOf(p.monthsWithoutErrors()), month(p.runFrom()), p.runFrom() == null ? "" : month(latest(r)),
                String.valueOf(p.judgedInRun()), p.upperBound() == null ? "" : decimal(p.upperBound()),
                month(p.lastError()), p.lastError() == null ? "" : String.valueOf(p.lastErrors()),
                p.lastError() == null ? "" : String.valueOf(p.lastJudged()), String.valueOf(p.judgedAll()),
                String.valueOf(p.errorsAll()), text(p.ended())});
        }
        return ExcelCsv.bytes(COLUMNS, rows);
    }

    /** "2013-04", which Excel and R read as text and sort correctly. */
    private static String month(YearMonth m) {
        return m == null ? "" : m.toString();
    }

    /** A share with a decimal comma and four decimals, as Danish Excel reads it. */
    private static String decimal(double d) {
        return String.format(java.util.Locale.ROOT, "%.4f", d).replace('.', ',');
    }

    private static String text(String s) {
        return s == null ? "" : SpreadsheetCells.text(s);
    }

    static byte[] xlsx(ZeroErrorReport r) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyle pct = wb.createCellStyle();
            pct.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
            CellStyle wrap = wb.createCellStyle();
            wrap.setWrapText(true);

            Sheet sheet = wb.createSheet("Kontrolpunkter");
            WorkbookBytes.header(sheet, COLUMNS);
            int i = 1;
            for (ControlPoint p : r.points()) {
                Row row = sheet.createRow(i++);
                row.createCell(0).setCellValue(p.id());
                set(row, 1, p.section());
                Cell text = row.createCell(2);
                text.setCellValue(p.text());
                text.setCellStyle(wrap);
                row.createCell(3).setCellValue(p.candidate() ? "ja" : "nej");
                row.createCell(4).setCellValue(p.monthsWithoutErrors());
                set(row, 5, month(p.runFrom()));
                set(row, 6, p.runFrom() == null ? "" : month(latest(r)));
                row.createCell(7).setCellValue(p.judgedInRun());
                if (p.upperBound() != null) {
                    Cell c = row.createCell(8);
                    c.setCellValue(p.upperBound());
                    c.setCellStyle(pct);
                }
                set(row, 9, month(p.lastError()));
                if (p.lastError() != null) {
                    row.createCell(10).setCellValue(p.lastErrors());
                    row.createCell(11).setCellValue(p.lastJudged());
                }
                row.createCell(12).setCellValue(p.judgedAll());
                row.createCell(13).setCellValue(p.errorsAll());
                set(row, 14, p.ended());
            }
            int[] widths = {8, 8, 60, 10, 12, 10, 10, 10, 12, 12, 12, 12, 10, 10, 40};
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, r.points().size()), 0, COLUMNS.size() - 1));

            Sheet months = wb.createSheet("Måneder");
            WorkbookBytes.header(months, List.of("måned", "fil", "sager"));
            int j = 1;
            for (ZeroErrorReport.MonthInfo m : r.months()) {
                Row row = months.createRow(j++);
                row.createCell(0).setCellValue(month(m.month()));
                row.createCell(1).setCellValue(m.file());
                row.createCell(2).setCellValue(m.cases());
            }
            months.setColumnWidth(1, 40 * 256);
            months.createFreezePane(0, 1);

            return WorkbookBytes.of(wb, "Kontrolpunkter uden fejl: " + r.checklist(),
                    latest(r).atEndOfMonth().atStartOfDay());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void set(Row row, int col, String value) {
        if (value != null && !value.isEmpty()) {
            row.createCell(col).setCellValue(value);
        }
    }
}
