package dk.praksis.compare;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The change of a share from one year to a later one, on the proportion scale (0.1 = 10 procentpoint).
 *
 * @param lower   Newcombe's 95 % interval for the change
 * @param fisherP two-sided p-value of Fisher's exact test
 * @param clear   the interval excludes zero: the change is not plausibly noise
 */
@JsonPropertyOrder({"fra", "til", "ændring", "nedre", "øvre", "fisher_p", "tydelig"})
public record Change(
        @JsonProperty("fra") String from,
        @JsonProperty("til") String to,
        @JsonProperty("ændring") double estimate,
        @JsonProperty("nedre") double lower,
        @JsonProperty("øvre") double upper,
        @JsonProperty("fisher_p") double fisherP,
        @JsonProperty("tydelig") boolean clear) {
}
