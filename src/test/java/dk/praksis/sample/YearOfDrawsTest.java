package dk.praksis.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.praksis.cases.KommuneRegister;
import dk.praksis.cases.PersonalDataDetector;
import dk.praksis.cases.tables.CellParsing;
import dk.praksis.errors.InvalidInputException;
import dk.praksis.errors.PersonalDataException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A year of monthly ledelsestilsyn draws over the shipped lists (sample-cases/udtraek/ledelsestilsyn/2013), run in a
 * copy laid out like the repository so the plans' relative paths to rapporter/ hold.
 */
class YearOfDrawsTest {

    private static final Path SHIPPED = Path.of("sample-cases/udtraek/ledelsestilsyn/2013");
    private static final KommuneRegister KOMMUNER = KommuneRegister.standard();

    @TempDir
    Path root;

    private Path folder() throws IOException {
        Path folder = root.resolve("sample-cases/udtraek/ledelsestilsyn/2013");
        Files.createDirectories(folder);
        try (Stream<Path> s = Files.list(SHIPPED)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                Files.copy(p, folder.resolve(p.getFileName()));
            }
        }
        return folder;
    }

    private static SampleRun.Outcome run(Path plan, String caseworker) {
        return new SampleRun(KOMMUNER).run(plan, null, null, false, 0, PersonalDataDetector.STANDARD, caseworker);
    }

    private static String month(int m) {
        return String.format("2013-%02d", m);
    }

    private static String caseworker(PopulationCase c) {
        return CellParsing.text(c.field("sagsbehandler").orElseThrow());
    }

    /** The twelve months in order, with March's re-draw, as the shipped plans expect. */
    private List<SampleRun.Outcome> year(Path folder, String redraw) {
        List<SampleRun.Outcome> out = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            out.add(run(folder.resolve("udtraek-" + month(m) + ".yaml"), null));
            if (m == 3) {
                out.add(run(folder.resolve("udtraek-" + month(m) + ".yaml"), redraw));
            }
        }
        return out;
    }

    /** The caseworker the shipped April plan names as March's re-draw. */
    private static String marchRedraw(Path folder) throws IOException {
        String april = Files.readString(folder.resolve("udtraek-2013-04.yaml"));
        int at = april.indexOf("2013-03-K");
        return april.substring(at + "2013-03-".length(), at + "2013-03-".length() + 3);
    }

    @Test
    void twelveMonthlyDrawsCoverEveryCaseworkerAndNeverDrawACaseTwice() throws IOException {
        Path folder = folder();
        String redraw = marchRedraw(folder);
        List<SampleRun.Outcome> year = year(folder, redraw);
        assertThat(year).hasSize(13);

        Set<String> drawnRefs = new HashSet<>();
        List<String> all = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        Set<String> onTheLists = new TreeSet<>();
        for (SampleRun.Outcome o : year) {
            o.draw().population().cases().forEach(c -> onTheLists.add(caseworker(c)));
            o.draw().cells().forEach(c -> c.drawn().forEach(p -> {
                all.add(p.reference());
                drawnRefs.add(p.reference());
                seen.add(caseworker(p));
            }));
        }
        assertThat(all).as("no case drawn twice in the year").hasSameSizeAs(drawnRefs).hasSizeGreaterThan(48);
        assertThat(seen).as("every caseworker on any month's list is looked at").isEqualTo(onTheLists)
                .contains("K09", "K17").hasSize(17);

        // Each month's record says how many draws remain and who is still missing; by April no one is.
        ObjectMapper json = new ObjectMapper();
        JsonNode march = json.readTree(root.resolve("rapporter/ledelsestilsyn-2013/2013-03/protokol.json").toFile());
        assertThat(march.at("/dækning/udtræk_nr").asInt()).isEqualTo(3);
        assertThat(march.at("/dækning/tilbage").asInt()).isEqualTo(9);
        assertThat(march.at("/kommuner/0/dækning/ikke_set")).isNotEmpty();
        JsonNode april = json.readTree(root.resolve("rapporter/ledelsestilsyn-2013/2013-04/protokol.json").toFile());
        assertThat(april.at("/kommuner/0/dækning/ikke_set")).isEmpty();
        assertThat(april.at("/tidligere")).hasSize(4);
        JsonNode december = json.readTree(root.resolve("rapporter/ledelsestilsyn-2013/2013-12/protokol.json").toFile());
        assertThat(december.at("/dækning/udtræk_nr").asInt()).isEqualTo(12);
        assertThat(december.at("/dækning/tilbage").asInt()).isZero();
        int sum = 0;
        for (JsonNode n : december.at("/kommuner/0/dækning/set_i_år")) {
            sum += n.asInt();
        }
        assertThat(sum).as("every case looked at in the year, counted by caseworker").isEqualTo(all.size());
    }

    @Test
    void withoutDaekningAPartTimeCaseworkerIsMissedSoThePreferenceIsWhatCoversEveryone() throws IOException {
        Path folder = folder();
        for (int m = 1; m <= 12; m++) {
            Path plan = folder.resolve("udtraek-" + month(m) + ".yaml");
            Files.writeString(plan, Files.readString(plan).replaceAll("(?m)^dækning:.*\\n", "")
                    .replaceAll("(?m)^  - .*2013-03-K.*\\n", ""));
        }
        Set<String> seen = new TreeSet<>();
        Set<String> onTheLists = new TreeSet<>();
        for (int m = 1; m <= 12; m++) {
            SampleRun.Outcome o = run(folder.resolve("udtraek-" + month(m) + ".yaml"), null);
            assertThat(o.draw().coverage()).isNull();
            o.draw().population().cases().forEach(c -> onTheLists.add(caseworker(c)));
            o.draw().cells().forEach(c -> c.drawn().forEach(p -> seen.add(caseworker(p))));
        }
        assertThat(seen).isNotEqualTo(onTheLists);
    }

    @Test
    void theSameSeedGivesTheSameYearByteForByte() throws IOException {
        Path folder = folder();
        String redraw = marchRedraw(folder);
        year(folder, redraw);
        Map<String, byte[]> first = files(root.resolve("rapporter"));
        deleteTree(root.resolve("rapporter"));
        year(folder, redraw);
        Map<String, byte[]> second = files(root.resolve("rapporter"));
        assertThat(first.keySet()).hasSize(second.size()).contains("ledelsestilsyn-2013/2013-03-" + redraw
                + "/protokol.json", "ledelsestilsyn-2013/2013-12/udtraek.csv");
        first.forEach((name, bytes) -> assertThat(bytes).as(name).isEqualTo(second.get(name)));
    }

    @Test
    void aRedrawTakesOnlyTheNamedCaseworkersCasesLeavesOutTheMonthsOwnDrawAndIsRecorded() throws IOException {
        Path folder = folder();
        Path plan = folder.resolve("udtraek-2013-01.yaml");
        SampleRun.Outcome january = run(plan, null);
        Set<String> regular = new HashSet<>();
        january.draw().cells().forEach(c -> c.drawn().forEach(p -> regular.add(p.reference())));

        SampleRun.Outcome again = run(plan, "k07"); // the code is matched without regard to case
        assertThat(again.output().getFileName().toString()).isEqualTo("2013-01-k07");
        List<PopulationCase> drawn = new ArrayList<>();
        again.draw().cells().forEach(c -> drawn.addAll(c.drawn()));
        again.draw().cells().forEach(c -> drawn.addAll(c.reserve()));
        assertThat(drawn).isNotEmpty().allMatch(p -> caseworker(p).equals("K07"));
        assertThat(drawn).extracting(PopulationCase::reference).doesNotContainAnyElementsOf(regular);
        long k07Cases = january.draw().population().cases().stream().filter(c -> caseworker(c).equals("K07"))
                .filter(c -> !regular.contains(c.reference())).count();
        assertThat(again.draw().cells().stream().mapToInt(DrawCell::available).sum()).isLessThanOrEqualTo((int) k07Cases);

        JsonNode record = new ObjectMapper().readTree(again.output().resolve("protokol.json").toFile());
        assertThat(record.at("/sagsbehandler").asText()).isEqualTo("k07");
        assertThat(record.at("/genskab").asText()).endsWith("--seed 201301 --sagsbehandler k07");
        assertThat(record.at("/tidligere/0/fil").asText()).isEqualTo("2013-01/protokol.json");
        assertThat(record.at("/algoritme").asText()).contains("frø|kommunekode|stratumnavn|sagsbehandler");
        assertThat(record.at("/dækning/udtræk_nr").isMissingNode()).as("a re-draw is no month of its own").isTrue();
        assertThat(record.at("/dækning/tilbage").asInt()).isEqualTo(11);
        assertThat(record.at("/kommuner/0/dækning/denne_gang").fieldNames()).toIterable().containsExactly("K07");

        // Redone from the printed seed into another folder: the same list, byte for byte.
        Path redo = root.resolve("redo");
        new SampleRun(KOMMUNER).run(plan, 201301L, redo, false, 0, PersonalDataDetector.STANDARD, "k07");
        assertThat(Files.readAllBytes(redo.resolve("udtraek.csv")))
                .isEqualTo(Files.readAllBytes(again.output().resolve("udtraek.csv")));
        // The next month counts the re-draw's cases as looked at, and not as a month.
        Path february = folder.resolve("udtraek-2013-02.yaml");
        Files.writeString(february, Files.readString(february).replace("  - ../../../../rapporter/ledelsestilsyn-2013/"
                + "2013-01/protokol.json\n", "  - ../../../../rapporter/ledelsestilsyn-2013/2013-01/protokol.json\n"
                + "  - ../../../../rapporter/ledelsestilsyn-2013/2013-01-k07/protokol.json\n"));
        SampleRun.Outcome feb = run(february, null);
        assertThat(feb.draw().coverage().drawNumber()).isEqualTo(2);
        assertThat(feb.draw().coverage().kommuner().values().iterator().next().seen()).containsKey("K07");
        feb.draw().cells().forEach(c -> assertThat(c.drawn()).extracting(PopulationCase::reference)
                .doesNotContainAnyElementsOf(drawn.stream().filter(p -> again.draw().cells().stream()
                        .anyMatch(x -> x.drawn().contains(p))).map(PopulationCase::reference).toList()));
    }

    @Test
    void aCaseworkerWithoutCasesOrAListWithoutTheColumnIsALocatedError() throws IOException {
        Path folder = folder();
        Path plan = folder.resolve("udtraek-2013-01.yaml");
        assertThatThrownBy(() -> run(plan, "K99")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("population-2013-01.csv: sagsbehandleren 'K99' har ingen sager i kolonnen sagsbehandler");
        Files.writeString(plan, Files.readString(plan).replace("dækning: {felt: sagsbehandler",
                "dækning: {felt: medarbejder"));
        assertThatThrownBy(() -> run(plan, null)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("population-2013-01.csv række 1: kolonnen 'medarbejder' med sagsbehandleren, som"
                        + " dækning bruger, findes ikke");
        Files.writeString(plan, Files.readString(plan).replace("dækning: {felt: medarbejder, udtræk_om_året: 12}",
                "dækning: {felt: sagsbehandler, udtræk_om_året: 0, hver: 2}"));
        assertThatThrownBy(() -> run(plan, null)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(p -> p.line())
                        .anySatisfy(l -> assertThat(l).contains("udtraek-2013-01.yaml:15:")
                                .contains("udtræk_om_året skal være et helt tal, 1 eller større"))
                        .anySatisfy(l -> assertThat(l).contains("udtraek-2013-01.yaml:15:")
                                .contains("ukendt nøgle 'hver'")));
    }

    @Test
    void caseworkerCodesPassTheGuardButANameOnTheNameListStopsTheDraw() throws IOException {
        Path folder = folder();
        Path plan = folder.resolve("udtraek-2013-01.yaml");
        for (String code : List.of("K17", "SB4", "ABJ", "k-07")) {
            assertThat(PersonalDataDetector.STANDARD.find(code)).as(code).isEmpty();
        }
        Path list = folder.resolve("population-2013-01.csv");
        Files.writeString(list, Files.readString(list, StandardCharsets.UTF_8).replaceFirst(";K13\r\n",
                ";Hanne Vestergaard\r\n"), StandardCharsets.UTF_8);
        PersonalDataDetector withNames = new PersonalDataDetector(List.of("Hanne Vestergaard"));
        assertThatThrownBy(() -> new SampleRun(KOMMUNER).run(plan, null, null, false, 0, withNames, null))
                .isInstanceOf(PersonalDataException.class)
                .hasMessageContaining("population-2013-01.csv række 2, kolonne sagsbehandler")
                .hasMessageNotContaining("Vestergaard");
    }

    private static Map<String, byte[]> files(Path folder) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(folder)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                out.put(folder.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return out;
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> s = Files.walk(folder)) {
            for (Path p : s.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(p);
            }
        }
    }
}
