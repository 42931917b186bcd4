package dk.praksis.testdata;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dk.praksis.cases.Case;
import dk.praksis.cases.CaseReadOptions;
import dk.praksis.cases.CourseEntry;
import dk.praksis.cases.Decision;
import dk.praksis.cases.Review;
import dk.praksis.cases.files.CaseFiles;
import dk.praksis.cases.tables.CaseWorkbookWriter;
import dk.praksis.cases.tables.Column;
import dk.praksis.cases.tables.DanishExcelCsv;
import dk.praksis.cases.tables.TableLayout;
import dk.praksis.checklist.Checklist;
import dk.praksis.checklist.ChecklistLoader;
import dk.praksis.checklist.Item;
import dk.praksis.scoring.Scorer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Builds the files of sample-cases/: brings the 2009–2011 years up to the current
 * fleksjob-2010.yaml (the answers and facts {@link SampleStory} gives each case, written into each
 * file in its own format, so kommune spellings, comments and layout stay as they are). (A 2014 reform
 * year is not generated yet; issue 10.) The result is a pure function of the files and the
 * checklists, so running it on its own output changes nothing; SampleYearsTest checks exactly that.
 * Regenerate with {@code mvn -o test -Dtest=SampleYearsTest -Dpraksis.regenerate=true}.
 */
public final class SampleYears {

    private static final Pattern CASE_START = Pattern.compile("(?m)^  - id: (\\S+)[ \\t]*$");
    /** The decision line, without a fuldt_medhold it may already have. */
    private static final Pattern DECISION_LINE = Pattern.compile("(?m)^(    afgørelse: \\{[^}]*?)(, fuldt_medhold: \\w+)?\\}");
    private static final Pattern FLOW_LINE = Pattern.compile("(?m)^([ ]+)(svar|felter): \\{(.*)\\}[ \\t]*$");

    private SampleYears() {
    }

    /** Every sample file that should exist, relative to the sample root, with its bytes. */
    public static Map<Path, byte[]> files(Path root) {
        Path before2013 = Path.of("checklists/fleksjob-2010.yaml");
        Checklist reading = lenient(before2013);
        Map<Path, byte[]> out = new TreeMap<>();
        for (String year : List.of("2009", "2010", "2011")) {
            Story story = new Story(ChecklistLoader.load(before2013), ChecklistLoader.load(VERSION_1),
                    ChecklistLoader.load(VERSION_2), asOf(root, year));
            Path sager = root.resolve(year).resolve("sager");
            for (Path file : sampleFiles(sager)) {
                out.putAll(migrate(root, file, story, reading));
            }
        }
        return out;
    }

    /**
     * The checklist the samples are brought up to, the one they were written for (version 1), the
     * one they were last brought up to (version 2), and the year's as-of date.
     */
    record Story(Checklist checklist, Checklist before, Checklist previous, LocalDate asOf) {
    }

    /** Version 1 of fleksjob-2010.yaml, which the hand-written samples were scored with. */
    private static final Path VERSION_1 = Path.of("src/test/resources/maaleskemaer/fleksjob-2010-v1.yaml");
    /** Version 2, the legal review before § 74 c could be written in two moments. */
    private static final Path VERSION_2 = Path.of("src/test/resources/maaleskemaer/fleksjob-2010-v2.yaml");

