package dk.praksis.stats;

import java.util.Optional;
import java.util.OptionalDouble;
import org.apache.commons.statistics.inference.FisherExactTest;

/**
 * The difference first − second of two independent proportions, e.g. a later year's share minus
 * an earlier year's. Empty results when either proportion has n = 0.
 */
public record Difference(Proportion first, Proportion second) {

    public Difference {
        if (first == null || second == null) {
            throw new IllegalArgumentException("both proportions are required");
        }
    }

    public static Difference of(Proportion first, Proportion second) {
        return new Difference(first, second);
    }

    private boolean defined() {
        return !first.isEmpty() && !second.isEmpty();
    }

    /** p₁ − p₂ on the proportion scale (0.1 is ten percentage points). */
    public OptionalDouble estimate() {
        return defined()
                ? OptionalDouble.of(first.share().getAsDouble() - second.share().getAsDouble())
                : OptionalDouble.empty();
    }

    /**
     * Newcombe's hybrid score interval (method 10 in Newcombe 1998): with (l₁, u₁) and (l₂, u₂) the
     * Wilson intervals of the two proportions, L = d − √((p₁ − l₁)² + (u₂ − p₂)²) and
     * U = d + √((u₁ − p₁)² + (p₂ − l₂)²).
     */
    public Optional<Interval> newcombe(double level) {
        if (!defined()) {
            return Optional.empty();
        }
        double p1 = first.share().getAsDouble();
        double p2 = second.share().getAsDouble();
        Interval w1 = first.wilson(level).orElseThrow();
        Interval w2 = second.wilson(level).orElseThrow();
        double d = p1 - p2;
        double down = Math.hypot(p1 - w1.lower(), w2.upper() - p2);
        double up = Math.hypot(w1.upper() - p1, p2 - w2.lower());
        return Optional.of(new Interval(Math.max(-1.0, d - down), Math.min(1.0, d + up),
                IntervalMethod.NEWCOMBE_HYBRID, level));
    }

    /**
     * Two-sided p-value of Fisher's exact test on the 2×2 table (successes, failures) × (first, second):
     * the total probability of all tables with the same margins that are no more likely than the
     * observed one.
     */
    public OptionalDouble fisherPValue() {
        if (!defined()) {
            return OptionalDouble.empty();
        }
        int[][] table = {
            {first.successes(), first.failures()},
            {second.successes(), second.failures()}
        };
        return OptionalDouble.of(FisherExactTest.withDefaults().test(table).getPValue());
    }
}
