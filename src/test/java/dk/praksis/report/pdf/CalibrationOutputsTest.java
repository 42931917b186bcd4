package dk.praksis.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.praksis.calibration.Calibration;
import dk.praksis.report.AuditReport;
import dk.praksis.report.Fixtures;
import dk.praksis.report.excel.ExcelReports;
import dk.praksis.results.ResultsBuilder;
import dk.praksis.results.ResultsJson;
import java.io.ByteArrayInputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The calibration of a double-reviewed audit as the reader sees it: the Metode section of both overall PDFs, the
 * sheet "Kalibrering" and {@code kalibrering} in the results file. The fixture (Fixtures.doubleReviewed) has 12
 * cases; its reference values come from src/test/python/stats_reference.py ("fixture verdict", "fixture TF1").
 */
class CalibrationOutputsTest {

    private static final AuditReport REPORT = PdfReportsTest.report(Fixtures.doubleReviewed());

    @Test
    void theModelHasTheVerdictAndEveryReviewerQuestion() {
        Calibration c = REPORT.method().calibration();
        assertThat(c.cases()).isEqualTo(12);
        assertThat(c.reviewers()).containsExactly("R1/R2", "R2/R1", "R3/R2");
        assertThat(c.verdict().agreement().pairs()).isEqualTo(12);
        assertThat(c.verdict().agreement().observed()).isCloseTo(10.0 / 12, within(1e-12));
        assertThat(c.verdict().agreement().count(2, 0)).as("hjemvisning by the first, OK by the second").isEqualTo(1);
        assertThat(c.verdict().agreement().kappa().value()).isCloseTo(0.7142857142857144, within(1e-12));
        assertThat(c.verdict().agreement().ac1().value()).isCloseTo(0.8054711246200609, within(1e-12));
        assertThat(c.verdict().agreement().weightedKappa()).as("verdicts are nominal").isNull();
        Calibration.Measure tf1 = c.items().stream().filter(m -> "TF1".equals(m.id())).findFirst().orElseThrow();
        assertThat(tf1.agreement().weightedKappa().value()).isCloseTo(0.8, within(1e-12));
        assertThat(tf1.agreement().weightedKappa().standardError()).isCloseTo(0.10770329614269002, within(1e-12));
        assertThat(c.items()).extracting(Calibration.Measure::id).containsExactly("VV1", "VV3", "FV1", "TF1");
        assertThat(c.items().get(1).agreement()).as("no VV3 answers in the fixture").isNull();
    }

    @Test
    void theInternalPdfShowsTheRawTableAndTheCoefficients() throws Exception {
        try (PdfText pdf = new PdfText(PdfReports.samlet(REPORT))) {
            String text = PdfText.squeeze(pdf.text());
            assertThat(text).contains(PdfText.squeeze("Kalibrering: to bedømmere om samme sag"),
                    PdfText.squeeze("12 sager af 12 sager blev bedømt af to bedømmere hver for sig"),
                    PdfText.squeeze("bedømmerpar (første/anden): R1/R2, R2/R1 og R3/R2"),
                    PdfText.squeeze("Samlet vurdering, første bedømmer (rækker) mod anden bedømmer (kolonner)"));
            // Samlet vurdering: 12 pairs, 83,3 % agree, kappa 0,71 (0,35–1,00 cut at 1), AC1 0,81.
            String order = pdf.readingOrder();
            assertThat(order).contains(PdfText.squeeze("Samlet vurdering 12 83,3 % 0,71 ("),
                    PdfText.squeeze("0,81 (0,52–1,00)"), PdfText.squeeze("TF1 Føler borgeren sig hørt? 12 83,3 % 0,70"),
                    PdfText.squeeze("0,80 (0,56–1,00)"));
        }
    }

    @Test
    void thePublicPdfNamesNoReviewersAndLeavesOutTheRawTable() throws Exception {
        try (PdfText pdf = new PdfText(PdfReports.samletPublic(REPORT))) {
            String text = PdfText.squeeze(pdf.text());
            assertThat(text).contains(PdfText.squeeze("Kalibrering: to bedømmere om samme sag"),
                    PdfText.squeeze("Krydstabellerne over de to bedømmeres svar vises ikke i den offentlige rapport"))
                    .doesNotContain("R1/R2").doesNotContain(PdfText.squeeze("første bedømmer (rækker)"));
        }
    }