    private static LocalDate asOf(Path root, String year) {
        try {
            JsonNode audit = new ObjectMapper(new YAMLFactory()).readTree(root.resolve(year)
                    .resolve("undersoegelse.yaml").toFile());
            return LocalDate.parse(audit.get("opgørelsesdato").asText());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<Path, byte[]> migrate(Path root, Path file, Story story, Checklist reading) {
        Checklist checklist = story.checklist();
        String name = file.getFileName().toString();
        try {
            if (name.endsWith(".yaml")) {
                return Map.of(root.relativize(file), yaml(Files.readString(file), read(file, reading), story)
                        .getBytes(StandardCharsets.UTF_8));
            }
            if (name.endsWith(".json")) {
                return Map.of(root.relativize(file), json(Files.readString(file), read(file, reading), story)
                        .getBytes(StandardCharsets.UTF_8));
            }
            if (name.endsWith(".xlsx")) {
                // The 2011 workbook carries the sample's double review (its sheet "Anden vurdering").
                boolean calibrated = file.startsWith(root.resolve("2011"));
                List<Case> cases = read(file, reading).stream().map(c -> tabular(withStory(c, story),
                        checklist)).map(c -> calibrated ? SampleCalibration.withSecondReview(c, checklist) : c)
                        .toList();
                return Map.of(root.relativize(file), CaseWorkbookWriter.bytes(checklist, cases));
            }
            if (name.equals("sager.csv")) {
                List<Case> cases = read(file.getParent(), reading).stream().map(c -> tabular(withStory(c, story), checklist)).toList();
                Map<Path, byte[]> tables = new LinkedHashMap<>();
                DanishExcelCsv.tables(checklist, cases).forEach((n, b) -> tables.put(root.relativize(file.getParent()
                        .resolve(n)), b));
                return tables;
            }
            return Map.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The case with the answers and facts the story adds, answers in checklist order. Where the
     * reviewer's overall verdict agreed with the checklist version the case was written for or last
     * brought up to, but the corrected rules lead elsewhere, the reviewer is taken to have judged by
     * the rules in force: the verdict follows the corrected rules. Disagreements the reviewer had
     * anyway stay.
     */
    static Case withStory(Case c, Story story) {
        Checklist checklist = story.checklist();
        Map<String, String> answers = new LinkedHashMap<>(c.review().answers());
        Map<String, String> added = SampleStory.missingAnswers(c);
        answers.putAll(added);
        Map<String, String> fields = new LinkedHashMap<>(c.fields());
        fields.putAll(SampleStory.missingFields(c));
        // Whether the decision gave everything asked for is a fact of the decision (afgørelse.fuldt_medhold).
        String granted = fields.remove("fuldt_medhold");
        Decision decision = granted == null || c.decision().fullyGranted() != null ? c.decision()
                : new Decision(c.decision().date(), c.decision().present(), "ja".equals(granted));
        Review r = c.review();
        Case after = new Case(c.id(), c.kommune(), c.caseType(), decision, c.dates(), c.periods(), c.events(),
                c.courses(), c.documents(), c.medicalEvidence(), fields,
                new Review(r.reviewer(), ordered(answers, checklist), r.verdict(), r.remark()), c.secondReview(),
                c.origin());
        String verdict = r.verdict();
        // Only when the case is brought up to the corrected checklist (it lacked version 2's answers,
        // or fuldt_medhold was still among its felter as in version 2), so running the story again on
        // its own output changes nothing.
        Checklist judgedBy = !added.isEmpty() ? story.before() : granted != null ? story.previous() : null;
        if (judgedBy != null && verdict != null && !verdict.equals(Checklist.VERDICT_UNASSESSABLE)
                && verdict.equals(new Scorer(judgedBy, story.asOf()).score(c).derivedVerdict())) {
            verdict = new Scorer(checklist, story.asOf()).score(after).derivedVerdict();
        }
        return new Case(after.id(), after.kommune(), after.caseType(), after.decision(), after.dates(),
                after.periods(), after.events(), after.courses(), after.documents(), after.medicalEvidence(),
                after.fields(), new Review(r.reviewer(), after.review().answers(), verdict, r.remark()),
                c.secondReview(), c.origin());
    }

    /**
     * The case without course flags the checklist does not name: the workbook and the CSV tables
     * have a column only for flags a checklist requirement uses (YAML and JSON keep them).
     */
    static Case tabular(Case c, Checklist checklist) {
        TableLayout layout = TableLayout.of(checklist);
        Map<String, List<CourseEntry>> courses = new LinkedHashMap<>();
        c.courses().forEach((name, entries) -> {
            Set<String> named = layout.course(name).map(t -> t.columns().stream()
                    .filter(col -> col.role() == Column.Role.FLAG).map(Column::name).collect(Collectors.toSet()))
                    .orElse(Set.of());
            courses.put(name, entries.stream().map(e -> new CourseEntry(e.from(), e.to(), e.hoursPerWeek(), e.field(),
                    e.flags().entrySet().stream().filter(f -> named.contains(f.getKey()))
                            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a,
                                    LinkedHashMap::new)))).toList());
        });
        return new Case(c.id(), c.kommune(), c.caseType(), c.decision(), c.dates(), c.periods(), c.events(), courses,
                c.documents(), c.medicalEvidence(), c.fields(), c.review(), c.secondReview(), c.origin());
    }

    /** YAML as the sample files write it: one "svar: {...}" line per case; a "felter: {...}" line before vurdering. */
    static String yaml(String text, List<Case> cases, Story story) {
        Map<String, Case> byId = new LinkedHashMap<>();
        cases.forEach(c -> byId.put(c.id(), c));
        Matcher m = CASE_START.matcher(text);
        List<Integer> starts = new ArrayList<>();
        while (m.find()) {
            starts.add(m.start());
        }
        StringBuilder out = new StringBuilder(text.substring(0, starts.isEmpty() ? text.length() : starts.get(0)));
        for (int i = 0; i < starts.size(); i++) {
            String block = text.substring(starts.get(i), i + 1 < starts.size() ? starts.get(i + 1) : text.length());
            Matcher id = CASE_START.matcher(block);
            id.find();
            Case c = byId.get(id.group(1));
            out.append(c == null ? block : yamlBlock(block, c, story));
        }
        return out.toString();
    }

    private static String yamlBlock(String block, Case c, Story story) {
        Case after = withStory(c, story);
        String result = replaceFlow(block, "svar", after.review().answers());
        if (after.review().verdict() != null) {
            result = result.replaceFirst("(?m)^(\\s+)samlet: .*$", "$1samlet: "
                    + Matcher.quoteReplacement(after.review().verdict()));
        }
        Boolean granted = after.decision().fullyGranted();
        if (granted != null) {
            result = DECISION_LINE.matcher(result).replaceFirst(d -> Matcher.quoteReplacement(d.group(1)
                    + ", fuldt_medhold: " + (granted ? "ja" : "nej") + "}"));
        }
        if (after.fields().isEmpty()) {
            result = result.replaceFirst("(?m)^    felter: \\{.*\\}[ \\t]*\\n", "");
        } else if (FLOW_LINE.matcher(result).results().anyMatch(r -> r.group(2).equals("felter"))) {
            result = replaceFlow(result, "felter", after.fields());
        } else {
            result = result.replaceFirst("(?m)^    vurdering:", Matcher.quoteReplacement("    felter: {"
                    + flow(after.fields()) + "}\n    vurdering:"));
        }
        return result;
    }

    private static String replaceFlow(String block, String key, Map<String, String> values) {
        Matcher m = FLOW_LINE.matcher(block);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String line = m.group(2).equals(key) ? m.group(1) + key + ": {" + flow(values) + "}" : m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(line));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String flow(Map<String, String> values) {
        List<String> parts = new ArrayList<>();
        values.forEach((k, v) -> parts.add(k + ": " + v));
        return String.join(", ", parts);
    }

    /** JSON as the sample files write it: two-space indent, "key": value. */
    static String json(String text, List<Case> cases, Story story) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode root = mapper.readTree(text);
        Map<String, Case> byId = new LinkedHashMap<>();
        cases.forEach(c -> byId.put(c.id(), c));
        List<JsonNode> updated = new ArrayList<>();
        for (JsonNode node : root.get("sager")) {
            Case c = byId.get(node.get("id").asText());
            updated.add(c == null ? node : jsonCase(mapper, (ObjectNode) node, withStory(c, story)));
        }
        ObjectNode out = mapper.createObjectNode();
        out.putArray("sager").addAll(updated);
        return mapper.writer(printer()).writeValueAsString(out) + "\n";
    }

    private static ObjectNode jsonCase(ObjectMapper mapper, ObjectNode node, Case after) {
        ObjectNode out = mapper.createObjectNode();
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        boolean fieldsWritten = false;
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            if (f.getKey().equals("felter")) {
                continue;
            }
            if (f.getKey().equals("afgørelse") && after.decision().fullyGranted() != null) {
                ObjectNode decision = ((ObjectNode) f.getValue()).deepCopy();
                decision.put("fuldt_medhold", after.decision().fullyGranted() ? "ja" : "nej");
                out.set("afgørelse", decision);
                continue;
            }
            if (f.getKey().equals("vurdering")) {
                if (!after.fields().isEmpty()) {
                    ObjectNode felter = out.putObject("felter");
                    after.fields().forEach(felter::put);
                    fieldsWritten = true;
                }
                ObjectNode vurdering = ((ObjectNode) f.getValue()).deepCopy();
                ObjectNode svar = mapper.createObjectNode();
                after.review().answers().forEach(svar::put);
                ObjectNode rebuilt = mapper.createObjectNode();
                vurdering.fields().forEachRemaining(v -> rebuilt.set(v.getKey(), v.getKey().equals("svar") ? svar
                        : v.getKey().equals("samlet") && after.review().verdict() != null
                        ? mapper.getNodeFactory().textNode(after.review().verdict()) : v.getValue()));
                out.set("vurdering", rebuilt);
                continue;
            }
            out.set(f.getKey(), f.getValue());
        }
        if (!fieldsWritten && !after.fields().isEmpty()) {
            ObjectNode felter = out.putObject("felter");
            after.fields().forEach(felter::put);
        }
        return out;
    }

