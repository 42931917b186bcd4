package dk.praksis.samples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dk.praksis.testdata.ChecklistVocabulary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Checks the shipped sample years structurally, with plain Jackson trees, independently of the case
 * readers: the samples must stay valid whatever those readers accept, and must never carry
 * anything that looks like personal data.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SampleDataTest {

    private static final Path ROOT = Path.of("sample-cases");
    private static final List<String> YEARS = List.of("2009", "2010", "2011");

    /** The eight kommuner by code; spellings in the files are matched to these. */
    private static final Map<String, String> KOMMUNER = Map.of(
            "461", "Odense", "561", "Esbjerg", "621", "Kolding", "540", "Sønderborg",
            "580", "Aabenraa", "479", "Svendborg", "575", "Vejen", "492", "Ærø");

    /** Period types: what the deadline counts, plus the interruptions the samples use. */
    private static final Set<String> INTERRUPTIONS = Set.of("barsel", "sygdom", "arbejde");

    private static final Set<String> TRIAL_KEYS = Set.of("fra", "til", "timer_pr_uge", "område",
            "funktioner_beskrevet");

    private static final Pattern CPR_DASHED = Pattern.compile("(?<!\\d)\\d{6}-\\d{4}(?!\\d)");
    private static final Pattern CPR_PLAIN = Pattern.compile("(?<!\\d)\\d{10}(?!\\d)");
    private static final Pattern BIRTH_DATE_DASH = Pattern.compile("(?<!\\d)\\d{6}-");
    private static final Pattern PHONE = Pattern.compile("(?<!\\d)(\\d{8}|\\d{2} \\d{2} \\d{2} \\d{2}|\\d{4} \\d{4})(?!\\d)");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    private final ObjectMapper json = new ObjectMapper();
    private ChecklistVocabulary vocabulary;
    /** year -> file -> cases in that file. */
    private final Map<String, Map<Path, List<JsonNode>>> cases = new TreeMap<>();

    @BeforeAll
    void readSamples() throws IOException {
        vocabulary = ChecklistVocabulary.read(ChecklistVocabulary.FLEKSJOB_2010);
        for (String year : YEARS) {
            Map<Path, List<JsonNode>> byFile = new TreeMap<>();
            for (Path file : caseFiles(ROOT.resolve(year).resolve("sager"))) {
                List<JsonNode> list = new ArrayList<>();
                tree(file).path("sager").forEach(list::add);
                byFile.put(file, list);
            }
            cases.put(year, byFile);
        }
    }

    @Test
    void everyYearHasAnAuditFileNamingTheChecklistAndAllEightKommuner() throws IOException {
        for (String year : YEARS) {
            Path dir = ROOT.resolve(year);
            JsonNode audit = tree(dir.resolve("undersoegelse.yaml"));
            assertThat(audit.path("år").asText()).as(year).isEqualTo(year);
            for (String key : List.of("titel", "afsender", "periode", "output")) {
                assertThat(audit.path(key).asText()).as(year + " " + key).isNotBlank();
            }
            assertThat(date(audit.path("opgørelsesdato").asText())).as(year).isNotNull()
                    .hasYear(Integer.parseInt(year));
            assertThat(dir.resolve(audit.path("måleskema").asText()).normalize())
                    .isEqualTo(ChecklistVocabulary.FLEKSJOB_2010);
            assertThat(audit.path("output").asText()).isEqualTo("../../rapporter/" + year);
            assertThat(audit.path("sager").get(0).asText()).isEqualTo("sager/");
            Map<String, Integer> population = new TreeMap<>();
            audit.path("population").fields().forEachRemaining(e -> population.put(e.getKey(), e.getValue().asInt()));
            assertThat(population.keySet()).as(year).containsExactlyInAnyOrderElementsOf(KOMMUNER.values());
            population.forEach((k, n) -> assertThat(n).as(year + " " + k).isPositive());
        }
    }

    @Test
    void caseIdsAreUniqueWithinEachYearAndCarryItsNumber() {
        for (String year : YEARS) {
            Set<String> seen = new HashSet<>();
            List<String> duplicates = new ArrayList<>();
            String prefix = "SYD" + year.substring(2) + "-";
            for (JsonNode c : casesOf(year)) {
                String id = c.path("id").asText();
                assertThat(id).as(year).matches(Pattern.quote(prefix) + "\\d{4}");
                if (!seen.add(id)) {
                    duplicates.add(id);
                }
            }
            assertThat(duplicates).as(year).isEmpty();
        }
    }

    @Test
    void everyFileHoldsEightToFifteenCasesOfOneOfTheEightKommuner() {
        for (String year : YEARS) {
            Map<String, Integer> perKommune = new TreeMap<>();
            cases.get(year).forEach((file, list) -> {
                Set<String> inFile = list.stream().map(c -> kommune(c.path("kommune").asText()))
                        .collect(Collectors.toSet());
                assertThat(inFile).as(file.toString()).hasSize(1).doesNotContainNull();
                perKommune.merge(inFile.iterator().next(), list.size(), Integer::sum);
            });
            assertThat(perKommune.keySet()).as(year).containsExactlyInAnyOrderElementsOf(KOMMUNER.values());
            perKommune.forEach((k, n) -> assertThat(n).as(year + " " + k).isBetween(8, 15));
        }
    }

    @Test
    void kommunerAreSpelledInMoreThanOneWay() {
        Set<String> spellings = YEARS.stream().flatMap(y -> casesOf(y).stream())
                .map(c -> c.path("kommune").asText()).collect(Collectors.toSet());
        assertThat(spellings).contains("Ærø", "Vejen", "Sønderborg Kommune", "Aabenraa", "580", "Åbenrå");
    }

    @Test
    void everyApplicableReviewerItemIsAnsweredOnItsScale() {
        List<String> problems = new ArrayList<>();
        forEachCase((where, c) -> {
            String type = c.path("sagstype").asText();
            if (!vocabulary.caseTypes().contains(type)) {
                problems.add(where + ": ukendt sagstype " + type);
                return;
            }
            JsonNode answers = c.path("vurdering").path("svar");
            for (String item : vocabulary.reviewerItems().get(type)) {
                String answer = answers.path(item).asText(null);
                if (answer == null) {
                    problems.add(where + ": mangler svar på " + item);
                } else if (!vocabulary.scaleValues().get(item).contains(answer)) {
                    problems.add(where + ": " + item + " har svaret '" + answer + "'");
                }
            }
            answers.fieldNames().forEachRemaining(item -> {
                if (!vocabulary.reviewerItems().get(type).contains(item)) {
                    problems.add(where + ": svar på " + item + ", som ikke gælder " + type);
                }
            });
            JsonNode verdict = c.path("vurdering").path("samlet");
            if (!verdict.isMissingNode() && !vocabulary.verdicts().contains(verdict.asText())) {
                problems.add(where + ": ukendt samlet vurdering " + verdict.asText());
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void mostCasesCarryAnOverallVerdictAndManyARemark() {
        for (String year : YEARS) {
            List<JsonNode> all = casesOf(year);
            long verdicts = all.stream().filter(c -> c.path("vurdering").has("samlet")).count();
            long remarks = all.stream().filter(c -> c.path("vurdering").has("bemærkning")).count();
            assertThat(verdicts).as(year).isGreaterThan(all.size() * 8L / 10).isLessThan(all.size());
            assertThat(remarks).as(year).isGreaterThan(all.size() * 4L / 10);
        }
    }

    @Test
    void datesAreValidAndPeriodsAreOrderedWithoutOverlap() {
        List<String> problems = new ArrayList<>();
        Set<String> periodTypes = new HashSet<>(vocabulary.periodTypes());
        periodTypes.addAll(INTERRUPTIONS);
        forEachCase((where, c) -> {
            JsonNode decision = c.path("afgørelse");
            if (decision.path("foreligger").asBoolean(true) && date(decision.path("dato").asText()) == null) {
                problems.add(where + ": afgørelse.dato");
            }
            c.path("datoer").fields().forEachRemaining(e -> checkDate(problems, where, "datoer." + e.getKey(), e.getValue()));
            LocalDate previousEnd = null;
            for (JsonNode p : c.path("perioder")) {
                LocalDate from = checkDate(problems, where, "perioder.fra", p.path("fra"));
                LocalDate to = p.has("til") ? checkDate(problems, where, "perioder.til", p.path("til")) : null;
                if (!periodTypes.contains(p.path("type").asText())) {
                    problems.add(where + ": periodetype " + p.path("type").asText());
                }
                if (from != null && to != null && to.isBefore(from)) {
                    problems.add(where + ": periode slutter før den begynder");
                }
                if (from != null && previousEnd != null && !from.isAfter(previousEnd)) {
                    problems.add(where + ": perioder overlapper");
                }
                previousEnd = to == null ? LocalDate.MAX : to;
            }
            c.path("hændelser").fields().forEachRemaining(e -> {
                if (!vocabulary.events().contains(e.getKey())) {
                    problems.add(where + ": ukendt hændelse " + e.getKey());
                }
                e.getValue().forEach(d -> checkDate(problems, where, "hændelser." + e.getKey(), d));
            });
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void trialsAndDocumentsUseTheChecklistsNames() {
        List<String> problems = new ArrayList<>();
        Set<String> allowedTop = Set.of("id", "kommune", "sagstype", "afgørelse", "datoer", "perioder",
                "hændelser", "dokumenter", "lægelige_oplysninger", "vurdering");
        forEachCase((where, c) -> {
            c.fieldNames().forEachRemaining(key -> {
                if (!allowedTop.contains(key) && !vocabulary.courses().contains(key)) {
                    problems.add(where + ": ukendt nøgle " + key);
                }
            });
            for (String course : vocabulary.courses()) {
                for (JsonNode t : c.path(course)) {
                    Set<String> keys = new HashSet<>();
                    t.fieldNames().forEachRemaining(keys::add);
                    if (!keys.equals(TRIAL_KEYS)) {
                        problems.add(where + ": arbejdsprøvning med felterne " + keys);
                    }
                    LocalDate from = checkDate(problems, where, course + ".fra", t.path("fra"));
                    LocalDate to = checkDate(problems, where, course + ".til", t.path("til"));
                    if (from != null && to != null && to.isBefore(from)) {
                        problems.add(where + ": arbejdsprøvning slutter før den begynder");
                    }
                    if (!t.path("timer_pr_uge").isNumber() || !t.path("funktioner_beskrevet").isBoolean()) {
                        problems.add(where + ": timer_pr_uge skal være et tal og funktioner_beskrevet ja/nej");
                    }
                }
            }
            c.path("dokumenter").fields().forEachRemaining(doc -> {
                Set<String> elements = vocabulary.documents().get(doc.getKey());
                if (elements == null) {
                    problems.add(where + ": ukendt dokument " + doc.getKey());
                    return;
                }
                checkDate(problems, where, doc.getKey() + ".dato", doc.getValue().path("dato"));
                doc.getValue().fieldNames().forEachRemaining(el -> {
                    if (!el.equals("dato") && !elements.contains(el)) {
                        problems.add(where + ": ukendt element " + el);
                    }
                });
            });
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void noFileHoldsAnythingShapedLikePersonalData() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(ROOT)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                for (Pattern p : List.of(CPR_DASHED, CPR_PLAIN, BIRTH_DATE_DASH, PHONE, EMAIL)) {
                    if (p.matcher(text).find()) {
                        problems.add(file + ": " + p.pattern());
                    }
                }
                // the workshop case of seed 000 must not keep its birth date, name or address
                for (String seedDetail : List.of("140763", "Anders", "Gyvelvænget", "Udby")) {
                    if (text.contains(seedDetail)) {
                        problems.add(file + ": detalje fra seed 000");
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theWorkshopCaseIsABevillingWithAThreeMonthWarehouseTrialWithoutFunctions() {
        List<JsonNode> workshop = casesOf("2010").stream()
                .filter(c -> c.path("dokumenter").path("ressourceprofil").path("uddannelse").asText().contains("mekaniker"))
                .toList();
        assertThat(workshop).hasSize(1);
        JsonNode c = workshop.get(0);
        assertThat(c.path("sagstype").asText()).isEqualTo("bevilling");
        assertThat(c.path("vurdering").path("samlet").asText()).isEqualTo("hjemvisning");
        JsonNode longest = Stream.of(c.path("arbejdsprøvninger")).flatMap(n -> toList(n).stream())
                .max(Comparator.comparing(t -> date(t.path("til").asText()).toEpochDay() - date(t.path("fra").asText()).toEpochDay()))
                .orElseThrow();
        assertThat(longest.path("område").asText()).isEqualTo("lager");
        assertThat(longest.path("funktioner_beskrevet").asBoolean()).isFalse();
        assertThat(longest.path("timer_pr_uge").asDouble()).isBetween(15.0, 20.0);
        assertThat(date(longest.path("fra").asText()).plusMonths(3).minusDays(3))
                .isBeforeOrEqualTo(date(longest.path("til").asText()));
    }

    @Test
    void reviewersFindFewerErrorsIn2011ThanIn2009ExceptInSvendborg() {
        Map<String, double[]> share = new LinkedHashMap<>();
        for (String year : YEARS) {
            share.put(year, new double[] {errorShare(casesOf(year)), errorShare(casesOf(year, "Svendborg"))});
        }
        assertThat(share.get("2011")[0]).isLessThan(share.get("2009")[0] - 0.05);
        assertThat(share.get("2011")[1]).isGreaterThanOrEqualTo(share.get("2009")[1] - 0.1);
    }

    /** Share of cases with an overall verdict whose verdict would reverse the decision. */
    private static double errorShare(List<JsonNode> list) {
        List<String> verdicts = list.stream().map(c -> c.path("vurdering").path("samlet").asText(null))
                .filter(v -> v != null).toList();
        long errors = verdicts.stream().filter(v -> v.equals("ændring") || v.equals("hjemvisning")).count();
        return (double) errors / verdicts.size();
    }

    // ------------------------------------------------------------------ helpers

    private interface CaseCheck {
        void check(String where, JsonNode c);
    }

    private void forEachCase(CaseCheck check) {
        cases.forEach((year, byFile) -> byFile.forEach((file, list) ->
                list.forEach(c -> check.check(file.getFileName() + " (" + year + ") " + c.path("id").asText(), c))));
    }

    private List<JsonNode> casesOf(String year) {
        return cases.get(year).values().stream().flatMap(List::stream).toList();
    }

    private List<JsonNode> casesOf(String year, String kommune) {
        return casesOf(year).stream().filter(c -> kommune.equals(kommune(c.path("kommune").asText()))).toList();
    }

    private static List<JsonNode> toList(JsonNode array) {
        List<JsonNode> list = new ArrayList<>();
        array.forEach(list::add);
        return list;
    }

    private JsonNode tree(Path file) throws IOException {
        return (file.toString().endsWith(".json") ? json : yaml).readTree(file.toFile());
    }

    private static List<Path> caseFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().matches(".*\\.(ya?ml|json)")).sorted().toList();
        }
    }

    /** The canonical name of one of the eight kommuner, or null: code, name, "Kommune" suffix, å/aa, case. */
    private static String kommune(String spelled) {
        String key = fold(spelled.strip().replaceFirst("(?i)\\s+kommune$", ""));
        if (KOMMUNER.containsKey(key)) {
            return KOMMUNER.get(key);
        }
        return KOMMUNER.values().stream().filter(name -> fold(name).equals(key)).findFirst().orElse(null);
    }

    private static String fold(String s) {
        return s.toLowerCase(Locale.ROOT).replace("å", "aa").replace("ø", "oe").replace("æ", "ae");
    }

    private static LocalDate checkDate(List<String> problems, String where, String field, JsonNode value) {
        LocalDate d = date(value.asText());
        if (d == null) {
            problems.add(where + ": " + field + " er ikke en gyldig dato");
        }
        return d;
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
