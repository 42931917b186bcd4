package dk.praksis.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dk.praksis.compare.AuditYear;
import dk.praksis.compare.Comparer;
import dk.praksis.compare.Comparison;
import dk.praksis.compare.ComparisonSummary;
import dk.praksis.compare.ItemMapping;
import dk.praksis.compare.MeasureSeries;
import dk.praksis.compare.UnitComparison;
import dk.praksis.report.excel.ComparisonWorkbook;
import dk.praksis.report.excel.ExcelReports;
import dk.praksis.report.pdf.ComparisonPdf;
import dk.praksis.report.pdf.PdfReports;
import dk.praksis.report.pdf.PdfText;
import dk.praksis.report.terminal.TerminalSummary;
import dk.praksis.results.Aggregates;
import dk.praksis.results.ResultsBuilder;
import dk.praksis.results.ResultsCsv;
import dk.praksis.results.ResultsFile;
import dk.praksis.results.ResultsJson;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every output for the kommuner of {@link EdgeFixtures}: n = 0 assessable (Billund), n = 1 (Ærø), all met
 * (Vejen), none met (Odense), read back. Expected intervals are Wilson's closed forms at the edges, with
 * z² = 3,841459: k = n gives a lower bound n/(n + z²), k = 0 an upper bound z²/(n + z²); 3 of 3 → 43,9 %,
 * 1 of 1 → 20,7 %, 0 of 3 → 56,1 %. Vejen's population of 40 shrinks z² by (40 − 3)/39: 3 of 3 → 45,2 %.
 */
class EdgeCaseOutputsTest {

    private static final AuditReport REPORT = EdgeFixtures.report();

    @TempDir
    Path dir;

    private static UnitReport kommune(String name) {
        return REPORT.kommuner().stream().filter(k -> k.kommune().navn().equals(name)).findFirst().orElseThrow();
    }

