package dk.praksis.stats;

import org.apache.commons.statistics.distribution.NormalDistribution;

/** Confidence levels and their two-sided standard normal quantiles. */
final class Levels {

    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

    private Levels() {
    }

    static void check(double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("confidence level must be strictly between 0 and 1: " + level);
        }
    }

    /** z such that P(−z ≤ Z ≤ z) = level, e.g. 1.959964 for 0.95. */
    static double z(double level) {
        check(level);
        return STANDARD_NORMAL.inverseSurvivalProbability((1 - level) / 2);
    }

    /** Two-sided p-value of a standard normal test statistic. */
    static double twoSidedP(double z) {
        return Math.min(1.0, 2 * STANDARD_NORMAL.survivalProbability(Math.abs(z)));
    }
}
