package dk.praksis.report.excel;

import static org.assertj.core.api.Assertions.assertThat;

import dk.praksis.report.AuditReport;
import dk.praksis.report.UnitReport;
import dk.praksis.testdata.SyntheticAudit;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Large workbooks are written with POI's streaming writer; a reader must not be able to tell: the same
 * sheets, cells, formats, tables and chart as the full model gives for the same report.
 */
class StreamingWorkbookTest {

    /** More cases than {@link SheetWriter#FLUSH_EVERY}, so the Sager sheet is flushed to disk twice. */
    private static final int CASES = 450;

    private static final AuditReport REPORT = SyntheticAudit.report(CASES, 7);

    @Test
    void theStreamedTotalWorkbookReadsBackAsTheFullModelDoes() throws IOException {
        assertSameContent(REPORT.total());
    }

    @Test
    void theStreamedKommuneWorkbookReadsBackAsTheFullModelDoes() throws IOException {
        assertSameContent(REPORT.kommuner().get(0));
    }

    @Test
    void aStreamedWorkbookHasTheSameBytesEveryTimeAndKeepsItsTextsInTheCells() throws IOException {
        byte[] first = ExcelReports.workbook(REPORT, REPORT.total(), true);
        assertThat(ExcelReports.workbook(REPORT, REPORT.total(), true)).isEqualTo(first);
        // Sager is the fourth sheet: its texts are in the cells, not in the shared-strings table.
        assertThat(entry(first, "xl/worksheets/sheet4.xml")).contains("t=\"inlineStr\"").doesNotContain("t=\"s\"");
        assertThat(entry(ExcelReports.workbook(REPORT, REPORT.total(), false), "xl/worksheets/sheet4.xml"))
                .contains("t=\"s\"");
    }

