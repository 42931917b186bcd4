package dk.praksis.checklist;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.utils.JsonNodes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a schema-shaped tree into the checklist records and checks what a schema cannot see:
 * unique ids, references to scales, consequences and case types, durations and field paths.
 * Reads leniently so it can run even when the schema found problems, and every problem is reported.
 */
final class ChecklistBuilder {

    /** Labels and reversal flags for the consequences most checklists use, so the shorthand list suffices. */
    private static final Map<String, Consequence> WELL_KNOWN = Map.of(
            "ændring", new Consequence("ændring", "Ville blive ændret eller ophævet", true),
            "hjemvisning", new Consequence("hjemvisning", "Ville blive hjemvist", true),
            "formel", new Consequence("formel", "Formelle mangler", false));

    private final JsonNode root;
    private final ProblemCollector problems;
    private final Map<String, Integer> itemLines = new HashMap<>();
    private final Map<String, Integer> sectionLines = new HashMap<>();

    ChecklistBuilder(JsonNode root, ProblemCollector problems) {
        this.root = root;
        this.problems = problems;
    }

    Checklist build(String source, String sha256) {
        Map<String, String> caseTypes = new LinkedHashMap<>();
        root.path("sagstyper").fields().forEachRemaining(e -> caseTypes.put(e.getKey(), e.getValue().asText()));
        List<Consequence> consequences = consequences();
        Map<String, AnswerScale> scales = scales(consequences);
        List<String> precedence = precedence(consequences);
        ItemSpecReader specs = new ItemSpecReader(problems, scales);
        List<Section> sections = new ArrayList<>();
        for (JsonNode s : root.path("afsnit")) {
            sections.add(section(s, caseTypes, consequences, specs));
        }
        return new Checklist(Nodes.text(root, "id"), root.path("version").asInt(0), Nodes.text(root, "titel"),
                Nodes.text(root, "beskrivelse"), Nodes.texts(root, "regelgrundlag"), caseTypes, scales,
                consequences, sections, source, sha256, precedence, labels(sections));
    }

    /** {@code betegnelser}: words for names and field paths the items use; the schema checks the texts. */
    private Labels labels(List<Section> sections) {
        Map<String, String> words = new LinkedHashMap<>();
        java.util.Set<String> used = LabelUse.names(sections);
        root.path("betegnelser").fields().forEachRemaining(e -> {
            if (!used.contains(e.getKey())) {
                problems.at(e.getValue(), null, "'betegnelser' giver ord for '" + e.getKey() + "', som intet spørgsmål"
                        + " bruger" + Suggestions.hint(e.getKey(), used));
            }
            words.put(e.getKey(), e.getValue().asText());
        });
        return new Labels(words);
    }

    /** {@code forrang}: every consequence exactly once, or absent (then worst first). */
    private List<String> precedence(List<Consequence> consequences) {
        JsonNode f = root.get("forrang");
        if (f == null || !f.isArray()) {
            return null;
        }
        List<String> ids = consequences.stream().map(Consequence::id).toList();
        List<String> order = new ArrayList<>();
        for (JsonNode n : Nodes.scalars(root, "forrang")) {
            String id = n.asText();
            if (!ids.contains(id)) {
                problems.at(n, null, "'forrang' nævner en ukendt konsekvens '" + id + "'" + Suggestions.hint(id, ids)
                        + "; måleskemaets konsekvenser: " + String.join(", ", ids));
            } else if (order.contains(id)) {
                problems.at(n, null, "'forrang' nævner konsekvensen '" + id + "' to gange");
            } else {
                order.add(id);
            }
        }
        List<String> missing = ids.stream().filter(id -> !order.contains(id)).toList();
        if (!missing.isEmpty()) {
            problems.at(f, null, "'forrang' skal nævne alle konsekvenserne én gang; den mangler "
                    + String.join(", ", missing));
        }
        return order;
    }

