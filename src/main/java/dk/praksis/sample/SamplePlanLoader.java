package dk.praksis.sample;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a sample file ({@code udtraek.yaml}). Every problem names file:line:column. Keys may be written
 * without Danish letters (froe, for_faa, vaerdier).
 */
public final class SamplePlanLoader {

    static final List<String> KEYS = List.of("titel", "afsender", "population", "frø", "pr_kommune", "kvoter",
            "strata", "reserve", "for_få", "sagstyper", "periode", "frist", "brevdato", "brev", "output", "tidligere",
            "dækning", "sagsbehandler");
    private static final List<String> COVERAGE_KEYS = List.of("felt", "udtræk_om_året");
    private static final List<String> STRATUM_KEYS = List.of("navn", "felt", "fra", "til", "værdier", "antal");
    private static final Map<String, String> ALIASES = Map.of("froe", "frø", "seed", "frø", "for_faa", "for_få",
            "vaerdier", "værdier", "daekning", "dækning", "udtraek_om_aaret", "udtræk_om_året");

    private final KommuneRegister kommuner;

    public SamplePlanLoader(KommuneRegister kommuner) {
        this.kommuner = kommuner;
    }

    /** @throws InvalidInputException listing every problem with file:line:column */
    public SamplePlan load(Path file) {
        PlacedYaml yaml = PlacedYaml.readBlock(file, "udtræksfilen",
                "mindst population, output og pr_kommune eller strata");
        JsonNode root = yaml.root();
        return new Reader(file, root, yaml).read();
    }

    /** One pass over the file, collecting every problem. */
    private final class Reader {
        private final Path file;
        private final Path dir;
        private final PlacedYaml yaml;
        private final Map<String, JsonNode> values = new LinkedHashMap<>();
        private final Map<String, String> pointers = new HashMap<>();
        private final List<Problem> problems = new ArrayList<>();

        Reader(Path file, JsonNode root, PlacedYaml yaml) {
            this.file = file;
            Path parent = file.toAbsolutePath().getParent();
            this.dir = parent == null ? Path.of(".") : parent;
            this.yaml = yaml;
            root.fields().forEachRemaining(e -> {
                String key = ALIASES.getOrDefault(e.getKey(), e.getKey());
                pointers.put(key, "/" + e.getKey());
                if (KEYS.contains(key)) {
                    values.put(key, e.getValue());
                } else {
                    unknown("/" + e.getKey(), e.getKey(), KEYS);
                }
            });
        }

