package dk.praksis.results;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** Which checklist scored the cases, and its consequences (verdict values), worst first. */
@JsonPropertyOrder({"id", "version", "titel", "sha256", "konsekvenser"})
public record ChecklistInfo(
        @JsonProperty("id") String id,
        @JsonProperty("version") int version,
        @JsonProperty("titel") String title,
        @JsonProperty("sha256") String sha256,
        @JsonProperty(value = "konsekvenser", required = true) List<ConsequenceInfo> consequences) {

    public ChecklistInfo {
        consequences = List.copyOf(consequences);
    }

    /** A verdict value of the checklist: id, Danish label, and whether it counts as a reversal. */
    @JsonPropertyOrder({"id", "titel", "omgørelse"})
    public record ConsequenceInfo(
            @JsonProperty("id") String id,
            @JsonProperty("titel") String title,
            @JsonProperty("omgørelse") boolean reversal) {
    }
}
