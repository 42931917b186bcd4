package dk.praksis.controlpoints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.praksis.errors.InvalidInputException;
import dk.praksis.results.ResultsFile;
import dk.praksis.results.ResultsJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import dk.praksis.testdata.LedelsestilsynYear;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The zero-error report over the shipped 2013 ledelsestilsyn months (January–September), audited first. */
class ZeroErrorsTest {

    @TempDir
    Path dir;

    @TempDir
    static Path audited;

    private static List<Path> results;

    @BeforeAll
    static void auditTheShippedMonths() {
        results = LedelsestilsynYear.results(audited);
    }

    /** Given in reverse: the report orders months by opgørelsesdato, not by argument order. */
    private static List<Path> shipped() {
        List<Path> out = new ArrayList<>(results);
        java.util.Collections.reverse(out);
        return out;
    }

    private static Map<String, ControlPoint> byId(ZeroErrorReport r) {
        return r.points().stream().collect(Collectors.toMap(ControlPoint::id, Function.identity()));
    }

    @Test
    void theRunsOfZeroMonthsAndTheCasesTheyRestOnMatchTheMonthlyTallies() throws IOException {
        List<MonthlyResults.Month> months = MonthlyResults.read(shipped());
        assertThat(months).extracting(MonthlyResults.Month::month).first().isEqualTo(YearMonth.of(2013, 1));
        ZeroErrorReport r = ZeroErrors.of(months, 6);
        assertThat(r.months()).hasSize(9);
        assertThat(r.candidates()).extracting(ControlPoint::id).containsExactly("PL1", "RV2", "RV4", "LT1");
        assertThat(r.counted()).containsExactly("PL4");

        // Recount every candidate from the files themselves: the run's months all judged it and found no error.
        for (ControlPoint p : r.points()) {
            int judged = 0;
            int run = 0;
            for (int i = months.size() - 1; i >= 0; i--) {
                var t = months.get(i).results().aggregates().total().items().get(p.id());
                if (t.notMet() > 0 || t.met() == 0) {
                    break;
                }
                run++;
                judged += t.met();
            }
            assertThat(p.monthsWithoutErrors()).as(p.id()).isEqualTo(run);
            assertThat(p.judgedInRun()).as(p.id()).isEqualTo(judged);
            assertThat(p.candidate()).as(p.id()).isEqualTo(run >= 6);
        }
        ControlPoint pl1 = byId(r).get("PL1");
        assertThat(pl1.runFrom()).isEqualTo(YearMonth.of(2013, 4));
        assertThat(pl1.judgedInRun()).isEqualTo(24);
        assertThat(pl1.lastError()).isEqualTo(YearMonth.of(2013, 3));
        assertThat(pl1.lastErrors()).isEqualTo(5);
        assertThat(pl1.lastJudged()).isEqualTo(6);
        // 0 errors in 24 cases: Wilson's upper bound z²/(n + z²) = 13,8 %; in LT1's 12 cases, 24,2 %.
        assertThat(pl1.upperBound()).isCloseTo(3.8415 / (24 + 3.8415), org.assertj.core.data.Offset.offset(1e-4));
        assertThat(byId(r).get("LT1").upperBound()).isCloseTo(3.8415 / (12 + 3.8415), org.assertj.core.data.Offset.offset(1e-4));
        assertThat(byId(r).get("RV4").ended()).isEqualTo("alle månederne i filerne er uden fejl");
        assertThat(byId(r).get("PL2").ended()).isEqualTo("1 fejl i 4 bedømte sager i august 2013");
    }