    private Map<String, AnswerScale> scales(List<Consequence> consequences) {
        Map<String, AnswerScale> scales = new LinkedHashMap<>();
        root.path("svarskalaer").fields().forEachRemaining(e -> {
            JsonNode s = e.getValue();
            String owner = "svarskala " + e.getKey();
            boolean counted = s.has("værdier");
            boolean judging = s.has("opfyldt") || s.has("ikke_opfyldt") || s.has("ikke_relevant");
            if (counted && judging) {
                problems.at(s, owner, "brug enten 'værdier' (en tællende skala, fx Likert) eller "
                        + "opfyldt/ikke_opfyldt/ikke_relevant (en bedømmende skala), ikke begge");
            } else if (!counted && !(s.has("opfyldt") && s.has("ikke_opfyldt"))) {
                problems.at(s, owner, "en bedømmende skala skal have både 'opfyldt' og 'ikke_opfyldt' "
                        + "(en tællende skala har i stedet 'værdier')");
            }
            List<String> met = Nodes.texts(s, "opfyldt");
            List<String> notMet = Nodes.texts(s, "ikke_opfyldt");
            List<String> notRelevant = Nodes.texts(s, "ikke_relevant");
            List<String> values = new ArrayList<>();
            for (String key : counted ? List.of("værdier") : List.of("opfyldt", "ikke_opfyldt", "ikke_relevant")) {
                for (JsonNode n : Nodes.scalars(s, key)) {
                    String v = n.asText();
                    if (values.stream().anyMatch(v::equalsIgnoreCase)) {
                        problems.at(n, owner, "svaret '" + v + "' står mere end én gang i skalaen");
                    } else {
                        values.add(v);
                    }
                }
            }
            scales.put(e.getKey(), new AnswerScale(e.getKey(), values, met, notMet, notRelevant, counted,
                    answerConsequences(s, owner, notMet, consequences)));
        });
        return scales;
    }

    /** {@code konsekvens_ved_svar}: each answer must be a not-met answer of the scale, each consequence known. */
    private Map<String, String> answerConsequences(JsonNode scale, String owner, List<String> notMet,
                                                   List<Consequence> consequences) {
        Map<String, String> out = new LinkedHashMap<>();
        JsonNode m = scale.get("konsekvens_ved_svar");
        if (m == null || !m.isObject()) {
            return out;
        }
        List<String> ids = consequences.stream().map(Consequence::id).toList();
        m.fields().forEachRemaining(e -> {
            String answer = e.getKey();
            String consequence = e.getValue().asText();
            if (notMet.stream().noneMatch(answer::equalsIgnoreCase)) {
                problems.at(e.getValue(), owner, "svaret '" + answer + "' i konsekvens_ved_svar står ikke under "
                        + "ikke_opfyldt" + Suggestions.hint(answer, notMet) + "; kun et ikke-opfyldt svar kan give en konsekvens");
            } else if (!ids.contains(consequence)) {
                problems.at(e.getValue(), owner, "ukendt konsekvens '" + consequence + "'"
                        + Suggestions.hint(consequence, ids) + "; måleskemaets konsekvenser: " + String.join(", ", ids));
            } else {
                out.put(answer, consequence);
            }
        });
        return out;
    }

    private List<Consequence> consequences() {
        List<Consequence> out = new ArrayList<>();
        for (JsonNode c : root.path("konsekvenser")) {
            String id = c.isTextual() ? c.asText() : Nodes.text(c, "id");
            if (id == null) {
                continue; // the schema reports the missing id
            }
            Consequence known = WELL_KNOWN.get(id);
            String title = c.isObject() && c.has("titel") ? Nodes.text(c, "titel")
                    : known != null ? known.titel() : id;
            boolean reversal = c.isObject() && c.has("omgørelse") ? c.get("omgørelse").asBoolean()
                    : known != null && known.reversal();
            if (out.stream().anyMatch(o -> o.id().equals(id))) {
                problems.at(c.isObject() ? c.get("id") : c, null, "konsekvensen '" + id + "' står to gange");
            } else if (id.equals(Checklist.VERDICT_OK) || id.equals(Checklist.VERDICT_UNASSESSABLE)) {
                problems.at(c.isObject() ? c.get("id") : c, null, "'" + id + "' er en fast samlet vurdering og kan "
                        + "ikke bruges som konsekvens");
            } else {
                out.add(new Consequence(id, title, reversal));
            }
        }
        return out;
    }

    private Section section(JsonNode s, Map<String, String> caseTypes, List<Consequence> consequences,
                            ItemSpecReader specs) {
        String id = Nodes.text(s, "id");
        String owner = "afsnit " + (id == null ? "uden id" : id);
        unique(id, s.get("id"), sectionLines, owner, "afsnittet");
        List<String> types = knownCaseTypes(s, caseTypes, owner);
        List<Item> items = new ArrayList<>();
        for (JsonNode i : s.path("spørgsmål")) {
            Item item = item(i, types, caseTypes, consequences, specs);
            if (item != null) {
                items.add(item);
            }
        }
        return new Section(id, Nodes.text(s, "titel"), types, items);
    }

