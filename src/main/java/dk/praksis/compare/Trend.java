package dk.praksis.compare;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Cochran–Armitage's test for a linear trend over three or more years; z > 0 means a rising share.
 *
 * @param p           two-sided exact conditional p-value (the one shown and adjusted)
 * @param asymptoticP the normal approximation's p-value of z, for reference
 * @param clear       p is below 1 − level (5 %): the same rule as a change's {@link Change#clear()}
 * @param adjustedP   Benjamini–Hochberg adjusted within the trend's family; null before adjustment
 * @param holds       the adjusted p-value is below {@link FalseDiscovery#RATE}; null before adjustment
 * @param family      the family the trend was adjusted in; null before adjustment
 */
@JsonPropertyOrder({"z", "p", "p_asymptotisk", "tydelig", "justeret_p", "holder_efter_korrektion", "familie"})
public record Trend(
        @JsonProperty("z") double z,
        @JsonProperty("p") double p,
        @JsonProperty("p_asymptotisk") double asymptoticP,
        @JsonProperty("tydelig") boolean clear,
        @JsonProperty("justeret_p") Double adjustedP,
        @JsonProperty("holder_efter_korrektion") Boolean holds,
        @JsonProperty("familie") Family family) {

    /** A trend not yet adjusted for the other tests of its run. */
    Trend(double z, double p, double asymptoticP, boolean clear) {
        this(z, p, asymptoticP, clear, null, null, null);
    }

    Trend adjusted(Family in, double adjusted) {
        return new Trend(z, p, asymptoticP, clear, adjusted, adjusted < FalseDiscovery.RATE, in);
    }

    /** Holds after the correction for many comparisons (false only when not adjusted). */
    public boolean holdsAfterCorrection() {
        return Boolean.TRUE.equals(holds);
    }
}