    @Test
    void kommuneReportsHaveNoCalibration() throws Exception {
        try (PdfText pdf = new PdfText(PdfReports.kommune(REPORT, PdfReportsTest.kommune(REPORT, "Ærø")))) {
            assertThat(pdf.text()).doesNotContain("Kalibrering");
        }
    }

    @Test
    void theWorkbookHasAKalibreringSheetWithNumbersAndRawTables() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(ExcelReports.total(REPORT)))) {
            XSSFSheet sheet = wb.getSheet("Kalibrering");
            Row header = sheet.getRow(4);
            assertThat(header.getCell(5).getStringCellValue()).isEqualTo("Cohens kappa");
            Row verdict = sheet.getRow(5);
            assertThat(verdict.getCell(0).getStringCellValue()).isEqualTo("samlet");
            assertThat(verdict.getCell(2).getNumericCellValue()).isEqualTo(12);
            assertThat(verdict.getCell(3).getNumericCellValue()).isEqualTo(10);
            assertThat(verdict.getCell(5).getNumericCellValue()).isCloseTo(0.7142857142857144, within(1e-12));
            assertThat(verdict.getCell(11).getNumericCellValue()).isCloseTo(0.8054711246200609, within(1e-12));
            assertThat(verdict.getCell(5).getCellStyle().getDataFormatString()).isEqualTo("0.00");
            Row tf1 = sheet.getRow(9);
            assertThat(tf1.getCell(0).getStringCellValue()).isEqualTo("TF1");
            assertThat(tf1.getCell(8).getNumericCellValue()).as("weighted kappa").isCloseTo(0.8, within(1e-12));
            assertThat(wb.getTable("Kalibrering_samlet")).isNotNull();
            assertThat(wb.getTable("Kalibrering_TF1")).isNotNull();
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(ExcelReports.kommune(REPORT,
                PdfReportsTest.kommune(REPORT, "Ærø"))))) {
            assertThat(wb.getSheet("Kalibrering")).isNull();
        }
    }

    @Test
    void theResultsFileCarriesTheCalibrationAndEachCasesSecondAnswerSet() throws Exception {
        JsonNode json = new ObjectMapper().readTree(ResultsJson.toBytes(ResultsBuilder.build(Fixtures.info(),
                Fixtures.checklist(), Fixtures.doubleReviewed())));
        JsonNode cal = json.get("kalibrering");
        assertThat(cal.get("dobbeltbedømte_sager").asInt()).isEqualTo(12);
        JsonNode verdict = cal.get("samlet_vurdering");
        assertThat(verdict.get("par").asInt()).isEqualTo(12);
        assertThat(verdict.get("enige").asInt()).isEqualTo(10);
        assertThat(verdict.get("tabel").get(2).toString()).isEqualTo("[1,0,0,1,0]");
        assertThat(verdict.get("kappa").get("værdi").asDouble()).isCloseTo(0.7142857142857144, within(1e-12));
        assertThat(verdict.get("kappa").get("se").asDouble()).isCloseTo(0.16572690768816084, within(1e-12));
        assertThat(verdict.get("ac1").get("se").asDouble()).isCloseTo(0.12868336970639316, within(1e-12));
        assertThat(cal.get("spørgsmål").get("TF1").get("vægtet_kappa").get("værdi").asDouble())
                .isCloseTo(0.8, within(1e-12));
        JsonNode a04 = null;
        for (JsonNode c : json.get("sager")) {
            if (c.get("id").asText().equals("A-04")) {
                a04 = c;
            }
        }
        assertThat(a04.get("anden_vurdering").get("samlet").asText()).isEqualTo("formel");
        assertThat(a04.get("vurdering").get("samlet").asText()).as("the first set still scores the case")
                .isEqualTo("hjemvisning");
    }
}
