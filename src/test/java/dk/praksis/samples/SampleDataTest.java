package dk.praksis.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.praksis.cases.Case;
import dk.praksis.cases.CaseReadOptions;
import dk.praksis.cases.CourseEntry;
import dk.praksis.cases.files.CaseFiles;
import dk.praksis.checklist.Checklist;
import dk.praksis.checklist.ChecklistLoader;
import dk.praksis.cli.CliRun;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shipped sample years, read through the real readers (YAML, JSON, CSV saved by Danish Excel,
 * the filled-in Excel template): they validate, hold what the README promises, and tell the story
 * the comparison is meant to find.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SampleDataTest {

    private static final Path ROOT = Path.of("sample-cases");
    private static final List<String> YEARS = List.of("2009", "2010", "2011");
    private static final Set<String> KOMMUNER = Set.of("461", "561", "621", "540", "580", "479", "575", "492");

    private final Map<String, List<Case>> cases = new TreeMap<>();

    @BeforeAll
    void readSamples() {
        Checklist checklist = ChecklistLoader.load(Path.of("checklists/fleksjob-2010.yaml"));
        for (String year : YEARS) {
            List<Case> list = new ArrayList<>();
            CaseFiles.read(List.of(ROOT.resolve(year).resolve("sager")), checklist, CaseReadOptions.DEFAULT, list::add);
            cases.put(year, list);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2009", "2010", "2011"})
    void validatePassesOnEverySampleYear(String year) {
        CliRun r = CliRun.of("validate", "--checklist", "checklists/fleksjob-2010.yaml",
                ROOT.resolve(year).resolve("sager").toString());
        assertThat(r.err()).isEmpty();
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).containsPattern("\\d+ sager i \\d+ fil(er)? er gyldige");
    }

    @Test
    void theYearsUseEveryInputFormat() throws IOException {
        assertThat(filesIn("2009")).allMatch(f -> f.endsWith(".yaml"));
        assertThat(filesIn("2010")).anyMatch(f -> f.endsWith(".json")).anyMatch(f -> f.endsWith(".yaml"))
                .contains("svendborg/sager.csv", "svendborg/perioder.csv");
        assertThat(filesIn("2011")).containsExactly("sager-2011.xlsx");
        // The CSV is what Danish Excel writes: Windows-1252, semicolons, CRLF, dd-mm-yyyy.
        byte[] csv = Files.readAllBytes(ROOT.resolve("2010/sager/svendborg/sager.csv"));
        String text = new String(csv, "windows-1252");
        assertThat(text).startsWith("id;kommune;sagstype;afgørelse_dato").contains("\r\n").containsPattern(";\\d{2}-\\d{2}-\\d{4};");
        assertThatThrownBy(() -> StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(csv)))
                .as("Windows-1252 æ/ø/å are not valid UTF-8").isInstanceOf(CharacterCodingException.class);
    }

    @Test
    void everyYearHasTheSameEightKommunerWithEightToFifteenCasesEach() {
        for (String year : YEARS) {
            Map<String, Long> perKommune = cases.get(year).stream()
                    .collect(Collectors.groupingBy(c -> c.kommune().kode(), TreeMap::new, Collectors.counting()));
            assertThat(perKommune.keySet()).as(year).isEqualTo(new java.util.TreeSet<>(KOMMUNER));
            assertThat(perKommune.values()).as(year).allMatch(n -> n >= 8 && n <= 15);
        }
    }

    @Test
    void caseIdsCarryTheirYear() {
        for (String year : YEARS) {
            String prefix = "SYD" + year.substring(2) + "-";
            assertThat(cases.get(year)).extracting(Case::id).allMatch(id -> id.startsWith(prefix));
        }
    }

    @Test
    void bothCaseTypesAndUnassessableFilesOccurEveryYear() {
        for (String year : YEARS) {
            assertThat(cases.get(year)).extracting(Case::caseType).contains("bevilling", "revurdering");
        }
        assertThat(YEARS.stream().flatMap(y -> cases.get(y).stream())).anyMatch(c -> !c.decision().present());
    }

    @Test
    void revurderingCasesGoInAndOutOfLedighedsydelse() {
        List<Case> interrupted = YEARS.stream().flatMap(y -> cases.get(y).stream())
                .filter(c -> c.caseType().equals("revurdering"))
                .filter(c -> c.periods().stream().anyMatch(p -> Set.of("barsel", "arbejde", "sygdom").contains(p.type())))
                .toList();
        assertThat(interrupted).hasSizeGreaterThan(20);
        assertThat(interrupted).anyMatch(c -> c.periods().stream().anyMatch(p -> p.to() == null));
    }

    @Test
    void theWorkshopCaseIsABevillingWithAThreeMonthWarehouseTrialWithoutFunctionsDescribed() {
        List<Case> workshop = cases.get("2010").stream()
                .filter(c -> c.documents().containsKey("ressourceprofil"))
                .filter(c -> c.documents().get("ressourceprofil").elements().getOrDefault("uddannelse", "").contains("mekaniker"))
                .toList();
        assertThat(workshop).hasSize(1);
        Case c = workshop.get(0);
        assertThat(c.caseType()).isEqualTo("bevilling");
        assertThat(c.review().verdict()).isEqualTo("hjemvisning");
        CourseEntry longest = c.courses().get("arbejdsprøvninger").stream()
                .max(Comparator.comparing(t -> ChronoUnit.DAYS.between(t.from(), t.to()))).orElseThrow();
        assertThat(longest.field()).isEqualTo("lager");
        assertThat(longest.flags()).containsEntry("funktioner_beskrevet", false);
        assertThat(longest.from().plusMonths(3).minusDays(3)).isBeforeOrEqualTo(longest.to());
    }

    @Test
    void noTextFileHoldsTheSeedsBirthDateNameOrAddress() throws IOException {
        Pattern forbidden = Pattern.compile("140763|Anders Andersen|Gyvelvænget");
        try (Stream<Path> files = Files.walk(ROOT)) {
            for (Path f : files.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".xlsx")).toList()) {
                String text = new String(Files.readAllBytes(f), f.toString().endsWith(".csv") ? "windows-1252" : "UTF-8");
                assertThat(forbidden.matcher(text).find()).as(f.toString()).isFalse();
            }
        }
    }

    @Test
    void reviewersFindFewerReversalsIn2011ThanIn2009ButNotInSvendborg() {
        assertThat(reversalShare(cases.get("2011"), null)).isLessThan(reversalShare(cases.get("2009"), null) - 0.05);
        assertThat(reversalShare(cases.get("2011"), "479")).isGreaterThanOrEqualTo(reversalShare(cases.get("2009"), "479") - 0.1);
    }

    private static double reversalShare(List<Case> list, String kommune) {
        List<String> verdicts = list.stream().filter(c -> kommune == null || c.kommune().kode().equals(kommune))
                .map(c -> c.review().verdict()).filter(v -> v != null).toList();
        return (double) verdicts.stream().filter(v -> v.equals("ændring") || v.equals("hjemvisning")).count()
                / verdicts.size();
    }

    private static List<String> filesIn(String year) throws IOException {
        Path dir = ROOT.resolve(year).resolve("sager");
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).map(f -> dir.relativize(f).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }
}