    static DefaultPrettyPrinter printer() {
        DefaultPrettyPrinter p = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        p.indentArraysWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
        p.indentObjectsWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
        return p;
    }

    private static Map<String, String> ordered(Map<String, String> answers, Checklist checklist) {
        Map<String, String> out = new LinkedHashMap<>();
        checklist.items().map(Item::id).filter(answers::containsKey).forEach(id -> out.put(id, answers.get(id)));
        answers.forEach(out::putIfAbsent);
        return out;
    }

    /**
     * The checklist with every reviewer question made conditional on a fact no case has, so files
     * that lack the answers a new checklist version asks for can still be read, and with the work
     * trials' flag funktioner_beskrevet named, so tables written before AP2 became a reviewer
     * question can be read too.
     */
    static Checklist lenient(Path checklist) {
        try {
            ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
            JsonNode root = yaml.readTree(checklist.toFile());
            List<JsonNode> conditions = new ArrayList<>();
            for (JsonNode section : root.get("afsnit")) {
                for (JsonNode item : section.get("spørgsmål")) {
                    if (item.get("type").asText().equals("vurdering")) {
                        if (item.has("betingelse")) {
                            conditions.add(item.get("betingelse"));
                        }
                        ((ObjectNode) item).putObject("betingelse").put("felt", "felter.læses_uden_svar")
                                .put("findes", true);
                    }
                }
            }
            ObjectNode reading = ((com.fasterxml.jackson.databind.node.ArrayNode) root.get("afsnit")).addObject();
            reading.put("id", "LÆS").put("titel", "Kun til indlæsning");
            com.fasterxml.jackson.databind.node.ArrayNode items = reading.putArray("spørgsmål");
            // The facts the reviewer questions' conditions name keep their columns.
            for (int i = 0; i < conditions.size(); i++) {
                ObjectNode keep = items.addObject();
                keep.put("id", "LÆS-F" + i).put("tekst", "Indlæsning").put("type", "dato_før")
                        .put("første", "afgørelse.dato").put("anden", "afgørelse.dato");
                keep.set("betingelse", conditions.get(i));
            }
            // Files written before fuldt_medhold became a fact of the decision have it among the felter.
            ObjectNode oldGranted = items.addObject();
            oldGranted.put("id", "LÆS2").put("tekst", "Indlæsning af ældre filer").put("type", "dato_før")
                    .put("første", "afgørelse.dato").put("anden", "afgørelse.dato");
            oldGranted.putObject("betingelse").put("felt", "felter.fuldt_medhold").put("findes", true);
            ObjectNode trial = items.addObject();
            trial.put("id", "LÆS1").put("tekst", "Indlæsning af ældre tabeller").put("type", "forløb")
                    .put("forløb", "arbejdsprøvninger");
            trial.putObject("krav").putArray("alle_med").add("funktioner_beskrevet");
            Path tmp = Files.createTempFile("maaleskema", ".yaml");
            try {
                yaml.writeValue(tmp.toFile(), root);
                return ChecklistLoader.load(tmp);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Case> read(Path input, Checklist checklist) {
        List<Case> cases = new ArrayList<>();
        CaseFiles.read(List.of(input), checklist, CaseReadOptions.DEFAULT, cases::add);
        return cases;
    }

    private static List<Path> sampleFiles(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
