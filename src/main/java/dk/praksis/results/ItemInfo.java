package dk.praksis.results;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One checklist item as it was when the audit ran.
 *
 * @param type        the YAML spelling of the item type, e.g. "frist"
 * @param fingerprint sha256 of the item's rule (type, case types, condition, consequence, parameters,
 *                    not its wording), so a comparison can tell whether the rule changed
 */
@JsonPropertyOrder({"id", "afsnit", "tekst", "type", "konsekvens", "regel", "fingeraftryk"})
public record ItemInfo(
        @JsonProperty(value = "id", required = true) String id,
        @JsonProperty("afsnit") String section,
        @JsonProperty("tekst") String text,
        @JsonProperty("type") String type,
        @JsonProperty("konsekvens") String consequence,
        @JsonProperty("regel") String rule,
        @JsonProperty("fingeraftryk") String fingerprint) {
}
