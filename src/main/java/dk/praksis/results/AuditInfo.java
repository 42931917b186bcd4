package dk.praksis.results;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The audit's metadata as the audit file gave it.
 *
 * @param year       may be null
 * @param period     free text such as "1. januar – 30. juni 2010", or null
 * @param population kommunekode to the number of such decisions in the period, for the
 *                   finite-population correction; empty when not given
 */
@JsonPropertyOrder({"titel", "afsender", "år", "periode", "opgørelsesdato", "population"})
public record AuditInfo(
        @JsonProperty("titel") String title,
        @JsonProperty("afsender") String sender,
        @JsonProperty("år") Integer year,
        @JsonProperty("periode") String period,
        @JsonProperty("opgørelsesdato") LocalDate asOf,
        @JsonProperty("population") Map<String, Integer> population) {

    public AuditInfo {
        population = Collections.unmodifiableMap(new TreeMap<>(population == null ? Map.of() : population));
    }
}
