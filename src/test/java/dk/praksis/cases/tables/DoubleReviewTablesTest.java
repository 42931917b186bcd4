package dk.praksis.cases.tables;

import static org.assertj.core.api.Assertions.assertThat;

import dk.praksis.cases.Case;
import dk.praksis.cases.Review;
import dk.praksis.errors.Problem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The second reviewer's answer set (double review) in the workbook, the template and the CSV tables. */
class DoubleReviewTablesTest {

    @TempDir
    Path dir;

    private final List<Problem> problems = new ArrayList<>();
    private final List<Case> read = new ArrayList<>();

    @Test
    void theSecondAnswerSetRoundTripsThroughTheWorkbookOnItsOwnSheet() throws IOException {
        List<Case> cases = List.of(TestCases.doubleReviewed(), TestCases.noDecision());
        Path file = dir.resolve("sager.xlsx");
        CaseWorkbookWriter.write(TestChecklists.rich(), cases, file);
        new XlsxCaseFormat(TestChecklists.rich(), TestCases.KOMMUNER).read(file, read::add, problems);

        assertThat(problems).isEmpty();
        assertThat(read).usingRecursiveFieldByFieldElementComparatorIgnoringFields("origin")
                .containsExactlyElementsOf(cases);
        Case c = TestCases.byId(read, "SYD10-0417").orElseThrow();
        assertThat(c.review().verdict()).isEqualTo("hjemvisning");
        assertThat(c.secondReview().reviewer()).isEqualTo("R2");
        assertThat(c.secondReview().answers()).containsEntry("VV1", "nej").containsEntry("AP3", "ja");
        // Anden vurdering: id, bedømmer, VV1, TF1, AP3, FV1, samlet, bemærkning.
        assertThat(c.origin().place("anden_vurdering.bedømmer")).isEqualTo("Anden vurdering!B2");
        assertThat(c.origin().place("anden_vurdering.svar.AP3")).isEqualTo("Anden vurdering!E2");
        assertThat(c.origin().place("anden_vurdering.samlet")).isEqualTo("Anden vurdering!G2");
        assertThat(TestCases.byId(read, "SYD10-0502").orElseThrow().doubleReviewed()).isFalse();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            XSSFSheet second = wb.getSheet("Anden vurdering");
            assertThat(second.getLastRowNum()).as("one row per double-reviewed case").isEqualTo(1);
            assertThat(second.getRow(1).getCell(6).getStringCellValue()).isEqualTo("i_overensstemmelse");
        }
    }

    @Test
    void theTemplatesSecondSheetHasTheSameDropDownsAsSager() throws IOException {
        byte[] template = CaseWorkbookWriter.bytes(TestChecklists.rich(), List.of());
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            XSSFSheet second = wb.getSheet("Anden vurdering");
            List<String> headers = new ArrayList<>();
            second.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
            assertThat(headers).containsExactly("id", "bedømmer", "VV1", "TF1", "AP3", "FV1", "samlet", "bemærkning",
                    "VV1 begrundelse", "TF1 begrundelse", "AP3 begrundelse", "FV1 begrundelse");
            assertThat(listAt(second, 4)).containsExactly("ja", "nej", "delvis", "ikke relevant");
            assertThat(listAt(second, 6)).contains("i_overensstemmelse", "hjemvisning", "kan_ikke_vurderes");
            assertThat(second.getRow(0).getCell(1).getCellComment().getString().getString())
                    .contains("anden bedømmers", "ikke den samme som på arket Sager");
            assertThat(allGuide(wb))
                    .contains("Anden vurdering: kun for sager, som en anden bedømmer vurderer uafhængigt");
        }
    }

    @Test
    void theSecondAnswerSetRoundTripsThroughDanishExcelCsv() throws IOException {
        List<Case> cases = List.of(TestCases.doubleReviewed());
        for (Map.Entry<String, byte[]> f : DanishExcelCsv.tables(TestChecklists.rich(), cases).entrySet()) {
            Files.write(dir.resolve(f.getKey()), f.getValue());
        }
        assertThat(dir.resolve("anden_vurdering.csv")).exists();
        new CsvCaseFormat(TestChecklists.rich(), TestCases.KOMMUNER).read(dir.resolve("sager.csv"), read::add, problems);

        assertThat(problems).isEmpty();
        assertThat(read).usingRecursiveFieldByFieldElementComparatorIgnoringFields("origin")
                .containsExactlyElementsOf(cases);
        assertThat(read.get(0).origin().where("anden_vurdering.samlet"))
                .isEqualTo(dir + " anden_vurdering.csv række 2, kolonne samlet");
        assertThat(read.get(0).review().reasons()).containsExactly(
                Map.entry("AP3", "Arbejdsprøvningen beskriver kun lagerarbejde; æ, ø og å."));
        assertThat(read.get(0).origin().where("anden_vurdering.begrundelser.VV1"))
                .isEqualTo(dir + " anden_vurdering.csv række 2, kolonne VV1 begrundelse");
    }

    @Test
    void aSecondRowForTheSameCaseAndAnUnknownIdAreProblemsWithTheirPlaces() throws IOException {
        Files.writeString(dir.resolve("sager.csv"), "id;kommune;sagstype;bedømmer;samlet\nS-1;Vejen;bevilling;R1;"
                + "i_overensstemmelse\n");
        Files.writeString(dir.resolve("anden_vurdering.csv"), "id;bedømmer;samlet\nS-1;R2;hjemvisning\n"
                + "S-1;R3;i_overensstemmelse\nS-9;R2;hjemvisning\n");
        new CsvCaseFormat(TestChecklists.rich(), TestCases.KOMMUNER).read(dir.resolve("sager.csv"), read::add, problems);

        assertThat(problems).extracting(Problem::line).containsExactly(
                dir + " anden_vurdering.csv række 3, kolonne id (sag S-1): sagen har allerede en anden vurdering på en"
                        + " tidligere række; en sag dobbeltbedømmes af én anden bedømmer",
                dir + " anden_vurdering.csv række 4, kolonne id (sag S-9): sagen findes ikke i sager.csv");
        assertThat(read.get(0).secondReview()).isEqualTo(new Review("R2", Map.of(), "hjemvisning", null));
    }

    private static List<String> listAt(XSSFSheet sheet, int column) {
        DataValidation v = sheet.getDataValidations().stream().map(DataValidation.class::cast)
                .filter(d -> d.getRegions().getCellRangeAddress(0).getFirstColumn() == column)
                .findFirst().orElseThrow();
        return List.of(v.getValidationConstraint().getExplicitListValues());
    }

    private static String allGuide(XSSFWorkbook wb) {
        StringBuilder all = new StringBuilder();
        wb.getSheet("Vejledning").forEach(r -> all.append(r.getCell(0).getStringCellValue()).append('\n'));
        return all.toString();
    }
}
