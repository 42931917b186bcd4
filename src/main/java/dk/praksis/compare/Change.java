package dk.praksis.compare;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The change of a share from one year to a later one, on the proportion scale (0.1 = 10 procentpoint).
 *
 * @param lower     Newcombe's 95 % interval for the change
 * @param fisherP   two-sided p-value of Fisher's exact test
 * @param clear     Fisher's p is below 1 − level (5 %): the change is not plausibly noise on its own. The marker
 *                  follows the p-value shown, never the interval alone
 * @param adjustedP the Benjamini–Hochberg adjusted p-value within the change's family;
 *                  null only before {@link FalseDiscovery} has adjusted the run
 * @param holds     the adjusted p-value is below {@link FalseDiscovery#RATE}: the change holds after the
 *                  correction for many comparisons; null before adjustment
 * @param family    the family the change was adjusted in; null before adjustment
 */
@JsonPropertyOrder({"fra", "til", "ændring", "nedre", "øvre", "fisher_p", "tydelig", "justeret_p",
    "holder_efter_korrektion", "familie"})
public record Change(
        @JsonProperty("fra") String from,
        @JsonProperty("til") String to,
        @JsonProperty("ændring") double estimate,
        @JsonProperty("nedre") double lower,
        @JsonProperty("øvre") double upper,
        @JsonProperty("fisher_p") double fisherP,
        @JsonProperty("tydelig") boolean clear,
        @JsonProperty("justeret_p") Double adjustedP,
        @JsonProperty("holder_efter_korrektion") Boolean holds,
        @JsonProperty("familie") Family family) {

    /** A change not yet adjusted for the other comparisons of its run. */
    Change(String from, String to, double estimate, double lower, double upper, double fisherP, boolean clear) {
        this(from, to, estimate, lower, upper, fisherP, clear, null, null, null);
    }

    Change adjusted(Family in, double adjusted) {
        return new Change(from, to, estimate, lower, upper, fisherP, clear, adjusted, adjusted < FalseDiscovery.RATE, in);
    }

    /** Holds after the correction for many comparisons (false only when not adjusted). */
    public boolean holdsAfterCorrection() {
        return Boolean.TRUE.equals(holds);
    }
}