    private static String pdf(byte[] bytes) {
        try (PdfText text = new PdfText(bytes)) {
            return text.text();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void kommunePdfsShowTheEdgeFiguresAndSayWhenThereIsNothingToCount() {
        assertThat(pdf(PdfReports.kommune(REPORT, kommune("Billund"))))
                .contains("Undersøgelsen omfatter 2 sager fra Billund, heraf 0 realitetsbehandlede.")
                .contains("Ingen af sagerne kunne realitetsbehandles, så der er ingen andele at opgøre.")
                .contains("I overensstemmelse med regler og praksis 0 af 0 – – 4 af 7 57,1 %")
                .contains("Der er ingen realitetsbehandlede sager at beregne omgørelsesprocenten af.")
                .contains("Kan ikke vurderes 2");
        assertThat(pdf(PdfReports.kommune(REPORT, kommune("Ærø"))))
                .contains("I overensstemmelse med regler og praksis 1 af 1 100,0 % 20,7–100,0 %")
                .contains("Omgørelsesprocenten er beregnet af den ene sag, som kunne realitetsbehandles.");
        assertThat(pdf(PdfReports.kommune(REPORT, kommune("Vejen"))))
                .contains("I overensstemmelse med regler og praksis 3 af 3 100,0 % 45,2–100,0 %");
        assertThat(pdf(PdfReports.kommune(REPORT, kommune("Odense"))))
                .contains("I overensstemmelse med regler og praksis 0 af 3 0,0 % 0,0–56,1 %")
                .contains("3 af 3 100,0 % 43,9–100,0 %");
    }

    @Test
    void overallPdfAndPixiListEveryKommuneIncludingTheOneWithoutAssessableCases() {
        assertThat(pdf(PdfReports.samlet(REPORT)))
                .contains("Billund (530) 2 0 af 0 – – 0 af 0 – –")
                .contains("Odense (461) 3 0 af 3 0,0 % 0,0–56,1 % 3 af 3 100,0 % 43,9–100,0 %")
                .contains("Ærø (492) 1 1 af 1 100,0 % 20,7–100,0 % 0 af 1 0,0 % 0,0–79,3 %")
                .contains("Alle kommuner 9 4 af 7 57,1 %");
        assertThat(pdf(PdfReports.pixi(REPORT))).contains("I overensstemmelse med regler og praksis 4 af 7 57,1 %")
                .contains("de 2 sager, der ikke kunne vurderes, indgår ikke");
    }

    @Test
    void workbooksLeaveTheShareBlankWhereThereIsNoDenominator() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(ExcelReports.total(REPORT)))) {
            XSSFSheet sheet = wb.getSheet("Kommuner");
            List<String> headers = cells(sheet.getRow(0));
            int share = headers.indexOf("Andel i overensstemmelse");
            int assessed = headers.indexOf("Realitetsbehandlede");
            XSSFRow billund = row(sheet, "Billund");
            assertThat(billund.getCell(assessed).getNumericCellValue()).isZero();
            assertThat(blank(billund.getCell(share))).isTrue();
            assertThat(row(sheet, "Odense").getCell(share).getNumericCellValue()).isZero();
            assertThat(row(sheet, "Vejen").getCell(share).getNumericCellValue()).isEqualTo(1.0);
            assertThat(row(sheet, "Vejen").getCell(share + 1).getNumericCellValue()).isCloseTo(0.4515, within(5e-4));
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(ExcelReports.kommune(REPORT,
                kommune("Billund"))))) {
            XSSFRow accordance = row(wb.getSheet("Sammenfatning"), "I overensstemmelse med regler og praksis");
            assertThat(accordance.getCell(1).getNumericCellValue()).isZero();
            assertThat(accordance.getCell(2).getNumericCellValue()).isZero();
            assertThat(blank(accordance.getCell(3))).isTrue();
        }
    }

    @Test
    void resultsJsonAndCsvKeepTheUnassessableCasesWithoutAScore() throws Exception {
        ResultsFile results = ResultsBuilder.build(EdgeFixtures.info(2010), Fixtures.checklist(),
                EdgeFixtures.results());
        Path json = dir.resolve("resultater.json");
        ResultsJson.write(results, json);
        ResultsFile back = ResultsJson.read(json);
        Aggregates.KommuneTally billund = back.aggregates().kommuner().stream()
                .filter(k -> k.kommune().navn().equals("Billund")).findFirst().orElseThrow();
        assertThat(billund.tally().cases()).isEqualTo(2);
        assertThat(billund.tally().verdicts()).containsExactly(java.util.Map.entry("kan_ikke_vurderes", 2));
        assertThat(back.cases().stream().filter(c -> c.id().equals("B-01")).findFirst().orElseThrow().score()).isNull();

        List<String> lines = Arrays.asList(new String(ResultsCsv.toBytes(results), StandardCharsets.UTF_8)
                .split("\r\n"));
        assertThat(lines).filteredOn(l -> l.startsWith("B-01;")).hasSize(3)
                .allSatisfy(l -> assertThat(l).contains(";ikke_relevant;").contains(";;kan_ikke_vurderes;;kan_ikke_vurderes;nej;"));
        assertThat(lines).filteredOn(l -> l.startsWith("O-01;") && l.contains(";VV3;"))
                .singleElement().asString().contains(";ikke_opfyldt;").contains(";0,6667;ændring;");
    }

    @Test
    void terminalTableShowsDashesForTheKommuneWithoutAssessableCases() {
        List<String> lines = TerminalSummary.render(REPORT).lines().map(l -> l.replaceAll(" +", " ")).toList();
        // the last two columns, formelle mangler and kan ikke vurderes, account for Billund's two cases
        assertThat(lines).contains("Billund 2 0 af 0 – 0 af 0 – 0 2", "Odense 3 0 af 3 0,0 % 3 af 3 100,0 % 0 0",
                "Vejen 3 3 af 3 100,0 % 0 af 3 0,0 % 0 0", "Ærø 1 1 af 1 100,0 % 0 af 1 0,0 % 0 0",
                "I alt 9 4 af 7 57,1 % 3 af 7 42,9 % 0 2");
    }

    @Test
    void compareGivesNoShareNoChangeAndNoTrendWhereAYearHasNothingToCount() throws Exception {
        List<AuditYear> years = new ArrayList<>();
        for (int y = 2009; y <= 2011; y++) {
            years.add(new AuditYear(String.valueOf(y), y, y + "/resultater.json",
                    ResultsBuilder.build(EdgeFixtures.info(y), Fixtures.checklist(), EdgeFixtures.results())));
        }
        Comparison c = Comparer.compare(years, ItemMapping.none());
        MeasureSeries billund = measure(unit(c, "Billund"), "i_overensstemmelse");
        assertThat(billund.shares()).allSatisfy(s -> {
            assertThat(s.total()).isZero();
            assertThat(s.share()).isNull();
        });
        assertThat(billund.changes()).isEmpty();
        assertThat(billund.trend()).isNull();
        MeasureSeries odense = measure(unit(c, "Odense"), "i_overensstemmelse");
        assertThat(odense.shares()).allSatisfy(s -> assertThat(s.upper()).isCloseTo(3.841459 / 6.841459, within(1e-6)));
        assertThat(odense.trend()).as("no trend when no case in any year is in accordance").isNull();

        assertThat(ComparisonSummary.lines(c)).contains("Ingen tydelige ændringer: ingen ændring eller trend har p under 0,05.");
        String text = pdf(ComparisonPdf.bytes(c));
        assertThat(text).contains("Billund (530)").contains("I overensstemmelse med regler og praksis – 0 af 0 – 0 af 0 – 0 af 0 – –");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(ComparisonWorkbook.write(c)))) {
            XSSFSheet shares = wb.getSheet("Andele");
            List<XSSFRow> rows = new ArrayList<>();
            for (int r = 1; r <= shares.getLastRowNum(); r++) {
                XSSFRow row = shares.getRow(r);
                if (cells(row).contains("Billund") && cells(row).contains("i_overensstemmelse")) {
                    rows.add(row);
                }
            }
            assertThat(rows).hasSize(3).allSatisfy(row -> {
                List<String> cells = cells(row);
                int total = cells.indexOf("0.0") + 1; // antal, i alt: both 0
                assertThat(cells.get(total)).isEqualTo("0.0");
                assertThat(blank(row.getCell(total + 1))).isTrue();
            });
        }
    }

    @Test
    void noOmgoerelsesprocentAnywhereWhenNoConsequenceCountsAsAReversal() throws Exception {
        AuditReport report = new ReportBuilder().build(EdgeFixtures.checklistWithoutReversal(), EdgeFixtures.info(2010),
                EdgeFixtures.results());
        assertThat(report.total().figures().hasReversal()).isFalse();
        assertThat(TerminalSummary.render(report)).doesNotContainIgnoringCase("omgør").contains("I overensstemmelse");
        for (byte[] bytes : List.of(PdfReports.samlet(report), PdfReports.pixi(report),
                PdfReports.kommune(report, report.kommuner().get(0)))) {
            // the only mention is the Metode appendix saying there is none
            assertThat(pdf(bytes).replace("så der er ingen omgørelsesprocent", ""))
                    .doesNotContainIgnoringCase("omgørelsesprocent").contains("I overensstemmelse med regler og praksis");
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(ExcelReports.total(report)))) {
            assertThat(cells(wb.getSheet("Kommuner").getRow(0))).noneMatch(h -> h.toLowerCase().contains("omgørelse"))
                    .contains("Andel i overensstemmelse");
            XSSFSheet summary = wb.getSheet("Sammenfatning");
            for (int r = 0; r <= summary.getLastRowNum(); r++) {
                if (summary.getRow(r) != null) {
                    assertThat(cells(summary.getRow(r))).noneMatch(t -> t.toLowerCase().contains("omgørelsesprocent"));
                }
            }
        }
        List<AuditYear> years = new ArrayList<>();
        for (int y = 2010; y <= 2011; y++) {
            years.add(new AuditYear(String.valueOf(y), y, y + "/resultater.json", ResultsBuilder.build(
                    EdgeFixtures.info(y), EdgeFixtures.checklistWithoutReversal(), EdgeFixtures.results())));
        }
        assertThat(Comparer.compare(years, ItemMapping.none()).total().verdicts()).extracting(MeasureSeries::key)
                .doesNotContain(Comparer.OMGOERELSE).contains("i_overensstemmelse");
    }

    private static UnitComparison unit(Comparison c, String name) {
        return c.kommuner().stream().filter(u -> u.name().equals(name)).findFirst().orElseThrow();
    }

    private static MeasureSeries measure(UnitComparison u, String key) {
        return u.verdicts().stream().filter(m -> m.key().equals(key)).findFirst().orElseThrow();
    }

    private static boolean blank(Cell cell) {
        return cell == null || cell.getCellType() == CellType.BLANK;
    }

    private static List<String> cells(XSSFRow row) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < row.getLastCellNum(); i++) {
            Cell cell = row.getCell(i);
            out.add(cell == null ? "" : switch (cell.getCellType()) {
                case STRING -> cell.getStringCellValue();
                case NUMERIC -> String.valueOf(cell.getNumericCellValue());
                default -> "";
            });
        }
        return out;
    }

    private static XSSFRow row(XSSFSheet sheet, String text) {
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            XSSFRow row = sheet.getRow(r);
            if (row != null && cells(row).contains(text)) {
                return row;
            }
        }
        throw new AssertionError("no row " + text + " in " + sheet.getSheetName());
    }
}
