package dk.praksis.report.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * A table longer than a sheet goes on in numbered sheets, each with its header and its own Excel table, and keeps
 * every row in order; read back with POI, from the full model and from a streamed workbook.
 */
class LongTableSheetsTest {

    private static final List<Column> COLUMNS = List.of(Column.text("Sags-id"), Column.percent("Score"));

    private static List<Object> row(int i) {
        return List.of("S-" + i, i / 10.0);
    }

    private static XSSFWorkbook written(int rows, int rowsPerSheet, boolean streamed) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook model = new XSSFWorkbook()) {
            if (streamed) {
                SXSSFWorkbook wb = new SXSSFWorkbook(model, -1, true, false);
                LongTableSheets.write(wb, new Styles(model), "Sager", "Sager", COLUMNS,
                        IntStream.range(0, rows).mapToObj(LongTableSheetsTest::row).iterator(), rowsPerSheet);
                wb.write(out);
                wb.dispose();
                wb.close();
            } else {
                LongTableSheets.write(model, new Styles(model), "Sager", "Sager", COLUMNS,
                        IntStream.range(0, rows).mapToObj(LongTableSheetsTest::row).iterator(), rowsPerSheet);
                model.write(out);
            }
        }
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void aTableLongerThanASheetGoesOnInNumberedSheetsWithEveryRowInOrder() throws Exception {
        for (boolean streamed : new boolean[] {false, true}) {
            try (XSSFWorkbook wb = written(7, 3, streamed)) {
                assertThat(wb.getNumberOfSheets()).isEqualTo(3);
                List<String> ids = new ArrayList<>();
                for (int s = 0; s < 3; s++) {
                    XSSFSheet sheet = wb.getSheetAt(s);
                    assertThat(sheet.getSheetName()).isEqualTo(s == 0 ? "Sager" : "Sager " + (s + 1));
                    assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Sags-id");
                    assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Score");
                    XSSFTable table = sheet.getTables().get(0);
                    assertThat(table.getName()).isEqualTo(s == 0 ? "Sager" : "Sager_" + (s + 1));
                    int dataRows = s < 2 ? 3 : 1;
                    assertThat(table.getArea().formatAsString()).isEqualTo("A1:B" + (dataRows + 1));
                    for (Row row : sheet) {
                        if (row.getRowNum() > 0) {
                            ids.add(row.getCell(0).getStringCellValue());
                            assertThat(row.getCell(1).getNumericCellValue())
                                    .isEqualTo(Integer.parseInt(row.getCell(0).getStringCellValue().substring(2)) / 10.0);
                        }
                    }
                }
                assertThat(ids).as("streamed: %s", streamed).containsExactly("S-0", "S-1", "S-2", "S-3", "S-4", "S-5",
                        "S-6");
            }
        }
    }

    @Test
    void aTableThatFitsIsOneSheetAndAnEmptyOneKeepsItsHeader() throws Exception {
        try (XSSFWorkbook wb = written(3, 3, false)) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(1);
            assertThat(wb.getSheetAt(0).getLastRowNum()).isEqualTo(3);
        }
        try (XSSFWorkbook wb = written(0, 3, false)) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(1);
            assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Sags-id");
            assertThat(wb.getSheetAt(0).getTables().get(0).getArea().formatAsString()).isEqualTo("A1:B2");
        }
    }

    @Test
    void aSheetHoldsExcelsRowsLessTheHeader() {
        assertThat(LongTableSheets.ROWS_PER_SHEET + 1).isEqualTo(org.apache.poi.ss.SpreadsheetVersion.EXCEL2007.getMaxRows());
    }
}
