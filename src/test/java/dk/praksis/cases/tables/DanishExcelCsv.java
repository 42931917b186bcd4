package dk.praksis.cases.tables;

import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dk.praksis.cases.Case;
import dk.praksis.checklist.Checklist;
import dk.praksis.text.DanishNumber;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Cases as the CSV tables Danish Excel saves from the reviewers' workbook: the workbook the
 * project writes ({@link CaseWorkbookWriter}), each table sheet "gemt som CSV" — Windows-1252,
 * semicolons, CRLF, dd-mm-yyyy, decimal comma. Tables without rows are left out (except Sager).
 * Used to build the sample years.
 */
public final class DanishExcelCsv {

    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private DanishExcelCsv() {
    }

    /** CSV file name → bytes, Sager first. */
    public static Map<String, byte[]> tables(Checklist checklist, List<Case> cases) {
        TableLayout layout = TableLayout.of(checklist).withDataOf(cases);
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(CaseWorkbookWriter.bytes(checklist, cases)))) {
            for (Table table : layout.tables()) {
                List<List<String>> rows = rows(wb.getSheet(table.sheet()), table.columns().size());
                if (rows.size() > 1 || table.kind() == Table.Kind.SAGER) {
                    files.put(table.csvFile(), write(rows));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** The header and every row with an id, as Excel shows the cells. */
    private static List<List<String>> rows(Sheet sheet, int width) {
        List<List<String>> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < width; i++) {
                cells.add(shown(row.getCell(i)));
            }
            if (!cells.get(0).isBlank()) {
                rows.add(cells);
            }
        }
        return rows;
    }

    private static String shown(Cell cell) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC) {
            return DateUtil.isCellDateFormatted(cell) ? DAY_MONTH_YEAR.format(cell.getLocalDateTimeCellValue())
                    : DanishNumber.of(cell.getNumericCellValue());
        }
        if (cell.getCellType() == CellType.BOOLEAN) {
            return cell.getBooleanCellValue() ? "ja" : "nej";
        }
        return cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : "";
    }

    private static byte[] write(List<List<String>> rows) {
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(';').withLineSeparator("\r\n").withoutHeader();
        try {
            return CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build().writer(schema).writeValueAsString(rows).getBytes(WINDOWS_1252);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
