package dk.praksis.compare;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;

/**
 * What one compared results file is: its label, the audit's title and as-of date (may be null), checklist and size.
 *
 * @param source          the results file's name without its folders (no local path in the output)
 * @param checklistSha256 the hash of the checklist's content the year was scored with, or null when the
 *                        results file has none
 */
@JsonPropertyOrder({"år", "titel", "afsender", "fil", "opgørelsesdato", "måleskema", "måleskema_version", "måleskema_sha256", "sager", "kommuner"})
public record YearInfo(
        @JsonProperty("år") String label,
        @JsonProperty("titel") String title,
        @JsonProperty("afsender") String sender,
        @JsonProperty("fil") String source,
        @JsonProperty("opgørelsesdato") LocalDate asOf,
        @JsonProperty("måleskema") String checklistId,
        @JsonProperty("måleskema_version") int checklistVersion,
        @JsonProperty("måleskema_sha256") String checklistSha256,
        @JsonProperty("sager") int cases,
        @JsonProperty("kommuner") int kommuner) {
}
