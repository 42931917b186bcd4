package dk.praksis.compare;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dk.praksis.results.KommuneRef;
import java.util.List;

/** A kommune that took part in one year only: listed, not compared. */
@JsonPropertyOrder({"kommune", "år"})
public record KommunePresence(
        @JsonProperty("kommune") KommuneRef kommune,
        @JsonProperty("år") List<String> years) {

    public KommunePresence {
        years = List.copyOf(years);
    }
}
