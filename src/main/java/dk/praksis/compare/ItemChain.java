package dk.praksis.compare;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One checklist item followed through the years in which it can be compared.
 *
 * @param key      unique in the comparison: the first year and id, e.g. "2010/AP2"
 * @param id       the item's id in its latest year
 * @param text     the wording in its latest year
 * @param idsByYear year label to the item's id that year, in time order
 * @param compared whether shares are compared (at least two years and a met/not met scale)
 * @param notes    Danish sentences for the reader, e.g. that the wording changed
 */
@JsonPropertyOrder({"nøgle", "id", "tekst", "afsnit", "id_pr_år", "sammenlignet", "markeringer", "noter"})
public record ItemChain(
        @JsonProperty("nøgle") String key,
        @JsonProperty("id") String id,
        @JsonProperty("tekst") String text,
        @JsonProperty("afsnit") String section,
        @JsonProperty("id_pr_år") Map<String, String> idsByYear,
        @JsonProperty("sammenlignet") boolean compared,
        @JsonProperty("markeringer") List<ItemFlag> flags,
        @JsonProperty("noter") List<String> notes) {

    public ItemChain {
        idsByYear = Collections.unmodifiableMap(new LinkedHashMap<>(idsByYear));
        flags = List.copyOf(flags);
        notes = List.copyOf(notes);
    }

    /** "AP2", or "AP2b (2010: AP2)" when the id changed through a mapping. */
    public String displayId() {
        StringBuilder sb = new StringBuilder(id);
        List<String> others = idsByYear.entrySet().stream()
                .filter(e -> !e.getValue().equals(id))
                .map(e -> e.getKey() + ": " + e.getValue())
                .toList();
        if (!others.isEmpty()) {
            sb.append(" (").append(String.join(", ", others)).append(')');
        }
        return sb.toString();
    }
}