    @Test
    void aStreamedWorkbookWrittenToItsFileGoesThroughNoByteArrayYetHasTheSameBytes(@TempDir Path dir)
            throws IOException {
        Path file = dir.resolve("samlet.xlsx");
        ExcelReports.write(REPORT, REPORT.total(), file);
        assertThat(Files.readAllBytes(file)).isEqualTo(ExcelReports.workbook(REPORT, REPORT.total(), true));
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).containsExactly(file); // the unstamped copy beside it is gone
        }
    }

    @Test
    void aWorkbookIsStreamedFromTwoHundredCasesAndTheFullModelWritesSmallerOnes() throws IOException {
        assertThat(ExcelReports.STREAMING_FROM_CASES).isEqualTo(200);
        UnitReport small = REPORT.kommuner().stream().filter(k -> k.cases().size() < 200).findFirst().orElseThrow();
        assertThat(entry(ExcelReports.kommune(REPORT, small), "xl/worksheets/sheet4.xml"))
                .contains("t=\"s\"").doesNotContain("t=\"inlineStr\"");
        assertThat(REPORT.total().cases()).hasSizeGreaterThanOrEqualTo(200);
        assertThat(entry(ExcelReports.total(REPORT), "xl/worksheets/sheet4.xml"))
                .contains("t=\"inlineStr\"").doesNotContain("t=\"s\"");
    }

    @Test
    void theStreamedRowsWaitInAFolderOnlyThisUserCanOpenAndAreGoneAfterwards() throws IOException {
        ExcelReports.workbook(REPORT, REPORT.total(), true);
        java.nio.file.Path folder = PrivateTempFiles.ensure();
        if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(java.nio.file.Files.getPosixFilePermissions(folder)).containsExactlyInAnyOrder(
                    java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                    java.nio.file.attribute.PosixFilePermission.OWNER_WRITE,
                    java.nio.file.attribute.PosixFilePermission.OWNER_EXECUTE);
        }
        java.io.File probe = org.apache.poi.util.TempFile.createTempFile("probe", ".xml");
        assertThat(probe.toPath().getParent()).isEqualTo(folder);
        probe.delete();
        try (var left = java.nio.file.Files.list(folder)) {
            assertThat(left).as("rows of disposed workbooks").isEmpty();
        }
    }

    private static void assertSameContent(UnitReport unit) throws IOException {
        try (XSSFWorkbook full = open(ExcelReports.workbook(REPORT, unit, false));
             XSSFWorkbook streamed = open(ExcelReports.workbook(REPORT, unit, true))) {
            assertThat(streamed.getNumberOfSheets()).isEqualTo(full.getNumberOfSheets());
            for (int i = 0; i < full.getNumberOfSheets(); i++) {
                XSSFSheet a = full.getSheetAt(i);
                XSSFSheet b = streamed.getSheetAt(i);
                assertThat(b.getSheetName()).isEqualTo(a.getSheetName());
                assertThat(cells(b)).as(a.getSheetName()).isEqualTo(cells(a));
                assertThat(tables(b)).as(a.getSheetName()).isEqualTo(tables(a));
                assertThat(String.valueOf(b.getPaneInformation())).isEqualTo(String.valueOf(a.getPaneInformation()));
                assertThat(b.getRepeatingRows()).isEqualTo(a.getRepeatingRows());
                assertThat(b.getPrintSetup().getLandscape()).isEqualTo(a.getPrintSetup().getLandscape());
                for (int col = 0; col < 60; col++) {
                    assertThat(b.getColumnWidth(col)).as(a.getSheetName() + " column " + col)
                            .isEqualTo(a.getColumnWidth(col));
                }
                assertThat(charts(b)).as(a.getSheetName()).isEqualTo(charts(a));
            }
            assertThat(streamed.getSheet(CasesSheet.NAME).getLastRowNum()).isEqualTo(unit.cases().size());
            // The title, then one line per series, each with its cached points.
            assertThat(charts(streamed.getSheetAt(0))).first().isEqualTo(VerdictChart.TITLE);
            assertThat(charts(streamed.getSheetAt(0)).get(1)).contains("Sammenfatning!$A$", "I overensstemmelse");
        }
    }

    /** Every cell as "A1 type value format wrap". */
    private static List<String> cells(Sheet sheet) {
        List<String> out = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell c : row) {
                out.add(c.getAddress() + " " + c.getCellType() + " " + c + " " + c.getCellStyle().getDataFormatString()
                        + " " + c.getCellStyle().getWrapText() + " " + c.getCellStyle().getFontIndex());
            }
        }
        return out;
    }

    private static List<String> tables(XSSFSheet sheet) {
        List<String> out = new ArrayList<>();
        for (XSSFTable t : sheet.getTables()) {
            out.add(t.getName() + " " + t.getArea().formatAsString() + " " + t.getColumns().stream()
                    .map(c -> c.getName()).toList() + " " + t.getCTTable().getAutoFilter().getRef() + " "
                    + t.getCTTable().getTableStyleInfo().getName());
        }
        return out;
    }

    /** Each chart's title and, per series, its category and value references and cached points. */
    private static List<String> charts(XSSFSheet sheet) {
        List<String> out = new ArrayList<>();
        if (sheet.getDrawingPatriarch() == null) {
            return out;
        }
        for (XSSFChart chart : sheet.getDrawingPatriarch().getCharts()) {
            out.add(chart.getTitleText().getString());
            for (XDDFChartData data : chart.getChartSeries()) {
                for (XDDFChartData.Series s : data.getSeries()) {
                    out.add(describe(s.getCategoryData()) + " " + describe(s.getValuesData()));
                }
            }
        }
        return out;
    }

    private static String describe(XDDFDataSource<?> source) {
        List<Object> points = new ArrayList<>();
        for (int i = 0; i < source.getPointCount(); i++) {
            points.add(source.getPointAt(i));
        }
        return source.getDataRangeReference() + points;
    }

    /** The text of one part of the workbook (also for {@link ExcelReportsTest}). */
    static String entry(byte[] zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no " + name);
    }

    private static XSSFWorkbook open(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }
}
