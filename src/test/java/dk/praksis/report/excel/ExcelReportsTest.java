package dk.praksis.report.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import dk.praksis.checklist.Checklist;
import dk.praksis.checklist.ChecklistLoader;
import dk.praksis.checklist.Item;
import dk.praksis.checklist.ItemDescriber;
import dk.praksis.report.AuditReport;
import dk.praksis.report.Fixtures;
import dk.praksis.report.ReportBuilder;
import dk.praksis.report.UnitReport;
import dk.praksis.stats.Proportion;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExcelReportsTest {

    private final AuditReport report = new ReportBuilder().build(Fixtures.checklist(), Fixtures.info(),
            Fixtures.results());

    private UnitReport vejen() {
        return report.kommuner().get(1);
    }

    private static XSSFWorkbook open(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    /** The data row whose first cell (or the given column) holds the text. */
    private static XSSFRow row(XSSFSheet sheet, int col, String text) {
        return StreamSupport.stream(sheet.spliterator(), false).map(XSSFRow.class::cast)
                .filter(r -> r.getCell(col) != null && r.getCell(col).getCellType() == CellType.STRING
                        && r.getCell(col).getStringCellValue().equals(text))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + text + " in " + sheet.getSheetName()));
    }

    private static List<String> headers(XSSFSheet sheet, int rowIndex) {
        List<String> h = new ArrayList<>();
        sheet.getRow(rowIndex).forEach(c -> h.add(c.getStringCellValue()));
        return h;
    }

    @Test
    void kommuneWorkbookHasTheSheetsInOrder() throws IOException {
        try (XSSFWorkbook wb = open(ExcelReports.kommune(report, vejen()))) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).containsExactly("Sammenfatning", "Spørgsmål", "Fordelinger", "Sager", "Begrundelser", "Måleskema");
        }
        try (XSSFWorkbook wb = open(ExcelReports.total(report))) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).containsExactly("Sammenfatning", "Spørgsmål", "Fordelinger", "Sager", "Begrundelser", "Kommuner", "Måleskema");
        }
    }

    @Test
    void summaryHoldsTypedKeyFiguresBesideAllKommuner() throws IOException {
        try (XSSFWorkbook wb = open(ExcelReports.kommune(report, vejen()))) {
            XSSFSheet s = wb.getSheet("Sammenfatning");
            Cell asOf = row(s, 0, "Opgørelsesdato").getCell(1);
            assertThat(asOf.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(asOf)).isTrue();
            assertThat(asOf.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2010, 11, 30));
            assertThat(asOf.getCellStyle().getDataFormatString()).isEqualTo("dd.mm.yyyy");

            XSSFRow accordance = row(s, 0, "I overensstemmelse med regler og praksis");
            assertThat(accordance.getCell(1).getNumericCellValue()).isEqualTo(2);
            assertThat(accordance.getCell(2).getNumericCellValue()).isEqualTo(5);
            Cell share = accordance.getCell(3);
            assertThat(share.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(share.getNumericCellValue()).isEqualTo(0.4);
            assertThat(share.getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            // Vejen: 2 of 5 assessable, from a draw of 6 of its 40 decisions (the correction uses 6/40)
            var ci = new dk.praksis.stats.Sampling(6, 40).wilson(Proportion.of(2, 5), 0.95).orElseThrow();
            assertThat(accordance.getCell(4).getNumericCellValue()).isEqualTo(ci.lower());
            assertThat(accordance.getCell(5).getNumericCellValue()).isEqualTo(ci.upper());
            // all kommuner: 7 of 11
            assertThat(accordance.getCell(6).getNumericCellValue()).isEqualTo(7);
            assertThat(accordance.getCell(8).getNumericCellValue()).isCloseTo(7.0 / 11, offset(1e-12));

            XSSFRow reversal = row(s, 0, "Omgørelsesprocent (ændret eller hjemvist)");
            assertThat(reversal.getCell(1).getNumericCellValue()).isEqualTo(2);
            assertThat(reversal.getCell(2).getNumericCellValue()).isEqualTo(5);
            row(s, 0, "Omgørelsesprocenten er beregnet af de 5 realitetsbehandlede sager; "
                    + "den ene sag, der ikke kunne vurderes, indgår ikke.");
            row(s, 0, "Undersøgelsen omfatter 6 sager fra Vejen, heraf 5 realitetsbehandlede.");

            XSSFRow unassessable = row(s, 0, "Kan ikke vurderes");
            assertThat(unassessable.getCell(1).getNumericCellValue()).isEqualTo(1);
            assertThat(unassessable.getCell(2).getNumericCellValue()).isEqualTo(6);
        }
    }

    @Test
    void summaryCarriesANativeBarChartOfTheVerdictShares() throws IOException {
        try (XSSFWorkbook wb = open(ExcelReports.kommune(report, vejen()))) {
            XSSFSheet s = wb.getSheet("Sammenfatning");
            List<XSSFChart> charts = s.getDrawingPatriarch().getCharts();
            assertThat(charts).hasSize(1);
            XSSFChart chart = charts.get(0);
            assertThat(chart.getTitleText().getString()).isEqualTo("Samlet vurdering, andel af sagerne");
            assertThat(chart.getChartSeries()).hasSize(1);
            XDDFChartData data = chart.getChartSeries().get(0);
            assertThat(data).isInstanceOf(XDDFBarChartData.class);
            assertThat(data.getSeriesCount()).isEqualTo(2);
            XDDFChartData.Series unit = data.getSeries(0);
            assertThat(unit.getCategoryData().getPointCount()).isEqualTo(5);
            int header = row(s, 0, "Samlet vurdering").getRowNum();
            assertThat(unit.getValuesData().getDataRangeReference())
                    .isEqualTo("Sammenfatning!$D$" + (header + 2) + ":$D$" + (header + 6));
            assertThat(data.getSeries(1).getValuesData().getDataRangeReference())
                    .isEqualTo("Sammenfatning!$I$" + (header + 2) + ":$I$" + (header + 6));
        }
        try (XSSFWorkbook wb = open(ExcelReports.total(report))) {
            XSSFChart chart = wb.getSheet("Sammenfatning").getDrawingPatriarch().getCharts().get(0);
            assertThat(chart.getChartSeries().get(0).getSeriesCount()).isEqualTo(1);
        }
    }

    @Test
    void questionsSheetIsAFrozenFilterableTable() throws IOException {
        try (XSSFWorkbook wb = open(ExcelReports.kommune(report, vejen()))) {
            XSSFSheet s = wb.getSheet("Spørgsmål");
            PaneInformation pane = s.getPaneInformation();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(s.getTables()).hasSize(1);
            XSSFTable t = s.getTables().get(0);
            assertThat(t.getName()).isEqualTo("Spoergsmaal");
            assertThat(t.getCTTable().getAutoFilter().getRef()).isEqualTo(t.getArea().formatAsString());
            assertThat(t.getColumns().get(3).getName()).isEqualTo("Spørgsmål");
            assertThat(s.getRepeatingRows().formatAsString()).isEqualTo("1:1");
            assertThat(s.getPrintSetup().getLandscape()).isTrue();

            XSSFRow vv1 = row(s, 2, "VV1");
            assertThat(vv1.getCell(0).getStringCellValue()).isEqualTo("Spørgsmål");
            assertThat(List.of(vv1.getCell(4).getNumericCellValue(), vv1.getCell(5).getNumericCellValue(),
                    vv1.getCell(6).getNumericCellValue())).containsExactly(4.0, 1.0, 1.0);
            assertThat(vv1.getCell(7).getNumericCellValue()).isEqualTo(0.8);
            assertThat(vv1.getCell(7).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(vv1.getCell(8).getNumericCellValue())
                    .isEqualTo(Proportion.of(4, 5).wilson(0.95).orElseThrow().lower());
            assertThat(vv1.getCell(13).getNumericCellValue()).isEqualTo(0.9);

            // The theme row counts cases (V-01, V-02, V-04 met; V-03, V-05 not; V-06 not relevant), not the
            // 8 met of 10 pooled answers, and sets all kommuner's 8 of 10 cases beside it.
            XSSFRow section = row(s, 2, "VV");
            assertThat(section.getCell(0).getStringCellValue()).isEqualTo("Hele temaet (sager)");
            assertThat(List.of(section.getCell(4).getNumericCellValue(), section.getCell(5).getNumericCellValue(),
                    section.getCell(6).getNumericCellValue())).containsExactly(3.0, 2.0, 1.0);
            assertThat(section.getCell(7).getNumericCellValue()).isEqualTo(0.6);
            assertThat(section.getCell(8).getNumericCellValue())
                    .isEqualTo(Proportion.of(3, 5).wilson(0.95).orElseThrow().lower());
            assertThat(List.of(section.getCell(10).getNumericCellValue(), section.getCell(11).getNumericCellValue(),
                    section.getCell(12).getNumericCellValue())).containsExactly(8.0, 2.0, 2.0);
            assertThat(section.getCell(13).getNumericCellValue()).isEqualTo(0.8);
            int after = t.getEndRowIndex() + 2;
            assertThat(s.getRow(after).getCell(0).getStringCellValue()).startsWith("Alle rækker tæller sager. "
                    + "En sag har opfyldt hele temaet, når alle temaets spørgsmål, der var relevante i sagen, var opfyldt");

            XSSFRow likert = row(s, 2, "TF1");
            assertThat(likert.getCell(7).getCellType()).as("no share for a counted item").isEqualTo(CellType.BLANK);
        }
    }

    @Test
    void casesSheetHasOneRowPerCaseWithReasonsAndOutcomes() throws IOException {
        try (XSSFWorkbook wb = open(ExcelReports.kommune(report, vejen()))) {
            XSSFSheet s = wb.getSheet("Sager");
            List<String> h = headers(s, 0);
            assertThat(h).startsWith("Sags-id", "Kommunekode", "Kommune", "Sagstype", "Samlet vurdering");
            assertThat(h.subList(h.size() - 4, h.size())).allMatch(x -> x.length() <= 3 + 1 + 60)
                    .extracting(x -> x.split(" ")[0]).containsExactly("VV1", "VV3", "FV1", "TF1");
            h = h.stream().map(x -> x.matches("[A-Z]+[0-9]+ .*") ? x.split(" ")[0] : x).toList();
            assertThat(s.getLastRowNum()).isEqualTo(6);
            assertThat(s.getTables().get(0).getDataRowCount()).isEqualTo(6);

            XSSFRow v3 = row(s, 0, "V-03");
            assertThat(v3.getCell(4).getStringCellValue()).isEqualTo("Ville blive hjemvist");
            assertThat(v3.getCell(7).getStringCellValue()).isEqualTo("Nej");
            assertThat(v3.getCell(8).getNumericCellValue()).isCloseTo(2.0 / 3, offset(1e-12));
            assertThat(v3.getCell(8).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(v3.getCell(h.indexOf("Ikke opfyldt: begrundelser")).getStringCellValue())
                    .isEqualTo("VV1: Der mangler speciallægeerklæring.");
            assertThat(v3.getCell(h.indexOf("VV1")).getStringCellValue()).isEqualTo("Ikke opfyldt");
            assertThat(v3.getCell(h.indexOf("VV3")).getStringCellValue()).isEqualTo("Opfyldt");
            assertThat(v3.getCell(h.indexOf("TF1")).getStringCellValue()).isEqualTo("i høj grad");

            Cell remark = row(s, 0, "V-04").getCell(h.indexOf("Bemærkning"));
            assertThat(remark.getCellType()).as("a remark is text, never a formula").isEqualTo(CellType.STRING);
            assertThat(remark.getStringCellValue()).isEqualTo("=SUM(A1)");

            Cell noScore = row(s, 0, "V-06").getCell(8);
            assertThat(noScore.getCellType()).isEqualTo(CellType.BLANK);
        }
    }

    @Test
    void reasonsSheetHasOneReasonPerCell() throws IOException {
        try (XSSFWorkbook wb = open(ExcelReports.kommune(report, vejen()))) {
            XSSFSheet s = wb.getSheet("Begrundelser");
            assertThat(headers(s, 0)).containsExactly("Sags-id", "Kommunekode", "Kommune", "Sagstype", "Spørgsmål-id",
                    "Spørgsmål", "Konsekvens", "Begrundelse");
            XSSFRow v3 = row(s, 0, "V-03");
            assertThat(v3.getCell(4).getStringCellValue()).isEqualTo("VV1");
            assertThat(v3.getCell(6).getStringCellValue()).isEqualTo("Ville blive hjemvist");
            assertThat(v3.getCell(7).getStringCellValue()).isEqualTo("Der mangler speciallægeerklæring.");
            long failed = vejen().cases().stream().mapToLong(c -> c.failed().size()).sum();
            assertThat(s.getTables().get(0).getDataRowCount()).isEqualTo((int) failed).isPositive();
        }
    }

    @Test
    void totalWorkbookListsKommunerByNameWithIntervals() throws IOException {
        try (XSSFWorkbook wb = open(ExcelReports.total(report))) {
            XSSFRow a4 = row(wb.getSheet("Sager"), 0, "A-04");
            assertThat(a4.getCell(4).getStringCellValue()).as("the reviewer's verdict counts").isEqualTo("Ville blive hjemvist");
            assertThat(a4.getCell(5).getStringCellValue()).isEqualTo("Formelle mangler");
            assertThat(a4.getCell(7).getStringCellValue()).isEqualTo("Ja");

            XSSFSheet s = wb.getSheet("Kommuner");
            assertThat(List.of(s.getRow(1).getCell(1).getStringCellValue(), s.getRow(2).getCell(1).getStringCellValue(),
                    s.getRow(3).getCell(1).getStringCellValue())).containsExactly("Billund", "Vejen", "Ærø");
            assertThat(headers(s, 0).subList(3, 7))
                    .containsExactly("Sager", "Realitetsbehandlede", "I overensstemmelse", "Andel i overensstemmelse");
            // Vejen: 6 cases, 5 realitetsbehandlede; the share is 2 of the 5, the denominator beside it
            XSSFRow vejen = s.getRow(2);
            assertThat(List.of(vejen.getCell(3).getNumericCellValue(), vejen.getCell(4).getNumericCellValue(),
                    vejen.getCell(5).getNumericCellValue(), vejen.getCell(6).getNumericCellValue()))
                    .containsExactly(6.0, 5.0, 2.0, 0.4);
            XSSFRow aero = s.getRow(3);
            assertThat(aero.getCell(0).getStringCellValue()).isEqualTo("492");
            assertThat(aero.getCell(3).getNumericCellValue()).isEqualTo(4);
            assertThat(aero.getCell(5).getNumericCellValue()).isEqualTo(3);
            assertThat(aero.getCell(6).getNumericCellValue()).isEqualTo(0.75);
            assertThat(aero.getCell(7).getNumericCellValue())
                    .isEqualTo(Proportion.of(3, 4).wilson(0.95).orElseThrow().lower());
            assertThat(aero.getCell(10).getNumericCellValue()).isEqualTo(0.25);
            assertThat(aero.getCell(18).getCellType()).as("population unknown").isEqualTo(CellType.BLANK);
            assertThat(s.getRow(2).getCell(18).getNumericCellValue()).isEqualTo(40);
            // every verdict as a count (columns 13–17): they sum to the kommune's cases
            for (XSSFRow k : List.of(s.getRow(1), s.getRow(2), s.getRow(3))) {
                double sum = 0;
                for (int c = 13; c <= 17; c++) {
                    sum += k.getCell(c).getNumericCellValue();
                }
                assertThat(sum).isEqualTo(k.getCell(3).getNumericCellValue());
            }
            assertThat(s.getTables().get(0).getName()).isEqualTo("Kommuner");

            assertThat(wb.getSheet("Sager").getLastRowNum()).isEqualTo(12);
        }
    }

    @Test
    void checklistSheetListsEveryQuestionWithItsRule() throws IOException {
        try (XSSFWorkbook wb = open(ExcelReports.total(report))) {
            XSSFSheet s = wb.getSheet("Måleskema");
            XSSFRow fv1 = row(s, 2, "FV1");
            assertThat(fv1.getCell(1).getStringCellValue()).isEqualTo("Formel vurdering");
            assertThat(fv1.getCell(4).getStringCellValue()).isEqualTo("Bedømmerens vurdering");
            assertThat(fv1.getCell(5).getStringCellValue()).isEqualTo("Alle sagstyper");
            assertThat(fv1.getCell(7).getStringCellValue()).isEqualTo("Formelle mangler");
            assertThat(fv1.getCell(8).getStringCellValue()).isEqualTo("Forvaltningsloven § 19");
            assertThat(s.getRow(1).getCell(0).getStringCellValue()).startsWith("Forrang: Har en sag flere ikke opfyldte");
            assertThat(s.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 4);
        }
    }

    @Test
    void checklistSheetRendersTheShippedChecklist() throws IOException {
        Checklist real = ChecklistLoader.load(Path.of("checklists/fleksjob-2010.yaml"));
        AuditReport r = new ReportBuilder().build(real, Fixtures.info(), List.of());
        try (XSSFWorkbook wb = open(ExcelReports.total(r))) {
            XSSFSheet s = wb.getSheet("Måleskema");
            assertThat(s.getTables().get(0).getDataRowCount()).isEqualTo((int) real.items().count());
            Item rv2 = real.item("RV2").orElseThrow();
            XSSFRow row = row(s, 2, "RV2");
            assertThat(row.getCell(4).getStringCellValue()).isEqualTo("Frist (beregnes)");
            assertThat(row.getCell(5).getStringCellValue()).isEqualTo("Revurdering af retten til fleksjob under"
                    + " ledighedsydelse; kun afgørelser truffet til og med 31.12.2009");
            assertThat(row.getCell(6).getStringCellValue()).isEqualTo(ItemDescriber.rule(rv2, real) + ".")
                    .doesNotContain("afgørelse.dato");
            assertThat(row.getCell(8).getStringCellValue()).isEqualTo(rv2.rule()).startsWith("Aktivlovens § 74 c, stk. 1");
            // no cases: the tables keep one blank data row, and shares stay blank rather than 0 %
            assertThat(wb.getSheet("Sager").getTables().get(0).getDataRowCount()).isEqualTo(1);
            assertThat(row(wb.getSheet("Sammenfatning"), 0, "I overensstemmelse med regler og praksis").getCell(3)
                    .getCellType()).isEqualTo(CellType.BLANK);
        }
    }

    @Test
    void documentPropertiesNameTheAuditAndTheSender() throws IOException {
        try (XSSFWorkbook wb = open(ExcelReports.kommune(report, vejen()))) {
            POIXMLProperties.CoreProperties core = wb.getProperties().getCoreProperties();
            assertThat(core.getTitle()).isEqualTo("Praksisundersøgelse om fleksjob 2010");
            assertThat(core.getCreator()).isEqualTo("Beskæftigelsesankenævnet Syddanmark");
            assertThat(core.getSubject()).isEqualTo("Resultater for Vejen");
            assertThat(core.getCreated().toInstant().toString()).isEqualTo("2010-11-30T00:00:00Z");
        }
    }

    @Test
    void twoRunsGiveIdenticalBytes(@TempDir Path a, @TempDir Path b) throws IOException {
        List<Path> first = ExcelReports.writeAll(report, a);
        AuditReport again = new ReportBuilder().build(Fixtures.checklist(), Fixtures.info(), Fixtures.results());
        List<Path> second = ExcelReports.writeAll(again, b);
        assertThat(first.stream().map(p -> a.relativize(p).toString().replace('\\', '/')).collect(Collectors.toList()))
                .containsExactly("samlet.xlsx", "kommuner/530-Billund.xlsx", "kommuner/575-Vejen.xlsx",
                        "kommuner/492-Ærø.xlsx");
        for (int i = 0; i < first.size(); i++) {
            assertThat(Files.readAllBytes(second.get(i))).isEqualTo(Files.readAllBytes(first.get(i)));
        }
    }

    @Test
    void theChartTitleIsTaggedDanishAndTheBytesDoNotDependOnTheMachinesLocale() throws IOException {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            byte[] us = ExcelReports.kommune(report, vejen());
            Locale.setDefault(Locale.forLanguageTag("ar-SA"));
            byte[] arabic = ExcelReports.kommune(report, vejen());
            // the title's run in Danish; POI writes en-US for the paragraph's end mark whatever the locale
            assertThat(StreamingWorkbookTest.entry(us, "xl/charts/chart1.xml")).contains("<a:rPr lang=\"da-DK\"/><a:t>")
                    .isEqualTo(StreamingWorkbookTest.entry(arabic, "xl/charts/chart1.xml"));
            assertThat(Arrays.equals(arabic, us)).as("the same bytes under en-US and ar-SA").isTrue();
        } finally {
            Locale.setDefault(saved);
        }
    }
}
