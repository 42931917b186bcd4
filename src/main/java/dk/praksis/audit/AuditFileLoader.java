package dk.praksis.audit;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dk.praksis.cases.DanishDates;
import dk.praksis.cases.Kommune;
import dk.praksis.cases.KommuneRegister;
import dk.praksis.cases.Quoted;
import dk.praksis.checklist.PlacedYaml;
import dk.praksis.errors.InvalidInputException;
import dk.praksis.errors.Problem;
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
 * output, population (kommune names or codes, stored by kommunekode). Paths are relative to the file. Every problem names file:line:column.
 * Keys may also be written without Danish letters (aar, opgoerelsesdato, maaleskema).
 */
public final class AuditFileLoader {

    private static final YAMLFactory YAML = YAMLFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final ObjectMapper MAPPER = new ObjectMapper(YAML);

    private static final Map<String, String> ALIASES = Map.of("aar", "år", "opgoerelsesdato", "opgørelsesdato",
            "maaleskema", "måleskema");
    private static final Set<String> KEYS = Set.of("titel", "afsender", "år", "periode", "opgørelsesdato",
            "måleskema", "sager", "output", "population");

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

    /**
     * @throws InvalidInputException listing every problem with file:line:column
     */
    public static AuditSpec load(Path file) {
        PlacedYaml yaml = PlacedYaml.readBlock(file, "undersøgelsesfilen",
                "titel, opgørelsesdato, måleskema, sager og output");
        JsonNode root = yaml.root();
        return new Reader(file, root, yaml.places()).read();
    }

    private static String where(Path file, JsonLocation loc) {
        return loc == null || loc.getLineNr() < 1 ? file.toString()
                : file + ":" + loc.getLineNr() + ":" + loc.getColumnNr();
    }

    /** One pass over the top-level keys, collecting every problem. */
    private static final class Reader {
        private final Path file;
        private final Path dir;
        private final Map<String, JsonNode> values = new LinkedHashMap<>();
        private final Map<String, JsonLocation> keyAt;
        private final List<Problem> problems = new ArrayList<>();

        Reader(Path file, JsonNode root, Map<String, JsonLocation> rawKeyAt) {
            this.file = file;
            Path parent = file.toAbsolutePath().getParent();
            this.dir = parent == null ? Path.of(".") : parent;
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
                            + "år, periode, opgørelsesdato, måleskema, sager, output og population"
                            + (near.isEmpty() ? "" : "." + Nearest.phrase(near)));
                } else {
                    values.put(key, e.getValue());
                }
            });
        }

        AuditSpec read() {
            String title = text("titel");
            String sender = text("afsender");
            String period = text("periode");
            Integer year = integer("år");
            LocalDate asOf = date("opgørelsesdato");
            Path checklist = path("måleskema");
            List<Path> cases = paths("sager");
            Path output = path("output");
            Map<String, Integer> population = population();
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            return new AuditSpec(title, sender, year, period, asOf, checklist, cases, output, population);
        }

        /** A problem at the key (a top-level key, or "population/NAME"). */
        private void problem(String key, String message) {
            problems.add(new Problem(where(file, keyAt.get(key)), null, message));
        }

        private Optional<JsonNode> node(String key) {
            JsonNode n = values.get(key);
            return n == null || n.isNull() ? Optional.empty() : Optional.of(n);
        }

        private String text(String key) {
            Optional<JsonNode> n = node(key);
            if (n.isPresent() && !n.get().isValueNode()) {
                problem(key, key + " skal være en tekst");
                return null;
            }
            return n.map(JsonNode::asText).map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
        }

        private Integer integer(String key) {
            Optional<JsonNode> n = node(key);
            if (n.isEmpty()) {
                return null;
            }
            if (!n.get().canConvertToInt() || !n.get().isIntegralNumber()) {
                problem(key, key + " skal være et årstal, fx 2010");
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

        private Path path(String key) {
            String t = text(key);
            return t == null ? null : dir.resolve(t).normalize();
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
                    out.add(dir.resolve(e.asText().strip()).normalize());
                }
            } else if (n.get().isTextual()) {
                out.add(dir.resolve(n.get().asText().strip()).normalize());
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
                } else if (!e.getValue().isIntegralNumber() || e.getValue().asInt() < 0) {
                    problem("population/" + e.getKey(), "population for " + k.get().navn() + " skal være et antal (et helt tal, 0 eller mere)");
                } else {
                    out.put(k.get().kode(), e.getValue().asInt());
                }
            });
            return out;
        }
    }
}
