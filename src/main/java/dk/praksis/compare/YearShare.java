package dk.praksis.compare;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A share in one year with its 95 % Wilson interval; share and bounds are null when there are no cases.
 *
 * @param count k, the cases with the outcome
 * @param total n, the denominator
 */
@JsonPropertyOrder({"år", "antal", "i_alt", "andel", "nedre", "øvre"})
public record YearShare(
        @JsonProperty("år") String year,
        @JsonProperty("antal") int count,
        @JsonProperty("i_alt") int total,
        @JsonProperty("andel") Double share,
        @JsonProperty("nedre") Double lower,
        @JsonProperty("øvre") Double upper) {
}
