package dk.praksis.report.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableStyleInfo;

/**
 * The reports' workbooks take shortcuts past two slow paths of POI; what they write must be exactly what
 * POI's own paths write.
 */
class WorkbookPartsTest {

    /** Repeated texts, texts POI must mark as space-preserving, an empty one and one with a line break. */
    private static final List<String> TEXTS = List.of("Odense", "Ja", " indrykket", "Odense", "", "Ja", "to\nlinjer",
            "slut ", " indrykket", "Ja");

    @Test
    void theSharedStringsTableHoldsTheSameEntriesWithTheSameIndexesAsPoisOwn() throws IOException {
        try (XSSFWorkbook poi = new XSSFWorkbook(); XSSFWorkbook ours = WorkbookParts.newWorkbook()) {
            assertThat(ours.getSharedStringSource()).isInstanceOf(PlainTextSharedStrings.class);
            List<String> poiCells = fill(poi);
            List<String> ourCells = fill(ours);
            assertThat(ourCells).isEqualTo(poiCells);
            SharedStringsTable a = poi.getSharedStringSource();
            SharedStringsTable b = ours.getSharedStringSource();
            assertThat(b.getCount()).isEqualTo(a.getCount()).isEqualTo(TEXTS.size() + 2);
            assertThat(b.getUniqueCount()).isEqualTo(a.getUniqueCount()).isEqualTo(7);
            for (int i = 0; i < a.getUniqueCount(); i++) {
                assertThat(((XSSFRichTextString) b.getItemAt(i)).getCTRst().xmlText())
                        .isEqualTo(((XSSFRichTextString) a.getItemAt(i)).getCTRst().xmlText());
            }
            assertThat(entry(ours, "xl/sharedStrings.xml")).isEqualTo(entry(poi, "xl/sharedStrings.xml"))
                    .contains("count=\"12\" uniqueCount=\"7\"");
        }
    }

    /** Writes the texts and a formatted text twice; returns each cell's shared-string index. */
    private static List<String> fill(XSSFWorkbook wb) {
        Sheet sheet = wb.createSheet("Ark");
        List<String> indexes = new ArrayList<>();
        for (int i = 0; i < TEXTS.size(); i++) {
            Cell c = sheet.createRow(i).createCell(0);
            c.setCellValue(TEXTS.get(i));
            indexes.add(((org.apache.poi.xssf.usermodel.XSSFCell) c).getCTCell().getV());
        }
        XSSFFont bold = wb.createFont();
        bold.setBold(true);
        for (int i = 0; i < 2; i++) {
            XSSFRichTextString rich = new XSSFRichTextString("Odense");
            rich.applyFont(0, 3, bold);
            Cell c = sheet.createRow(TEXTS.size() + i).createCell(0);
            c.setCellValue(rich);
            indexes.add(((org.apache.poi.xssf.usermodel.XSSFCell) c).getCTCell().getV());
        }
        return indexes;
    }

    @Test
    void aTableHasTheXmlPoisCreateTableGives() throws IOException {
        List<Column> columns = List.of(Column.text("Kommune"), Column.integer("Sager"), Column.percent("Andel"),
                Column.text("Bemærkning"));
        List<List<Object>> rows = List.of(List.of("Odense", 12, 0.5, "Ja"), List.of("Ærø", 3, 0.25, " nej"));
        try (XSSFWorkbook poi = new XSSFWorkbook(); XSSFWorkbook ours = WorkbookParts.newWorkbook()) {
            for (XSSFWorkbook wb : List.of(poi, ours)) {
                SheetWriter first = new SheetWriter(wb, "Først", new Styles(wb));
                first.note(0, "Et ark med en tabel før");
                first.table(2, "Foerste", columns, rows);
            }
            SheetWriter w = new SheetWriter(ours, "Ark", new Styles(ours));
            int next = w.table(1, "Kommuner", columns, rows);
            XSSFTable expected = poisTable(poi, columns, rows);

            XSSFTable actual = ((XSSFSheet) w.sheet()).getTables().get(0);
            assertThat(next).isEqualTo(4);
            assertThat(actual.getCTTable().xmlText()).isEqualTo(expected.getCTTable().xmlText());
            assertThat(actual.getName()).isEqualTo("Kommuner");
            assertThat(actual.getCellReferences().formatAsString()).isEqualTo("A2:D4");
            assertThat(entry(ours, "xl/tables/table2.xml")).isEqualTo(entry(poi, "xl/tables/table2.xml"))
                    .contains("ref=\"A2:D4\"");
        }
    }

    /** The table as POI's API makes it: cells first, then createTable over their area, named and styled. */
    private static XSSFTable poisTable(XSSFWorkbook wb, List<Column> columns, List<List<Object>> rows) {
        XSSFSheet sheet = wb.createSheet("Ark");
        Row header = sheet.createRow(1);
        for (int i = 0; i < columns.size(); i++) {
            header.createCell(i).setCellValue(columns.get(i).header());
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(2 + r);
            for (int i = 0; i < columns.size(); i++) {
                Object v = rows.get(r).get(i);
                if (v instanceof String s) {
                    row.createCell(i).setCellValue(s);
                } else {
                    row.createCell(i).setCellValue(((Number) v).doubleValue());
                }
            }
        }
        AreaReference area = new AreaReference(new CellReference(1, 0), new CellReference(3, columns.size() - 1),
                SpreadsheetVersion.EXCEL2007);
        XSSFTable table = sheet.createTable(area);
        table.setName("Kommuner");
        table.setDisplayName("Kommuner");
        table.updateHeaders();
        table.getCTTable().addNewAutoFilter().setRef(area.formatAsString());
        CTTableStyleInfo style = table.getCTTable().addNewTableStyleInfo();
        style.setName("TableStyleLight9");
        style.setShowRowStripes(true);
        style.setShowColumnStripes(false);
        return table;
    }

    /** One part of the workbook as written. */
    private static String entry(XSSFWorkbook wb, String name) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().equals(name)) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError(name + " is not in the workbook");
    }
}
