package dk.praksis.report.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dk.praksis.compare.AuditYears;
import dk.praksis.compare.CompareFixturesAccess;
import dk.praksis.compare.Comparer;
import dk.praksis.compare.Comparison;
import dk.praksis.compare.ItemMapping;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ComparisonWorkbookTest {

    static Comparison comparison() {
        return Comparer.compare(AuditYears.order(List.of(CompareFixturesAccess.y2010(), CompareFixturesAccess.y2011()),
                List.of("2010/resultater.json", "2011/resultater.json")), ItemMapping.none());
    }

    /** The row whose leading cells are {@code leading} (null: any) and whose stable key is {@code key}. */
    private static XSSFRow find(XSSFSheet sheet, String key, String... leading) {
        int keyColumn = column(sheet, ComparisonWorkbook.KEY);
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            XSSFRow row = sheet.getRow(r);
            boolean match = key == null || key.equals(row.getCell(keyColumn).getStringCellValue());
            for (int c = 0; c < leading.length && match; c++) {
                match = leading[c] == null || leading[c].equals(row.getCell(c).getStringCellValue());
            }
            if (match) {
                return row;
            }
        }
        throw new AssertionError("no row " + key + ", " + String.join(", ", leading));
    }

    private static XSSFRow findLeading(XSSFSheet sheet, String first) {
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            if (first.equals(sheet.getRow(r).getCell(0).getStringCellValue())) {
                return sheet.getRow(r);
            }
        }
        throw new AssertionError("no row " + first);
    }

    private static int column(XSSFSheet sheet, String header) {
        XSSFRow head = sheet.getRow(0);
        for (int c = 0; c < head.getLastCellNum(); c++) {
            if (head.getCell(c).getStringCellValue().equals(header)) {
                return c;
            }
        }
        throw new AssertionError("no column " + header + " in " + sheet.getSheetName());
    }

    @Test
    void changesAreTypedNumbersWithFormatsAndTheClearFlag() throws Exception {
        byte[] bytes = ComparisonWorkbook.write(comparison());
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertThat(List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2), wb.getSheetName(3),
                    wb.getSheetName(4))).containsExactly("Oversigt", "Andele", "Ændringer", "Spørgsmål", "Kommuner");
            XSSFSheet changes = wb.getSheet("Ændringer");
            assertThat(changes.getRow(0).getCell(6).getStringCellValue()).isEqualTo("Ændring (procentpoint)");
            XSSFRow vejen = find(changes, "2010/AP1", "Vejen", "575", "Spørgsmål");
            assertThat(vejen.getCell(6).getCellType()).isEqualTo(CellType.NUMERIC);
            // in percentage points, as the header says: +55,6 (+12,1 til +81,1)
            assertThat(vejen.getCell(6).getNumericCellValue()).isCloseTo(55.55555555555556, within(1e-10));
            assertThat(vejen.getCell(7).getNumericCellValue()).isCloseTo(12.115258504273996, within(1e-7));
            assertThat(vejen.getCell(8).getNumericCellValue()).isCloseTo(81.12214789023354, within(1e-7));
            assertThat(vejen.getCell(6).getCellStyle().getDataFormatString()).isEqualTo("+0.0;-0.0;0.0");
            assertThat(changes.getRow(0).getCell(7).getStringCellValue()).isEqualTo("Nedre grænse (procentpoint)");
            assertThat(vejen.getCell(9).getNumericCellValue()).isCloseTo(0.029411764705882353, within(1e-12));
            assertThat(vejen.getCell(9).getCellStyle().getDataFormatString()).isEqualTo("0.000");
            assertThat(changes.getRow(0).getCell(9).getStringCellValue()).isEqualTo("Fisher p");
            assertThat(changes.getRow(0).getCell(10).getStringCellValue()).isEqualTo("Justeret p (BH)");
            assertThat(changes.getRow(0).getCell(12).getStringCellValue()).isEqualTo("Holder efter korrektion");
            double adjusted = comparison().kommuner().stream().filter(u -> u.name().equals("Vejen")).findFirst()
                    .orElseThrow().items().get(0).changes().get(0).adjustedP();
            assertThat(vejen.getCell(10).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(vejen.getCell(10).getNumericCellValue()).isEqualTo(adjusted).isGreaterThan(0.05);
            assertThat(vejen.getCell(10).getCellStyle().getDataFormatString()).isEqualTo("0.000");
            assertThat(vejen.getCell(11).getStringCellValue()).isEqualTo("Ja");
            assertThat(vejen.getCell(12).getStringCellValue()).isEqualTo("Nej");
            assertThat(changes.getRow(0).getCell(13).getStringCellValue()).isEqualTo("Familie");
            assertThat(vejen.getCell(13).getStringCellValue()).isEqualTo("Kommunerne – spørgsmål");
            assertThat(find(changes, "omgørelse", "Alle kommuner", "", "Samlet vurdering").getCell(13).getStringCellValue())
                    .isEqualTo("Alle kommuner – samlet vurdering");
            assertThat(find(changes, "2010/AP1", "Alle kommuner", "", "Spørgsmål").getCell(13).getStringCellValue())
                    .isEqualTo("Alle kommuner – spørgsmål");
            assertThat(find(changes, "omgørelse", "Odense", "461", "Samlet vurdering").getCell(13).getStringCellValue())
                    .isEqualTo("Kommunerne – samlet vurdering");

            XSSFSheet overview = wb.getSheet("Oversigt");
            assertThat(overview.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Sammenligning af praksisundersøgelser 2010 og 2011");
            assertThat(overview.getRow(4).getCell(1).getNumericCellValue()).isEqualTo(21);
            assertThat(overview.getRow(5).getCell(1).getNumericCellValue()).isEqualTo(7);
            assertThat(overview.getRow(6).getCell(1).getNumericCellValue()).isEqualTo(1); // AP3, all kommuner
            assertThat(overview.getRow(8).getCell(0).getStringCellValue()).isEqualTo(
                    "Korrektion for mange sammenligninger (Benjamini–Hochberg) inden for hver familie af ændringer;"
                            + " de, der holder, er markeret med **:");
            assertThat(List.of(overview.getRow(9).getCell(0).getStringCellValue(),
                    overview.getRow(9).getCell(3).getStringCellValue()))
                    .containsExactly("Familie", "Forventet ved tilfældighed");
            XSSFRow primary = overview.getRow(10);
            assertThat(primary.getCell(0).getStringCellValue()).isEqualTo("Alle kommuner – samlet vurdering");
            assertThat(primary.getCell(1).getNumericCellValue()).isEqualTo(5);
            assertThat(primary.getCell(3).getNumericCellValue()).isCloseTo(0.25, within(1e-12));
            assertThat(primary.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("0.0");
            assertThat(primary.getCell(4).getNumericCellValue()).isZero();
            assertThat(List.of(overview.getRow(11).getCell(0).getStringCellValue(),
                    overview.getRow(12).getCell(0).getStringCellValue(), overview.getRow(13).getCell(0).getStringCellValue()))
                    .containsExactly("Alle kommuner – spørgsmål", "Kommunerne – samlet vurdering", "Kommunerne – spørgsmål");
            assertThat(List.of(overview.getRow(11).getCell(1).getNumericCellValue(),
                    overview.getRow(12).getCell(1).getNumericCellValue(), overview.getRow(13).getCell(1).getNumericCellValue()))
                    .containsExactly(2.0, 10.0, 4.0);
            assertThat(overview.getRow(11).getCell(4).getNumericCellValue()).isEqualTo(1);
            assertThat(overview.getTables()).extracting(t -> t.getName()).contains("Familier", "Aar");
            assertThat(vejen.getCell(3).getStringCellValue()).isEqualTo("AP1 Er der gennemført arbejdsprøvning?");
            assertThat(changes.getPaneInformation().isFreezePane()).isTrue();
            assertThat(changes.getTables()).hasSize(1);
            assertThat(changes.getTables().get(0).getCTTable().getAutoFilter()).isNotNull();

            XSSFSheet shares = wb.getSheet("Andele");
            XSSFRow zero = find(shares, "2010/AP1", "Vejen", "575", "Spørgsmål", null, "2010");
            assertThat(zero.getCell(5).getNumericCellValue()).isZero();
            assertThat(zero.getCell(6).getNumericCellValue()).isEqualTo(8);
            assertThat(zero.getCell(7).getNumericCellValue()).isZero();
            assertThat(zero.getCell(9).getNumericCellValue()).isCloseTo(0.3244075648838801, within(1e-9));
            assertThat(zero.getCell(7).getCellStyle().getDataFormatString()).isEqualTo("0.0%");

            XSSFSheet kommuner = wb.getSheet("Kommuner");
            XSSFRow aeroe = findLeading(kommuner, "Ærø");
            assertThat(aeroe.getCell(2).getStringCellValue()).isEqualTo("2010");
            assertThat(aeroe.getCell(3).getStringCellValue()).isEqualTo("Nej");

            XSSFRow rv2 = find(wb.getSheet("Spørgsmål"), "2010/RV2");
            assertThat(rv2.getCell(5).getStringCellValue()).isEqualTo("Nej");
            assertThat(rv2.getCell(7).getStringCellValue()).startsWith("Reglen er ændret i 2011");
        }
    }

    /** Issue 11 item 9: a manager reads Danish labels first; the machine key stands last, for lookups only. */
    @Test
    void labelsComeBeforeTheStableKeyWhichStandsLast() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(ComparisonWorkbook.write(comparison())))) {
            for (String name : List.of("Andele", "Ændringer")) {
                XSSFSheet sheet = wb.getSheet(name);
                XSSFRow head = sheet.getRow(0);
                assertThat(head.getCell(head.getLastCellNum() - 1).getStringCellValue()).as(name)
                        .isEqualTo("Nøgle til opslag");
                assertThat(head.getCell(3).getStringCellValue()).as(name).isEqualTo("Måling");
                XSSFRow omgoerelse = find(sheet, "omgørelse", "Alle kommuner");
                assertThat(omgoerelse.getCell(3).getStringCellValue()).as(name)
                        .isEqualTo("Omgørelse (afgørelsen ville blive omgjort)");
                XSSFRow accordance = find(sheet, "i_overensstemmelse", "Alle kommuner");
                assertThat(accordance.getCell(3).getStringCellValue()).as(name)
                        .isEqualTo("I overensstemmelse med regler og praksis");
                for (int c = 0; c < head.getLastCellNum() - 1; c++) {
                    assertThat(accordance.getCell(c).toString()).as(name + " column " + c)
                            .doesNotContain("_").isNotEqualTo("omgørelse");
                }
            }
            XSSFSheet items = wb.getSheet("Spørgsmål");
            assertThat(items.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Id");
            assertThat(items.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Spørgsmål");
            XSSFRow ap1 = find(items, "2010/AP1");
            assertThat(ap1.getCell(0).getStringCellValue()).isEqualTo("AP1");
            assertThat(ap1.getCell(1).getStringCellValue()).isEqualTo("Er der gennemført arbejdsprøvning?");
        }
    }

    @Test
    void noCellNamesAResultsFileOrALocalPathAndTheAuthorIsTheSender() throws Exception {
        Comparison c = comparison();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(ComparisonWorkbook.write(c)))) {
            assertThat(wb.getProperties().getCoreProperties().getCreator())
                    .isEqualTo(c.years().get(c.years().size() - 1).sender()).isNotEqualTo("praksis").isNotBlank();
            for (org.apache.poi.ss.usermodel.Sheet sheet : wb) {
                for (org.apache.poi.ss.usermodel.Row row : sheet) {
                    for (org.apache.poi.ss.usermodel.Cell cell : row) {
                        if (cell.getCellType() == CellType.STRING) {
                            assertThat(cell.getStringCellValue()).as(sheet.getSheetName())
                                    .doesNotContain("resultater.json").doesNotContain(".json");
                        }
                    }
                }
            }
        }
    }

    @Test
    void sameComparisonGivesSameBytes() throws Exception {
        assertThat(ComparisonWorkbook.write(comparison())).isEqualTo(ComparisonWorkbook.write(comparison()));
    }
}