    @Test
    void theCsvAndWorkbookCarryTheReportsNumbers() throws IOException {
        ZeroErrorReport r = ZeroErrors.of(MonthlyResults.read(shipped()), 6);
        ZeroErrorOutputs.writeInto(r, dir);
        List<String> csv = Files.readAllLines(dir.resolve(ZeroErrorOutputs.CSV), StandardCharsets.UTF_8);
        assertThat(csv.get(0)).startsWith("\uFEFFpunkt;afsnit;spørgsmål;kandidat;måneder_uden_fejl;fra;til;sager_uden_fejl");
        assertThat(csv).contains("PL1;PL;Er der en konkret plan for indsatsen med et overordnet mål og delmål?;ja;6;2013-04;"
                + "2013-09;24;0,1380;2013-03;5;6;38;8;5 fejl i 6 bedømte sager i marts 2013");
        assertThat(csv).hasSize(1 + r.points().size());

        try (InputStream in = Files.newInputStream(dir.resolve(ZeroErrorOutputs.XLSX)); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheet("Kontrolpunkter");
            assertThat(s.getPaneInformation().isFreezePane()).isTrue();
            List<String> ids = new ArrayList<>();
            for (Row row : s) {
                if (row.getRowNum() == 0) {
                    assertThat(row.getCell(8).getStringCellValue()).isEqualTo("fejlandel_højst_95");
                    continue;
                }
                ids.add(row.getCell(0).getStringCellValue());
                ControlPoint p = byId(r).get(row.getCell(0).getStringCellValue());
                assertThat(row.getCell(3).getStringCellValue()).isEqualTo(p.candidate() ? "ja" : "nej");
                assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(p.monthsWithoutErrors());
                assertThat(row.getCell(7).getNumericCellValue()).isEqualTo(p.judgedInRun());
                assertThat(row.getCell(8).getNumericCellValue()).isEqualTo(p.upperBound());
                assertThat(row.getCell(8).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
                assertThat(row.getCell(13).getNumericCellValue()).isEqualTo(p.errorsAll());
            }
            assertThat(ids).containsExactly("PL1", "PL2", "PL3", "RV1", "RV1S", "RV2", "RV3", "RV4", "LT1");
            Sheet months = wb.getSheet("Måneder");
            assertThat(months.getRow(1).getCell(0).getStringCellValue()).isEqualTo("2013-01");
            assertThat(months.getRow(3).getCell(2).getNumericCellValue()).as("March with its re-draw").isEqualTo(6);
        }
        Path again = Files.createDirectories(dir.resolve("igen"));
        ZeroErrorOutputs.writeInto(ZeroErrors.of(MonthlyResults.read(shipped()), 6), again);
        assertThat(Files.readAllBytes(again.resolve(ZeroErrorOutputs.XLSX)))
                .isEqualTo(Files.readAllBytes(dir.resolve(ZeroErrorOutputs.XLSX)));
    }

    @Test
    void aMissingMonthEndsEveryRun() throws IOException {
        List<Path> files = new ArrayList<>(shipped());
        files.removeIf(p -> p.toString().contains("2013-06"));
        ZeroErrorReport r = ZeroErrors.of(MonthlyResults.read(files), 6);
        assertThat(r.candidates()).isEmpty();
        assertThat(byId(r).get("RV4").monthsWithoutErrors()).isEqualTo(3);
        assertThat(byId(r).get("RV4").ended()).isEqualTo("måneden før juli 2013 mangler i filerne");
    }

    @Test
    void twoFilesOfOneMonthOrAnotherChecklistAreNamed() throws IOException {
        List<Path> files = new ArrayList<>(shipped());
        Path copy = Files.copy(results.get(4), dir.resolve("maj-igen.json"));
        files.add(copy);
        assertThatThrownBy(() -> MonthlyResults.read(files)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("maj-igen.json: samme måned (maj 2013) som tilsyn-2013-05/resultater.json");

        Path other = dir.resolve("andet.json");
        Files.writeString(other, Files.readString(results.get(1))
                .replace("\"id\" : \"ledelsestilsyn-ledighedsydelse\"", "\"id\" : \"fleksjob-2010\""));
        List<Path> mixed = new ArrayList<>(shipped());
        mixed.removeIf(p -> p.toString().contains("2013-02"));
        mixed.add(other);
        assertThatThrownBy(() -> MonthlyResults.read(mixed)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("andet.json: måleskemaet er fleksjob-2010, men den seneste måned bruger"
                        + " ledelsestilsyn-ledighedsydelse");
        ResultsFile r = ResultsJson.read(other);
        assertThat(r.checklist().id()).isEqualTo("fleksjob-2010");
    }
}
