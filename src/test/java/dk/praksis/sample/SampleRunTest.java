package dk.praksis.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.praksis.cases.KommuneRegister;
import dk.praksis.cases.PersonalDataDetector;
import dk.praksis.errors.InvalidInputException;
import dk.praksis.errors.OutputExistsException;
import dk.praksis.errors.PersonalDataException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleRunTest {

    private static final Path SHIPPED = Path.of("sample-cases/udtraek/udtraek.yaml");
    private static final Path LEDELSESTILSYN = Path.of("sample-cases/udtraek/ledelsestilsyn/udtraek.yaml");
    private static final KommuneRegister KOMMUNER = KommuneRegister.standard();

    @TempDir
    Path dir;

    @TempDir
    static Path shared;

    /** One run of the shipped plan, read by the tests that only look at its output. */
    private static SampleRun.Outcome shipped;

    @BeforeAll
    static void drawTheShippedSampleOnce() {
        shipped = new SampleRun(KOMMUNER).run(SHIPPED, null, shared.resolve("a"), false, 1, PersonalDataDetector.STANDARD);
    }

    private SampleRun.Outcome run(Path plan, Long seed, Path out) {
        return new SampleRun(KOMMUNER).run(plan, seed, out, false, 1, PersonalDataDetector.STANDARD);
    }

    private static Map<String, byte[]> files(Path folder) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(folder)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                out.put(folder.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return out;
    }

    @Test
    void theSameSeedGivesTheSameFilesByteForByte() throws IOException {
        run(SHIPPED, null, dir.resolve("b"));
        Map<String, byte[]> a = files(shared.resolve("a"));
        Map<String, byte[]> b = files(dir.resolve("b"));
        assertThat(a.keySet()).contains("udtraek.csv", "udtraek.xlsx", "protokol.json",
                "kommuner/575-Vejen-stikproeve.csv", "kommuner/575-Vejen-stikproeve.xlsx",
                "kommuner/575-Vejen-indkaldelse.pdf").isEqualTo(b.keySet());
        a.forEach((name, bytes) -> assertThat(bytes).as(name).isEqualTo(b.get(name)));
    }

    @Test
    void anotherSeedGivesAnotherSampleAndTheSeedIsRecorded() throws IOException {
        run(SHIPPED, 7L, dir.resolve("b"));
        assertThat(drawn(shared.resolve("a"), "575")).isNotEqualTo(drawn(dir.resolve("b"), "575"));
        JsonNode record = new ObjectMapper().readTree(dir.resolve("b/protokol.json").toFile());
        assertThat(record.get("frø").asLong()).isEqualTo(7);
        assertThat(record.get("genskab").asText()).isEqualTo("praksis sample udtraek.yaml --seed 7");
    }

    @Test
    void theRecordHoldsThePopulationFilesHash() throws Exception {
        JsonNode record = new ObjectMapper().readTree(shared.resolve("a/protokol.json").toFile());
        byte[] population = Files.readAllBytes(Path.of("sample-cases/udtraek/population.csv"));
        String expected = java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(population));
        assertThat(record.at("/population/sha256").asText()).isEqualTo(expected);
        assertThat(record.at("/population/rækker").asInt()).isEqualTo(1340);
        assertThat(record.at("/regler/for_få").asText()).isEqualTo("tag_alle");
    }

    @Test
    void theRowOrderOfThePopulationListDoesNotChangeTheSample() throws IOException {
        Path src = Path.of("sample-cases/udtraek/population.csv");
        List<String> lines = Files.readAllLines(src, StandardCharsets.UTF_8);
        List<String> body = new ArrayList<>(lines.subList(1, lines.size()));
        Collections.shuffle(body, new Random(3));
        Path copy = Files.createDirectories(dir.resolve("copy"));
        List<String> shuffled = new ArrayList<>(List.of(lines.get(0)));
        shuffled.addAll(body);
        Files.write(copy.resolve("population.csv"), shuffled, StandardCharsets.UTF_8);
        Files.writeString(copy.resolve("udtraek.yaml"), Files.readString(SHIPPED).replace("brev: indkaldelsesbrev.md", ""));
        run(copy.resolve("udtraek.yaml"), null, dir.resolve("b"));
        for (String kode : List.of("461", "492", "575")) {
            assertThat(drawn(dir.resolve("b"), kode)).isEqualTo(drawn(shared.resolve("a"), kode));
        }
    }

    @Test
    void perKommuneQuotasAreMetFromCasesInsideThePeriodAndCaseTypes() throws IOException {
        SampleRun.Outcome o = shipped;
        Map<String, Integer> perKommune = new TreeMap<>();
        Set<String> seen = new HashSet<>();
        for (DrawCell c : o.draw().cells()) {
            perKommune.merge(c.kommune().navn(), c.drawn().size(), Integer::sum);
            assertThat(c.reserve()).hasSize(3);
            for (PopulationCase p : concat(c.drawn(), c.reserve())) {
                assertThat(seen.add(p.reference())).as("drawn twice: " + p.reference()).isTrue();
                assertThat(p.kommune()).isEqualTo(c.kommune());
                assertThat(p.date()).isBetween(java.time.LocalDate.of(2011, 1, 1), java.time.LocalDate.of(2011, 6, 30));
                assertThat(p.caseType()).isIn("bevilling", "revurdering");
            }
        }
        assertThat(perKommune).containsEntry("Odense", 15).containsEntry("Ærø", 10).containsEntry("Vejen", 12)
                .containsEntry("Esbjerg", 12).hasSize(8);
    }

    @Test
    void ledelsestilsynStrataGetOneOneAndTwoCasesFromTheRightDurations() throws IOException {
        SampleRun.Outcome o = run(LEDELSESTILSYN, null, dir.resolve("lt"));
        Map<String, List<Double>> months = new TreeMap<>();
        for (DrawCell c : o.draw().cells()) {
            months.put(c.stratum().name(), c.drawn().stream().map(p -> Double.parseDouble(
                    ((dk.praksis.cases.tables.CellValue.Text) p.field("måneder_på_ledighedsydelse").orElseThrow()).text()))
                    .toList());
        }
        assertThat(months.get("Under 6 måneder")).hasSize(1).allMatch(m -> m < 6);
        assertThat(months.get("6–12 måneder")).hasSize(1).allMatch(m -> m >= 6 && m < 12);
        assertThat(months.get("Over 18 måneder")).hasSize(2).allMatch(m -> m >= 18);
        // The list carries the stratum fields, so the leader sees months and caseworker per case.
        String csv = Files.readString(dir.resolve("lt/udtraek.csv"), StandardCharsets.UTF_8);
        assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo("\uFEFFkommunekode;kommune;stratum;nr;reference;"
                + "sagstype;dato;rolle;måneder_på_ledighedsydelse;sagsbehandler");
    }

    @Test
    void aTooSmallStratumIsTakenWholeAndTheShortfallRecordedOrStopsTheDraw() throws IOException {
        Path plan = copyLedelsestilsyn("  - {navn: Over 18 måneder, felt: måneder_på_ledighedsydelse, fra: 18, antal: 2}",
                "  - {navn: Over 18 måneder, felt: måneder_på_ledighedsydelse, fra: 18, antal: 2}\n"
                        + "  - {navn: Over 5 år, felt: måneder_på_ledighedsydelse, fra: 60, antal: 2}");
        SampleRun.Outcome o = run(plan, null, dir.resolve("small"));
        DrawCell five = o.draw().cells().stream().filter(c -> c.stratum().name().equals("Over 5 år")).findFirst()
                .orElseThrow();
        assertThat(five.available()).isZero(); // every case over 18 months went to the earlier stratum
        assertThat(five.shortfall()).isEqualTo(2);
        JsonNode record = new ObjectMapper().readTree(dir.resolve("small/protokol.json").toFile());
        assertThat(record.at("/kommuner/0/strata/3/mangler").asInt()).isEqualTo(2);

        Files.writeString(plan, Files.readString(plan).replace("for_få: tag_alle", "for_få: stop"));
        assertThatThrownBy(() -> run(plan, null, dir.resolve("stopped")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Varde, stratum 'Over 5 år': 0 sager, men kvoten er 2 (for_få: stop)");
        assertThat(dir.resolve("stopped")).doesNotExist();
    }

    @Test
    void theLetterListsTheSampleAndTheDeadline() throws IOException {
        SampleRun.Outcome o = shipped;
        List<String> refs = o.draw().cells().stream().filter(c -> c.kommune().kode().equals("575"))
                .flatMap(c -> c.drawn().stream()).map(PopulationCase::reference).toList();
        String text;
        try (PDDocument pdf = Loader.loadPDF(shared.resolve("a/kommuner/575-Vejen-indkaldelse.pdf").toFile())) {
            text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("Til Vejen Kommune", "15. august 2011", "Indkaldelse af sager til praksisundersøgelse",
                "de 12 sager", "Send sagerne senest 30. september 2011", "frø 20110815");
        assertThat(refs).hasSize(12).allMatch(text::contains);
        String reserve = o.draw().cells().stream().filter(c -> c.kommune().kode().equals("575"))
                .flatMap(c -> c.reserve().stream()).map(PopulationCase::reference).findFirst().orElseThrow();
        assertThat(text).doesNotContain(reserve);
    }

    @Test
    void theWorkbookHasRealDatesAndTheRolesOfEachCase() throws IOException {
        try (InputStream in = Files.newInputStream(shared.resolve("a/kommuner/492-Ærø-stikproeve.xlsx"));
             XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheet("Udtræk");
            assertThat(s.getRow(0).getCell(4).getStringCellValue()).isEqualTo("reference");
            assertThat(s.getLastRowNum()).isEqualTo(13); // 10 drawn + 3 reserve
            assertThat(s.getRow(1).getCell(6).getLocalDateTimeCellValue().getYear()).isEqualTo(2011);
            assertThat(s.getRow(1).getCell(7).getStringCellValue()).isEqualTo("udtrukket");
            assertThat(s.getRow(13).getCell(7).getStringCellValue()).isEqualTo("reserve");
            assertThat(s.getPaneInformation().isFreezePane()).isTrue();
        }
    }

    @Test
    void personalDataInThePopulationStopsTheDrawWithoutEchoingIt() throws IOException {
        Path plan = copyLedelsestilsyn(null, null);
        Path list = plan.resolveSibling("population-2013-03.csv");
        Files.writeString(list, Files.readString(list).replaceFirst("SB4", "ring 2345 6789"));
        assertThatThrownBy(() -> run(plan, null, dir.resolve("pd")))
                .isInstanceOf(PersonalDataException.class)
                .hasMessageContaining("population-2013-03.csv række 2, kolonne sagsbehandler")
                .hasMessageContaining("indeholder et telefonnummer")
                .hasMessageNotContaining("2345 6789"); // the temp folder's random name may hold "2345"
        assertThat(dir.resolve("pd")).doesNotExist();
    }

    @Test
    void anExistingOutputIsNotOverwrittenWithoutForce() throws IOException {
        run(LEDELSESTILSYN, null, dir.resolve("lt"));
        assertThatThrownBy(() -> run(LEDELSESTILSYN, null, dir.resolve("lt"))).isInstanceOf(OutputExistsException.class);
    }

    @Test
    void aStratumOnAColumnTheListLacksIsNamed() throws IOException {
        Path plan = copyLedelsestilsyn("felt: måneder_på_ledighedsydelse, fra: 0", "felt: varighed, fra: 0");
        assertThatThrownBy(() -> run(plan, null, dir.resolve("x")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("kolonnen 'varighed', som stratum 'Under 6 måneder' bruger, findes ikke");
    }

    private Path copyLedelsestilsyn(String from, String to) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("plan"));
        Files.copy(LEDELSESTILSYN.resolveSibling("population-2013-03.csv"), folder.resolve("population-2013-03.csv"));
        String yaml = Files.readString(LEDELSESTILSYN);
        Files.writeString(folder.resolve("udtraek.yaml"), from == null ? yaml : yaml.replace(from, to));
        return folder.resolve("udtraek.yaml");
    }

    private static List<PopulationCase> concat(List<PopulationCase> a, List<PopulationCase> b) {
        List<PopulationCase> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static List<String> drawn(Path out, String kode) throws IOException {
        return Files.readAllLines(out.resolve("udtraek.csv"), StandardCharsets.UTF_8).stream()
                .filter(l -> l.startsWith(kode + ";") && l.endsWith(";udtrukket"))
                .map(l -> l.split(";")[4]).collect(Collectors.toList());
    }

    @Test
    void aMonthlyDrawLeavesOutTheCasesEarlierMonthsDrew() throws IOException {
        SampleRun.Outcome march = run(LEDELSESTILSYN, null, dir.resolve("marts"));
        Path plan = copyLedelsestilsyn("frø: 201303", "frø: 201304\ntidligere: [" + dir.resolve("marts/protokol.json") + "]");
        Set<String> before = new HashSet<>();
        march.draw().cells().forEach(c -> c.drawn().forEach(p -> before.add(p.reference())));
        for (long seed = 1; seed <= 5; seed++) { // whatever the seed, no case comes back
            SampleRun.Outcome april = run(plan, seed, dir.resolve("april-" + seed));
            april.draw().cells().forEach(c -> {
                assertThat(c.drawn()).extracting(PopulationCase::reference).doesNotContainAnyElementsOf(before);
                assertThat(c.available()).isEqualTo(march.draw().cells().stream()
                        .filter(m -> m.stratum().name().equals(c.stratum().name())).findFirst().orElseThrow()
                        .available() - c.stratum().count());
            });
        }
        JsonNode record = new ObjectMapper().readTree(dir.resolve("april-1/protokol.json").toFile());
        assertThat(record.at("/tidligere/0/fil").asText()).isEqualTo("marts/protokol.json");
        assertThat(record.at("/tidligere/0/udelukket").asInt()).isEqualTo(4);
        assertThat(record.at("/tidligere/0/sha256").asText()).hasSize(64);
    }

    @Test
    void anEarlierFileThatIsNoDrawRecordIsNamed() throws IOException {
        Path plan = copyLedelsestilsyn("frø: 201303", "frø: 201303\ntidligere: [population-2013-03.csv]");
        assertThatThrownBy(() -> run(plan, null, dir.resolve("x")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("population-2013-03.csv: protokollen kan ikke læses");
    }
}
