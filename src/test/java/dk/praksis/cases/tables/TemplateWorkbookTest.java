package dk.praksis.cases.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TemplateWorkbookTest {

    private final byte[] bytes = CaseWorkbookWriter.bytes(TestChecklists.rich(), List.of());

    private static XSSFWorkbook open(byte[] b) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(b));
    }

    /** The validation on a column's data rows, if any. */
    private static Optional<DataValidation> validation(XSSFSheet sheet, int column) {
        return sheet.getDataValidations().stream().map(DataValidation.class::cast).filter(v -> {
            CellRangeAddress r = v.getRegions().getCellRangeAddress(0);
            return r.getFirstColumn() == column && r.getFirstRow() == 1;
        }).findFirst();
    }

    @Test
    void sheetsAndHeadersFollowTheChecklist() throws IOException {
        try (XSSFWorkbook wb = open(bytes)) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(7);
            assertThat(List.of(0, 1, 2, 3, 4, 5, 6)).extracting(wb::getSheetName).containsExactly("Sager", "Perioder",
                    "Hændelser", "Arbejdsprøvninger", "Dokumenter", "Anden vurdering", "Vejledning");
            XSSFSheet sager = wb.getSheet("Sager");
            assertThat(sager.getRow(0).getCell(11).getStringCellValue()).isEqualTo("AP3");
            assertThat(sager.getRow(0).getCell(11).getCellComment().getString().getString())
                    .contains("AP3: Er arbejdsprøvningen relevant og dækkende", "Svar: ja / nej / delvis / ikke relevant");
            assertThat(sager.getRow(0).getCell(0).getCellStyle().getFont().getBold()).isTrue();
            assertThat(sager.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sager.getPaneInformation().getVerticalSplitPosition()).isEqualTo((short) 1);
            assertThat(wb.getSheet("Perioder").getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sager.getColumnWidth(14)).isEqualTo(50 * 256);
            assertThat(sager.getColumnStyle(3).getDataFormatString()).isEqualTo("dd-mm-yyyy");
            assertThat(sager.getLastRowNum()).isZero();
        }
    }

    @Test
    void answerColumnsVerdictAndCaseTypeHaveDropDowns() throws IOException {
        try (XSSFWorkbook wb = open(bytes)) {
            XSSFSheet sager = wb.getSheet("Sager");
            DataValidation ap3 = validation(sager, 11).orElseThrow();
            assertThat(ap3.getValidationConstraint().getExplicitListValues())
                    .containsExactly("ja", "nej", "delvis", "ikke relevant");
            assertThat(ap3.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.STOP);
            assertThat(ap3.getRegions().getCellRangeAddress(0).getLastRow()).isEqualTo(1000);
            assertThat(validation(sager, 10).orElseThrow().getValidationConstraint().getExplicitListValues())
                    .containsExactly("i høj grad", "i nogen grad", "i ringe grad", "slet ikke");
            assertThat(validation(sager, 2).orElseThrow().getValidationConstraint().getExplicitListValues())
                    .containsExactly("bevilling", "revurdering");
            assertThat(validation(sager, 13).orElseThrow().getValidationConstraint().getExplicitListValues())
                    .containsExactly("i_overensstemmelse", "ændring", "hjemvisning", "formel", "kan_ikke_vurderes");
            assertThat(validation(sager, 3).orElseThrow().getValidationConstraint().getValidationType())
                    .isEqualTo(ValidationType.DATE);
            assertThat(validation(sager, 0)).isEmpty();
            XSSFSheet trials = wb.getSheet("Arbejdsprøvninger");
            assertThat(validation(trials, 5).orElseThrow().getValidationConstraint().getExplicitListValues())
                    .containsExactly("ja", "nej");
            assertThat(validation(trials, 3).orElseThrow().getValidationConstraint().getValidationType())
                    .isEqualTo(ValidationType.DECIMAL);
            DataValidation type = validation(wb.getSheet("Perioder"), 1).orElseThrow();
            assertThat(type.getValidationConstraint().getExplicitListValues()).containsExactly("ledighedsydelse");
            assertThat(type.getShowErrorBox()).as("other period types, e.g. barsel, are allowed").isFalse();
        }
    }

    @Test
    void guideExplainsTheSheetsInDanish() throws IOException {
        try (XSSFWorkbook wb = open(bytes)) {
            XSSFSheet guide = wb.getSheet("Vejledning");
            StringBuilder text = new StringBuilder();
            guide.forEach(row -> text.append(row.getCell(0).getStringCellValue()).append('\n'));
            assertThat(text).contains("Vejledning: Testundersøgelse om fleksjob", "15-03-2010", "15.03.2010",
                    "Perioder: borgerens perioder", "Kolonner: id, fra, til, timer_pr_uge, område, funktioner_beskrevet",
                    "AP3: Er arbejdsprøvningen relevant", "arbejdsproevninger.csv", "CPR-numre");
        }
    }

    @Test
    void sameChecklistGivesTheSameBytesWithFixedTimes() throws IOException {
        assertThat(CaseWorkbookWriter.bytes(TestChecklists.rich(), List.of())).isEqualTo(bytes);
        try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            int entries = 0;
            for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                assertThat(e.getTimeLocal()).as(e.getName()).isEqualTo(LocalDateTime.of(2000, 1, 1, 0, 0));
                entries++;
            }
            assertThat(entries).isGreaterThan(10);
        }
        try (XSSFWorkbook wb = open(bytes)) {
            var props = wb.getProperties().getCoreProperties();
            assertThat(props.getCreated().toInstant().toString()).isEqualTo("2000-01-01T00:00:00Z");
            assertThat(props.getModified().toInstant().toString()).isEqualTo("2000-01-01T00:00:00Z");
            assertThat(props.getTitle()).isEqualTo("Indtastning af sager: Testundersøgelse om fleksjob");
        }
    }
}
