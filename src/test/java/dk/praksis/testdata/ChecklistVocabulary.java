package dk.praksis.testdata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words a checklist allows in case files (case types, reviewer items and their scales,
 * verdicts, document elements, course, period and event names), read straight from the YAML tree.
 * Test data is checked against this instead of against the production loader, so the sample data
 * can be verified independently of the readers under construction.
 *
 * @param reviewerItems case type to the ids of the {@code vurdering} items that apply to it, in file order
 * @param scaleValues   item id to the values its scale allows
 * @param documents     document name to its element keys (from {@code fuldstændighed} items)
 * @param courses       course names (from {@code forløb} items)
 * @param periodTypes   period types the deadlines count (from {@code frist} items)
 * @param events        event list names (from {@code frist} items)
 */
public record ChecklistVocabulary(String id, Set<String> caseTypes, Map<String, List<String>> reviewerItems,
                                  Map<String, List<String>> scaleValues, Set<String> verdicts,
                                  Map<String, Set<String>> documents, Set<String> courses,
                                  Set<String> periodTypes, Set<String> events) {

    public static final Path FLEKSJOB_2010 = Path.of("checklists", "fleksjob-2010.yaml");

    public static ChecklistVocabulary read(Path checklist) {
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(checklist.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> caseTypes = new LinkedHashSet<>();
        root.path("sagstyper").fieldNames().forEachRemaining(caseTypes::add);

        Map<String, List<String>> scales = new LinkedHashMap<>();
        root.path("svarskalaer").fields().forEachRemaining(e -> {
            List<String> values = new ArrayList<>();
            for (String group : List.of("opfyldt", "ikke_opfyldt", "ikke_relevant", "værdier")) {
                e.getValue().path(group).forEach(v -> values.add(v.asText()));
            }
            scales.put(e.getKey(), List.copyOf(values));
        });

        Set<String> verdicts = new LinkedHashSet<>();
        root.path("konsekvenser").forEach(c -> verdicts.add(c.isObject() ? c.path("id").asText() : c.asText()));
        verdicts.add("i_overensstemmelse");
        verdicts.add("kan_ikke_vurderes");

        Map<String, List<String>> reviewer = new LinkedHashMap<>();
        caseTypes.forEach(t -> reviewer.put(t, new ArrayList<>()));
        Map<String, List<String>> itemScales = new LinkedHashMap<>();
        Map<String, Set<String>> documents = new LinkedHashMap<>();
        Set<String> courses = new LinkedHashSet<>();
        Set<String> periodTypes = new LinkedHashSet<>();
        Set<String> events = new LinkedHashSet<>();
        for (JsonNode section : root.path("afsnit")) {
            for (JsonNode item : section.path("spørgsmål")) {
                String itemId = item.path("id").asText();
                switch (item.path("type").asText()) {
                    case "vurdering" -> {
                        itemScales.put(itemId, scales.get(item.path("svarskala").asText()));
                        for (String t : applicableTypes(item, section, caseTypes)) {
                            reviewer.get(t).add(itemId);
                        }
                    }
                    case "fuldstændighed" -> {
                        Set<String> elements = new LinkedHashSet<>();
                        item.path("elementer").forEach(el -> elements.add(el.asText()));
                        documents.put(item.path("dokument").asText(), elements);
                    }
                    case "forløb" -> courses.add(item.path("forløb").asText());
                    case "frist" -> {
                        item.path("frist").path("perioder").forEach(p -> periodTypes.add(p.asText()));
                        events.add(item.path("frist").path("hændelse").asText());
                    }
                    default -> {
                        // dato_før and future types name no new vocabulary
                    }
                }
            }
        }
        reviewer.replaceAll((k, v) -> List.copyOf(v));
        return new ChecklistVocabulary(root.path("id").asText(), caseTypes, reviewer, itemScales, verdicts,
                documents, courses, periodTypes, events);
    }

    /** The item's own case types, else its section's, else every case type. */
    private static Set<String> applicableTypes(JsonNode item, JsonNode section, Set<String> all) {
        JsonNode own = item.has("sagstyper") ? item.path("sagstyper") : section.path("sagstyper");
        if (!own.isArray() || own.isEmpty()) {
            return all;
        }
        Set<String> types = new LinkedHashSet<>();
        own.forEach(t -> types.add(t.asText()));
        return types;
    }

    /** Every reviewer item id, for any case type. */
    public Set<String> allReviewerItems() {
        Set<String> ids = new LinkedHashSet<>();
        reviewerItems.values().forEach(ids::addAll);
        return ids;
    }
}