    private Item item(JsonNode i, List<String> sectionTypes, Map<String, String> caseTypes,
                      List<Consequence> consequences, ItemSpecReader specs) {
        String id = Nodes.text(i, "id");
        String owner = "spørgsmål " + (id == null ? "uden id" : id);
        unique(id, i.get("id"), itemLines, owner, "spørgsmålet");
        List<String> own = knownCaseTypes(i, caseTypes, owner);
        List<String> types = own.isEmpty() ? sectionTypes : own;
        if (!own.isEmpty() && !sectionTypes.isEmpty()) {
            for (String t : own) {
                if (!sectionTypes.contains(t)) {
                    problems.at(Nodes.element(i, "sagstyper", t), owner, "sagstypen '" + t + "' er ikke med i afsnittets "
                            + "sagstyper (" + String.join(", ", sectionTypes) + "); et spørgsmål kan kun indsnævre dem");
                }
            }
            types = own.stream().filter(sectionTypes::contains).toList();
        }
        String consequence = Nodes.text(i, "ved_ikke_opfyldt");
        if (consequence != null && consequences.stream().noneMatch(c -> c.id().equals(consequence))) {
            List<String> ids = consequences.stream().map(Consequence::id).toList();
            problems.at(i.get("ved_ikke_opfyldt"), owner, "ukendt konsekvens '" + consequence + "'"
                    + Suggestions.hint(consequence, ids) + "; måleskemaets konsekvenser: " + String.join(", ", ids));
        }
        Condition condition = specs.condition(i, owner);
        ItemType type = Arrays.stream(ItemType.values()).filter(t -> t.key().equals(Nodes.text(i, "type")))
                .findFirst().orElse(null);
        if (type == null) {
            return null; // the schema names the valid types
        }
        ItemSpec spec = specs.read(type, i, owner);
        LocalDate validFrom = validity(i, "gælder_fra", owner);
        LocalDate validTo = validity(i, "gælder_til", owner);
        if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
            problems.at(i.get("gælder_til"), owner, "'gælder_til' (" + validTo + ") ligger før 'gælder_fra' ("
                    + validFrom + "); spørgsmålet ville aldrig gælde");
        }
        return new Item(id, Nodes.text(i, "tekst"), type, types, condition, consequence, Nodes.text(i, "regel"),
                Nodes.text(i, "læsning"), spec, JsonNodes.tokenLocationOf(i).getLineNr(), horizon(i, type, owner),
                validFrom, validTo);
    }

    /** A {@code gælder_fra}/{@code gælder_til} date, or null when absent or not a date (then a problem). */
    private LocalDate validity(JsonNode i, String key, String owner) {
        String t = Nodes.text(i, key);
        if (t == null) {
            return null;
        }
        try {
            return LocalDate.parse(t);
        } catch (java.time.format.DateTimeParseException e) {
            problems.at(i.get(key), owner, "'" + key + "' skal være en dato skrevet som 2013-01-01");
            return null;
        }
    }

    /** The item's {@code horisont}; the schema rejects unknown values, so those read as the default. */
    private Horizon horizon(JsonNode i, ItemType type, String owner) {
        Horizon h = Horizon.ofKey(Nodes.text(i, "horisont"));
        if (h != null && type == ItemType.VURDERING) {
            problems.at(i.get("horisont"), owner, "'horisont' bruges kun ved spørgsmål, programmet beregner; "
                    + "bedømmeren vurderer selv et vurderingsspørgsmål");
        }
        return h;
    }

    private void unique(String id, JsonNode at, Map<String, Integer> seen, String owner, String kind) {
        if (id == null) {
            return;
        }
        int line = JsonNodes.tokenLocationOf(at).getLineNr();
        Integer first = seen.putIfAbsent(id.toLowerCase(Locale.ROOT), line);
        if (first != null) {
            problems.at(at, owner, "id'et '" + id + "' er allerede brugt af " + kind + " på linje " + first
                    + "; hvert id skal være entydigt");
        }
    }

    private List<String> knownCaseTypes(JsonNode node, Map<String, String> caseTypes, String owner) {
        List<String> types = Nodes.texts(node, "sagstyper");
        for (String t : types) {
            if (!caseTypes.containsKey(t)) {
                problems.at(Nodes.element(node, "sagstyper", t), owner, "ukendt sagstype '" + t + "'"
                        + Suggestions.hint(t, caseTypes.keySet()) + "; måleskemaets sagstyper: "
                        + String.join(", ", caseTypes.keySet()));
            }
        }
        return types.stream().filter(caseTypes::containsKey).toList();
    }
}
