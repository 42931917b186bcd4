package dk.praksis.results;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts over a set of cases.
 *
 * @param verdicts      counted verdict (the reviewer's when given, else the derived one) to number of cases,
 *                      sorted by verdict value
 * @param disagreements cases where the reviewer's and the derived verdict differ
 * @param items         item id (checklist order) to its outcome counts
 */
@JsonPropertyOrder({"sager", "vurderinger", "uenigheder", "spørgsmål"})
public record Tally(
        @JsonProperty("sager") int cases,
        @JsonProperty(value = "vurderinger", required = true) Map<String, Integer> verdicts,
        @JsonProperty("uenigheder") int disagreements,
        @JsonProperty(value = "spørgsmål", required = true) Map<String, ItemTally> items) {

    public Tally {
        verdicts = Collections.unmodifiableMap(new TreeMap<>(verdicts));
        items = Collections.unmodifiableMap(new LinkedHashMap<>(items));
    }

    /**
     * Outcome counts of one item.
     *
     * @param counted answer value to number of cases, for counted scales (sorted by value); empty otherwise
     */
    @JsonPropertyOrder({"opfyldt", "ikke_opfyldt", "ikke_relevant", "optalt"})
    public record ItemTally(
            @JsonProperty("opfyldt") int met,
            @JsonProperty("ikke_opfyldt") int notMet,
            @JsonProperty("ikke_relevant") int notRelevant,
            @JsonProperty(value = "optalt", required = true) Map<String, Integer> counted) {

        public ItemTally {
            counted = Collections.unmodifiableMap(new TreeMap<>(counted == null ? Map.of() : counted));
        }
    }
}
