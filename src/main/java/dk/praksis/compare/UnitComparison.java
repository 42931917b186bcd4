package dk.praksis.compare;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dk.praksis.results.KommuneRef;
import java.util.List;

/**
 * The comparison for one kommune, or for all kommuner together (kommune null).
 *
 * @param years    the years in which the unit took part, in time order
 * @param verdicts shares of the overall verdicts among the cases that could be assessed
 * @param items    share met per compared item
 */
@JsonPropertyOrder({"kommune", "navn", "år", "vurderinger", "spørgsmål"})
public record UnitComparison(
        @JsonProperty("kommune") KommuneRef kommune,
        @JsonProperty("navn") String name,
        @JsonProperty("år") List<String> years,
        @JsonProperty("vurderinger") List<MeasureSeries> verdicts,
        @JsonProperty("spørgsmål") List<MeasureSeries> items) {

    public UnitComparison {
        years = List.copyOf(years);
        verdicts = List.copyOf(verdicts);
        items = List.copyOf(items);
    }
}
