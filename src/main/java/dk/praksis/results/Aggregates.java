package dk.praksis.results;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * Simple counts for the whole audit and per kommune (sorted by kommunekode). Richer statistics
 * (intervals, comparisons) are computed by the reports from the cases.
 */
@JsonPropertyOrder({"i_alt", "kommuner"})
public record Aggregates(
        @JsonProperty(value = "i_alt", required = true) Tally total,
        @JsonProperty(value = "kommuner", required = true) List<KommuneTally> kommuner) {

    public Aggregates {
        kommuner = List.copyOf(kommuner);
    }

    /** The counts of one kommune. */
    @JsonPropertyOrder({"kommune", "tal"})
    public record KommuneTally(
            @JsonProperty("kommune") KommuneRef kommune,
            @JsonProperty("tal") Tally tally) {
    }
}
