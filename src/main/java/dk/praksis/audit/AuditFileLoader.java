package dk.praksis.audit;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dk.praksis.cases.CaseReadOptions;
import dk.praksis.cases.DanishDates;
import dk.praksis.cases.Kommune;
import dk.praksis.cases.KommuneRegister;
import dk.praksis.cases.PersonalDataDetector;
import dk.praksis.cases.Quoted;
import dk.praksis.checklist.PlacedYaml;
import dk.praksis.errors.FilePlace;
import dk.praksis.errors.InvalidInputException;
import dk.praksis.errors.PersonalDataException;
import dk.praksis.errors.Problem;
import dk.praksis.text.DanishDate;
import dk.praksis.text.DanishLetters;
import dk.praksis.text.Nearest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code undersoegelse.yaml}: titel, afsender, år, periode, opgørelsesdato, måleskema, sager,
 * output, population (kommune names or codes, stored by kommunekode), udtræk and bortfald (the cases called in
 * and those left out). Paths are relative to the file. Every problem names file:line:column.
 * Keys may also be written without Danish letters (aar, opgoerelsesdato, maaleskema, udtraek).
 */
public final class AuditFileLoader {

    private static final YAMLFactory YAML = YAMLFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final ObjectMapper MAPPER = new ObjectMapper(YAML);

    private static final Map<String, String> ALIASES = Map.of("aar", "år", "opgoerelsesdato", "opgørelsesdato",
            "maaleskema", "måleskema", "udtraek", "udtræk", "jnr", "journalnummer", "hoering", "høring");
    private static final Set<String> KEYS = Set.of("titel", "afsender", "år", "periode", "opgørelsesdato",
            "måleskema", "sager", "output", "population", "udtræk", "bortfald", "tekst", "tidligere", "udgivet",
            "kontakt", "journalnummer", "isbn", "rettelser", "høring");

    /** Texts that reach the reports (every PDF page, the metadata, resultater.json): guarded for personal data. */
    private static final Set<String> FREE_TEXT = Set.of("titel", "afsender", "periode");

    /** Plausible bounds: a typo such as 4294967596 must not wrap around to 300. */
    private static final int MIN_YEAR = 1990;
    private static final int MAX_YEAR = 2100;
    /** More decisions than Denmark has inhabitants is a typo. */
    private static final int MAX_POPULATION = 10_000_000; // shown as "10.000.000"

    private static final Set<String> PERIOD_KEYS = Set.of("fra", "til", "beskrivelse");

    private static final KommuneRegister KOMMUNER = KommuneRegister.standard();

    private AuditFileLoader() {
    }

