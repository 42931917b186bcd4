package dk.praksis.results;

import com.fasterxml.jackson.annotation.JsonIgnore;
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
 * @param draft      true for the draft sent to the kommuner for høring ({@code audit --udkast}); null otherwise,
 *                   so a final audit's file does not mention it
 */
@JsonPropertyOrder({"titel", "udkast", "afsender", "år", "periode", "opgørelsesdato", "population"})
public record AuditInfo(
        @JsonProperty("titel") String title,
        @JsonProperty("afsender") String sender,
        @JsonProperty("år") Integer year,
        @JsonProperty("periode") String period,
        @JsonProperty("opgørelsesdato") LocalDate asOf,
        @JsonProperty("population") Map<String, Integer> population,
        @JsonProperty("udkast") Boolean draft) {

    /** What every document of a draft says it is. */
    public static final String DRAFT_LABEL = "Udkast – til høring";

    public AuditInfo {
        population = Collections.unmodifiableMap(new TreeMap<>(population == null ? Map.of() : population));
        draft = Boolean.TRUE.equals(draft) ? Boolean.TRUE : null;
    }

    /** A final audit's metadata. */
    public AuditInfo(String title, String sender, Integer year, String period, LocalDate asOf,
                     Map<String, Integer> population) {
        this(title, sender, year, period, asOf, population, null);
    }

    /** True for the draft sent for høring. */
    @JsonIgnore
    public boolean isDraft() {
        return Boolean.TRUE.equals(draft);
    }

    /** The title as documents show it: a draft's begins with "Udkast – til høring: ". */
    public String shownTitle() {
        return isDraft() ? DRAFT_LABEL + ": " + title : title;
    }

    /** This metadata marked as the draft for høring. */
    public AuditInfo asDraft() {
        return new AuditInfo(title, sender, year, period, asOf, population, true);
    }

    /** Without populations: intervals get no finite-population correction. */
    public AuditInfo(String title, String sender, Integer year, String period, LocalDate asOf) {
        this(title, sender, year, period, asOf, Map.of());
    }
}
