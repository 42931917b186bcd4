package dk.praksis.compare;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One measure (a verdict share or an item's share met) followed over the years.
 *
 * @param key     a verdict key such as "omgørelse", or an item chain's key such as "2010/AP2"
 * @param label   Danish, for tables and charts
 * @param changes between consecutive years, and first to last when there are three or more
 * @param trend   over three or more years, else null
 */
@JsonPropertyOrder({"nøgle", "navn", "andele", "ændringer", "trend"})
public record MeasureSeries(
        @JsonProperty("nøgle") String key,
        @JsonProperty("navn") String label,
        @JsonProperty("andele") List<YearShare> shares,
        @JsonProperty("ændringer") List<Change> changes,
        @JsonProperty("trend") Trend trend) {

    public MeasureSeries {
        shares = List.copyOf(shares);
        changes = List.copyOf(changes);
    }

    /** The change from the first to the last year shown, when both years have cases. */
    public java.util.Optional<Change> overallChange() {
        if (shares.size() < 2) {
            return java.util.Optional.empty();
        }
        String first = shares.get(0).year();
        String last = shares.get(shares.size() - 1).year();
        return changes.stream().filter(c -> c.from().equals(first) && c.to().equals(last)).findFirst();
    }
}