    /**
     * True when the file is an audit file rather than a case file: YAML named undersoegelse.yaml
     * (or undersøgelse.yaml), so that its syntax errors are reported as such, or YAML whose top level
     * names a måleskema.
     */
    public static boolean isAuditFile(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!Files.isRegularFile(file) || !(name.endsWith(".yaml") || name.endsWith(".yml"))) {
            return false;
        }
        if (name.startsWith("undersoegelse") || name.startsWith("undersøgelse")) {
            return true;
        }
        try {
            JsonNode root = MAPPER.readTree(file.toFile());
            return root != null && root.isObject() && (root.has("måleskema") || root.has("maaleskema"));
        } catch (IOException e) {
            return false;
        }
    }

    /** As {@link #load(Path, CaseReadOptions)} with the standard personal-data detector and no masking. */
    public static AuditSpec load(Path file) {
        return load(file, CaseReadOptions.DEFAULT);
    }

    /**
     * @param options whether personal data in a text (titel, afsender, periode) is masked or refused,
     *                and the board's name list
     * @throws InvalidInputException listing every problem with file:line:column
     * @throws PersonalDataException when a text holds personal data and {@code options} do not mask it:
     *                               file, place and key, never the value
     */
    public static AuditSpec load(Path file, CaseReadOptions options) {
        PlacedYaml yaml = PlacedYaml.readBlock(file, "undersøgelsesfilen",
                "titel, opgørelsesdato, måleskema, sager og output");
        return new Reader(file, yaml.root(), yaml.places(), options.detector(), options.maskPersonalData()).read();
    }

    /** One pass over the top-level keys, collecting every problem. */
    static final class Reader {
        private final Path file;
        private final Path dir;
        private final Map<String, JsonNode> values = new LinkedHashMap<>();
        private final Map<String, JsonLocation> keyAt;
        private final List<Problem> problems = new ArrayList<>();
        private final List<Problem> personal = new ArrayList<>();
        private final PersonalDataDetector detector;
        private final boolean mask;

        Reader(Path file, JsonNode root, Map<String, JsonLocation> rawKeyAt, PersonalDataDetector detector,
               boolean mask) {
            this.file = file;
            this.detector = detector;
            this.mask = mask;
            // Paths stay as the user gave them (relative when the audit file was named relatively), so every
            // message about a case, checklist or text file names it the way the user would type it.
            Path parent = file.getParent();
            this.dir = parent == null ? Path.of("") : parent;
            this.keyAt = new HashMap<>();
            root.fields().forEachRemaining(e -> {
                String key = ALIASES.getOrDefault(e.getKey(), e.getKey());
                keyAt.put(key, rawKeyAt.get("/" + e.getKey()));
                if (e.getValue().isObject()) {
                    e.getValue().fieldNames().forEachRemaining(sub -> keyAt.put(key + "/" + sub,
                            rawKeyAt.get("/" + e.getKey() + "/" + sub)));
                }
                if (!KEYS.contains(key)) {
                    List<String> near = Nearest.to(e.getKey(), KEYS.stream().sorted().toList(), DanishLetters::fold);
                    problem(key, "ukendt nøgle " + Quoted.of(e.getKey(), near) + "; kendte nøgler er titel, afsender, "
                            + "år, periode, opgørelsesdato, måleskema, sager, output, population, udtræk, bortfald, "
                            + "tekst, tidligere, udgivet, kontakt, journalnummer, isbn, rettelser og høring"
                            + (near.isEmpty() ? "" : "." + Nearest.phrase(near)));
                } else {
                    values.put(key, e.getValue());
                }
            });
        }

        AuditSpec read() {
            String title = text("titel");
            String sender = text("afsender");
            JsonNode periodNode = values.get("periode");
            boolean structured = periodNode != null && periodNode.isObject();
            String period = structured ? periodText(periodNode) : text("periode");
            LocalDate periodFrom = structured ? periodDate(periodNode, "fra") : null;
            LocalDate periodTo = structured ? periodDate(periodNode, "til") : null;
            if (periodFrom != null && periodTo != null && periodTo.isBefore(periodFrom)) {
                problem("periode/til", "periode: til ligger før fra");
            }
            Integer year = integer("år");
            LocalDate asOf = date("opgørelsesdato");
            Path checklist = path("måleskema");
            List<Path> cases = paths("sager");
            Path output = path("output");
            Map<String, Integer> population = population();
            Path sampleList = path("udtræk");
            Path dropped = path("bortfald");
            if (dropped != null && sampleList == null) {
                problem("bortfald", "bortfald kræver udtræk: listen over de indkaldte sager fra 'praksis sample'");
            }
            LocalDate published = date("udgivet");
            if (published != null && asOf != null && published.isBefore(asOf)) {
                problem("udgivet", "udgivet (" + DanishDate.numeric(published) + ") ligger før opgørelsesdatoen ("
                        + DanishDate.numeric(asOf) + "); en rapport kan ikke udgives, før tallene er opgjort");
            }
            Publication publication = new Publication(new TextBlockReader(this).read(), paths("tidligere"),
                    published, text("kontakt"), text("journalnummer"), text("isbn"));
            Hearing hearing = new HearingBlockReader(this).read();
            if (!personal.isEmpty()) {
                List<Problem> all = new ArrayList<>(personal);
                all.addAll(problems);
                throw new PersonalDataException(all);
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            return new AuditSpec(title, sender, year, period, asOf, checklist, cases, output, population, periodFrom,
                    periodTo, sampleList, dropped, publication, hearing);
        }

        /** The description of a structured period, else "01.01.2011–30.06.2011" from its dates. */
        private String periodText(JsonNode p) {
            unknownKeys(p, "periode", PERIOD_KEYS.stream().sorted().toList(), "fra, til og beskrivelse");
            JsonNode d = p.get("beskrivelse");
            if (d != null && d.isValueNode() && !d.asText().isBlank()) {
                return d.asText().strip();
            }
            JsonNode from = p.get("fra");
            JsonNode to = p.get("til");
            return from == null || to == null ? null : DanishDates.parse(from.asText())
                    .flatMap(f -> DanishDates.parse(to.asText()).map(t -> DanishDate.numeric(f) + "–" + DanishDate.numeric(t)))
                    .orElse(null);
        }

        private LocalDate periodDate(JsonNode p, String key) {
            return blockDate(p, "periode", key);
        }

        /** A date inside a block such as {@code periode:} or {@code høring:}; null when absent, reported when not a date. */
        LocalDate blockDate(JsonNode block, String blockKey, String key) {
            JsonNode n = block.get(key);
            if (n == null || n.isNull()) {
                return null;
            }
            Optional<LocalDate> d = n.isValueNode() ? DanishDates.parse(n.asText().strip()) : Optional.empty();
            if (d.isEmpty()) {
                problem(blockKey + "/" + key, DanishDates.notADate(blockKey + "." + key));
            }
            return d.orElse(null);
        }

        /** Reports each key of a block such as {@code periode:} that is not one of {@code known}, with the nearest. */
        void unknownKeys(JsonNode block, String blockKey, List<String> known, String knownInDanish) {
            block.fieldNames().forEachRemaining(k -> {
                if (!known.contains(k)) {
                    List<String> near = Nearest.to(k, known, DanishLetters::fold);
                    problem(blockKey + "/" + k, "ukendt nøgle " + Quoted.of(k, near) + " i " + blockKey
                            + "; kendte nøgler er " + knownInDanish + (near.isEmpty() ? "" : "." + Nearest.phrase(near)));
                }
            });
        }

        /** A problem at the key (a top-level key, or "population/NAME"). */
        void problem(String key, String message) {
            problems.add(new Problem(FilePlace.of(file.toString(), keyAt.get(key)), null, message));
        }

        Optional<JsonNode> node(String key) {
            JsonNode n = values.get(key);
            return n == null || n.isNull() ? Optional.empty() : Optional.of(n);
        }

        private String text(String key) {
            Optional<JsonNode> n = node(key);
            if (n.isPresent() && !n.get().isValueNode()) {
                problem(key, key + " skal være en tekst");
                return null;
            }
            return n.map(JsonNode::asText).map(String::strip).filter(s -> !s.isEmpty()).map(s -> FREE_TEXT.contains(key) ? guarded(key, s) : s).orElse(null);
        }

        /** The text, masked or refused when it holds personal data: titles reach every page and file. */
        private String guarded(String key, String value) {
            List<PersonalDataDetector.Finding> found = detector.find(value);
            if (found.isEmpty() || mask) {
                return detector.mask(value, found);
            }
            found.stream().map(PersonalDataDetector.Finding::kind).distinct().forEach(kind ->
                    personal.add(new Problem(FilePlace.of(file.toString(), keyAt.get(key)), null, key + " indeholder "
                            + kind.withArticle() + "; fjern det fra undersøgelsesfilen (det kommer ellers på hver"
                            + " side af rapporterne), eller kør med --masker for at erstatte det med \""
                            + kind.mask() + "\"")));
            return null;
        }

        private Integer integer(String key) {
            Optional<JsonNode> n = node(key);
            if (n.isEmpty()) {
                return null;
            }
            if (!n.get().isIntegralNumber() || !n.get().canConvertToInt()
                    || n.get().asInt() < MIN_YEAR || n.get().asInt() > MAX_YEAR) {
                problem(key, key + " skal være et årstal mellem " + MIN_YEAR + " og " + MAX_YEAR + ", fx 2010");
                return null;
            }
            return n.get().asInt();
        }

        private LocalDate date(String key) {
            String t = text(key);
            if (t == null) {
                return null;
            }
            Optional<LocalDate> d = DanishDates.parse(t);
            if (d.isEmpty()) {
                problem(key, DanishDates.notADate(key));
            }
            return d.orElse(null);
        }

        /** A path relative to the audit file's folder ("." rather than an empty path for the folder itself). */
        Path resolve(String relative) {
            Path p = dir.resolve(relative.strip()).normalize();
            return p.toString().isEmpty() ? Path.of(".") : p;
        }

        private Path path(String key) {
            String t = text(key);
            return t == null ? null : resolve(t);
        }

        private List<Path> paths(String key) {
            Optional<JsonNode> n = node(key);
            if (n.isEmpty()) {
                return List.of();
            }
            List<Path> out = new ArrayList<>();
            if (n.get().isArray()) {
                for (JsonNode e : n.get()) {
                    if (!e.isTextual() || e.asText().isBlank()) {
                        problem(key, key + " skal være en liste af filer og mapper");
                        return List.of();
                    }
                    out.add(resolve(e.asText()));
                }
            } else if (n.get().isTextual()) {
                out.add(resolve(n.get().asText()));
            } else {
                problem(key, key + " skal være en fil, en mappe eller en liste af dem");
            }
            return out;
        }

        private Map<String, Integer> population() {
            Optional<JsonNode> n = node("population");
            if (n.isEmpty()) {
                return Map.of();
            }
            if (!n.get().isObject()) {
                problem("population", "population skal være en blok med kommune: antal afgørelser");
                return Map.of();
            }
            Map<String, Integer> out = new LinkedHashMap<>();
            n.get().fields().forEachRemaining(e -> {
                Optional<Kommune> k = KOMMUNER.find(e.getKey());
                if (k.isEmpty()) {
                    List<String> near = KOMMUNER.suggestions(e.getKey());
                    problem("population/" + e.getKey(), "ukendt kommune " + Quoted.of(e.getKey(), near)
                            + " i population." + Nearest.phrase(near));
                } else if (out.containsKey(k.get().kode())) {
                    problem("population/" + e.getKey(), "kommunen " + k.get().navn() + " står to gange i population");
                } else if (!e.getValue().isIntegralNumber() || !e.getValue().canConvertToInt()
                        || e.getValue().asInt() < 0 || e.getValue().asInt() > MAX_POPULATION) {
                    problem("population/" + e.getKey(), "population for " + k.get().navn() + " skal være et antal"
                            + " afgørelser: et helt tal fra 0 til " + "10.000.000");
                } else {
                    out.put(k.get().kode(), e.getValue().asInt());
                }
            });
            return out;
        }
    }
}