        SamplePlan read() {
            String title = text("titel");
            String sender = text("afsender");
            Path population = path("population");
            Long seed = seed();
            Integer perKommune = count("pr_kommune", 1);
            Map<String, Integer> quotas = quotas();
            List<Stratum> strata = strata();
            int reserve = Optional.ofNullable(count("reserve", 0)).orElse(0);
            SamplePlan.ShortRule rule = shortRule();
            List<String> caseTypes = texts("sagstyper");
            LocalDate[] period = period();
            LocalDate deadline = date("frist", pointer("frist"));
            LocalDate letterDate = date("brevdato", pointer("brevdato"));
            Path letter = path("brev");
            Path output = path("output");
            List<Path> earlier = paths("tidligere");
            Coverage coverage = coverage();
            String caseworker = text("sagsbehandler");
            if (population == null) {
                problems.add(new Problem(file.toString(), null, "population mangler: populationslisten (CSV eller xlsx)"));
            }
            if (!strata.isEmpty() && (perKommune != null || !quotas.isEmpty())) {
                problem(pointer("strata"), "angiv enten strata eller pr_kommune/kvoter, ikke begge");
            } else if (strata.isEmpty() && perKommune == null && quotas.isEmpty() && values.get("strata") == null) {
                problems.add(new Problem(file.toString(), null, "udtræksfilen skal sige, hvor mange sager der"
                        + " udtrækkes: pr_kommune (fx 12), kvoter (pr. kommune) eller strata"));
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            boolean defaultQuota = !strata.isEmpty() || perKommune != null;
            List<Stratum> used = strata.isEmpty() && perKommune != null ? List.of(Stratum.all(perKommune)) : strata;
            return new SamplePlan(title, sender, population, seed, used, quotas, defaultQuota, reserve, rule, caseTypes,
                    period[0], period[1], deadline, letterDate, letter, output, earlier, coverage, caseworker);
        }

        private String pointer(String key) {
            return pointers.getOrDefault(key, "/" + key);
        }

        private void problem(String pointer, String message) {
            problems.add(new Problem(yaml.where(file.toString(), pointer), null, message));
        }

        private void unknown(String pointer, String key, List<String> known) {
            List<String> near = Nearest.to(key, known, DanishLetters::fold);
            problem(pointer, "ukendt nøgle " + Quoted.of(key, near) + "; kendte nøgler er " + String.join(", ", known)
                    + "." + Nearest.phrase(near));
        }

        private Optional<JsonNode> node(String key) {
            JsonNode n = values.get(key);
            return n == null || n.isNull() ? Optional.empty() : Optional.of(n);
        }

        private String text(String key) {
            Optional<JsonNode> n = node(key);
            if (n.isPresent() && !n.get().isValueNode()) {
                problem(pointer(key), key + " skal være en tekst");
                return null;
            }
            return n.map(JsonNode::asText).map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
        }

        private Path path(String key) {
            String t = text(key);
            return t == null ? null : dir.resolve(t).normalize();
        }

        private Long seed() {
            Optional<JsonNode> n = node("frø");
            if (n.isEmpty()) {
                return null;
            }
            if (!n.get().isIntegralNumber() || !n.get().canConvertToLong() || n.get().asLong() < 0) {
                problem(pointer("frø"), "frø skal være et helt tal, 0 eller større (fx 20110315)");
                return null;
            }
            return n.get().asLong();
        }

        private Integer count(String key, int min) {
            return count(node(key), pointer(key), key, min);
        }

        private Integer count(Optional<JsonNode> n, String pointer, String label, int min) {
            if (n.isEmpty()) {
                return null;
            }
            if (!n.get().isIntegralNumber() || !n.get().canConvertToInt() || n.get().asInt() < min) {
                problem(pointer, label + " skal være et helt tal, " + min + " eller større");
                return null;
            }
            return n.get().asInt();
        }

        private Map<String, Integer> quotas() {
            Optional<JsonNode> n = node("kvoter");
            Map<String, Integer> out = new LinkedHashMap<>();
            if (n.isEmpty()) {
                return out;
            }
            if (!n.get().isObject()) {
                problem(pointer("kvoter"), "kvoter skal være en blok med kommune: antal sager");
                return out;
            }
            n.get().fields().forEachRemaining(e -> {
                String p = pointer("kvoter") + "/" + e.getKey();
                Optional<Kommune> k = kommuner.find(e.getKey());
                if (k.isEmpty()) {
                    problem(p, kommuner.unknownMessage(e.getKey()));
                } else if (out.containsKey(k.get().kode())) {
                    problem(p, "kommunen " + k.get().navn() + " står to gange i kvoter");
                } else {
                    Integer q = count(Optional.of(e.getValue()), p, "kvoten for " + k.get().navn(), 1);
                    if (q != null) {
                        out.put(k.get().kode(), q);
                    }
                }
            });
            return out;
        }

        private List<Stratum> strata() {
            Optional<JsonNode> n = node("strata");
            List<Stratum> out = new ArrayList<>();
            if (n.isEmpty()) {
                return out;
            }
            if (!n.get().isArray() || n.get().isEmpty()) {
                problem(pointer("strata"), "strata skal være en liste med mindst ét stratum (navn, felt, fra, til, antal)");
                return out;
            }
            Set<String> names = new java.util.HashSet<>();
            for (int i = 0; i < n.get().size(); i++) {
                JsonNode s = n.get().get(i);
                String p = pointer("strata") + "/" + i;
                if (!s.isObject()) {
                    problem(p, "hvert stratum skal være en blok med navn, felt, fra, til og antal");
                    continue;
                }
                Map<String, JsonNode> f = new LinkedHashMap<>();
                s.fields().forEachRemaining(e -> {
                    String key = ALIASES.getOrDefault(e.getKey(), e.getKey());
                    if (STRATUM_KEYS.contains(key)) {
                        f.put(key, e.getValue());
                    } else {
                        unknown(p + "/" + e.getKey(), e.getKey(), STRATUM_KEYS);
                    }
                });
                String name = f.containsKey("navn") ? f.get("navn").asText().strip() : "";
                if (name.isEmpty()) {
                    problem(p, "stratum nr. " + (i + 1) + " mangler et navn");
                } else if (!names.add(name)) {
                    problem(p + "/navn", "to strata hedder '" + name + "'");
                }
                String field = f.containsKey("felt") ? f.get("felt").asText().strip() : null;
                Double from = bound(f.get("fra"), p + "/fra");
                Double to = bound(f.get("til"), p + "/til");
                List<String> vals = new ArrayList<>();
                if (f.containsKey("værdier")) {
                    f.get("værdier").forEach(v -> vals.add(v.asText()));
                    if (!f.get("værdier").isArray() || vals.isEmpty()) {
                        problem(p + "/værdier", "værdier skal være en liste, fx [bevilling]");
                    }
                }
                if (field == null && (from != null || to != null || !vals.isEmpty())) {
                    problem(p, "stratum '" + name + "' har fra, til eller værdier, men intet felt");
                }
                if (from != null && to != null && from >= to) {
                    problem(p + "/til", "til skal være større end fra (fra er med, til er ikke)");
                }
                Integer antal = count(Optional.ofNullable(f.get("antal")), p + "/antal", "antal", 1);
                if (!f.containsKey("antal")) {
                    problem(p, "stratum '" + name + "' mangler antal");
                }
                if (antal != null) {
                    out.add(new Stratum(name, field, from, to, vals, antal));
                }
            }
            return out;
        }

        /** {@code dækning: {felt: sagsbehandler, udtræk_om_året: 12}}; both keys may be left out. */
        private Coverage coverage() {
            Optional<JsonNode> n = node("dækning");
            if (n.isEmpty()) {
                return null;
            }
            String p = pointer("dækning");
            if (!n.get().isObject()) {
                problem(p, "dækning skal være en blok, fx {felt: sagsbehandler, udtræk_om_året: 12}");
                return null;
            }
            Map<String, JsonNode> f = new LinkedHashMap<>();
            n.get().fields().forEachRemaining(e -> {
                String key = ALIASES.getOrDefault(e.getKey(), e.getKey());
                if (COVERAGE_KEYS.contains(key)) {
                    f.put(key, e.getValue());
                } else {
                    unknown(p + "/" + e.getKey(), e.getKey(), COVERAGE_KEYS);
                }
            });
            String field = f.containsKey("felt") ? f.get("felt").asText().strip() : Coverage.DEFAULT_FIELD;
            if (field.isEmpty()) {
                problem(p + "/felt", "felt skal være navnet på kolonnen med sagsbehandleren, fx sagsbehandler");
            }
            Integer draws = count(Optional.ofNullable(f.get("udtræk_om_året")), p + "/udtræk_om_året",
                    "udtræk_om_året", 1);
            return new Coverage(field, draws == null ? 12 : draws);
        }

        private Double bound(JsonNode n, String pointer) {
            if (n == null || n.isNull()) {
                return null;
            }
            if (!n.isNumber()) {
                problem(pointer, "grænsen skal være et tal, fx 6");
                return null;
            }
            return n.asDouble();
        }

        private SamplePlan.ShortRule shortRule() {
            String t = text("for_få");
            if (t == null) {
                return SamplePlan.ShortRule.TAG_ALLE;
            }
            for (SamplePlan.ShortRule r : SamplePlan.ShortRule.values()) {
                if (r.key().equals(DanishLetters.fold(t))) {
                    return r;
                }
            }
            problem(pointer("for_få"), "for_få skal være tag_alle (tag de sager, der er) eller stop");
            return SamplePlan.ShortRule.TAG_ALLE;
        }

        private List<String> texts(String key) {
            return texts(key, "[bevilling, revurdering]");
        }

        private List<String> texts(String key, String example) {
            Optional<JsonNode> n = node(key);
            if (n.isEmpty()) {
                return List.of();
            }
            if (!n.get().isArray()) {
                problem(pointer(key), key + " skal være en liste, fx " + example);
                return List.of();
            }
            List<String> out = new ArrayList<>();
            n.get().forEach(v -> out.add(v.asText().strip()));
            return out;
        }

        private List<Path> paths(String key) {
            return texts(key, "[../2013-02/protokol.json]").stream().filter(t -> !t.isEmpty()).map(t -> dir.resolve(t).normalize()).toList();
        }

        private LocalDate[] period() {
            Optional<JsonNode> n = node("periode");
            if (n.isEmpty()) {
                return new LocalDate[2];
            }
            if (!n.get().isObject()) {
                problem(pointer("periode"), "periode skal være en blok: {fra: 2010-01-01, til: 2010-12-31}");
                return new LocalDate[2];
            }
            JsonNode from = n.get().get("fra");
            JsonNode to = n.get().get("til");
            LocalDate f = from == null ? null : parse(from, pointer("periode") + "/fra", "periode.fra");
            LocalDate t = to == null ? null : parse(to, pointer("periode") + "/til", "periode.til");
            if (f != null && t != null && t.isBefore(f)) {
                problem(pointer("periode") + "/til", "periodens slutning ligger før dens begyndelse");
            }
            return new LocalDate[] {f, t};
        }

        private LocalDate date(String key, String pointer) {
            return node(key).map(n -> parse(n, pointer, key)).orElse(null);
        }

        private LocalDate parse(JsonNode n, String pointer, String label) {
            Optional<LocalDate> d = DanishDates.parse(n.asText());
            if (d.isEmpty()) {
                problem(pointer, DanishDates.notADate(label));
            }
            return d.orElse(null);
        }
    }
}
