package dk.praksis.stats;

import java.util.OptionalInt;

/**
 * How many cases a sample needs so that the report's interval for a share is no wider than wanted.
 *
 * <p>The interval is the one the reports print: Wilson's score interval, with the finite-population
 * correction when the number of cases in the population is known (see {@link Proportion#wilson(double, int)}).
 * For an expected share p̂ and a wanted half-width d, the answer is the smallest n whose interval at p̂ has
 * (upper − lower)/2 ≤ d. The half-width shrinks as n grows, so the first n that meets d is the answer; with a
 * population N, n = N always meets it (every case reviewed: no sampling uncertainty).
 */
public final class SampleSize {

    /** Without a population, searching stops here (a half-width this small is not a practice audit). */
    static final int LIMIT = 10_000_000;

    private SampleSize() {
    }

    /**
     * The half-width of the report's interval if {@code share} comes out in a sample of {@code n}.
     *
     * @param population N, or empty for an unknown (large) population
     */
    public static double halfWidth(double share, int n, double level, OptionalInt population) {
        if (n < 1 || share < 0 || share > 1) {
            throw new IllegalArgumentException("need n >= 1 and 0 <= share <= 1, got n=" + n + ", share=" + share);
        }
        if (population.isPresent()) {
            int big = population.getAsInt();
            if (big < n) {
                throw new IllegalArgumentException("population " + big + " is smaller than the sample " + n);
            }
            if (big == n) {
                return 0.0;
            }
            Interval i = Proportion.wilsonAt(share, n, level, (double) (big - n) / (big - 1), IntervalMethod.WILSON_FPC);
            return i.width() / 2;
        }
        return Proportion.wilsonAt(share, n, level, 1.0, IntervalMethod.WILSON).width() / 2;
    }

    /**
     * The smallest n whose interval at {@code expectedShare} has a half-width of at most {@code halfWidth}.
     *
     * @throws IllegalArgumentException when no n up to {@link #LIMIT} is enough (no population given)
     */
    public static int needed(double expectedShare, double halfWidth, double level, OptionalInt population) {
        if (!(halfWidth > 0 && halfWidth < 1)) {
            throw new IllegalArgumentException("half-width must be between 0 and 1: " + halfWidth);
        }
        int max = population.isPresent() ? population.getAsInt() : LIMIT;
        if (max < 1) {
            throw new IllegalArgumentException("population must hold at least one case");
        }
        int lo = 1;
        int hi = max;
        if (halfWidth(expectedShare, hi, level, population) > halfWidth) {
            throw new IllegalArgumentException("no sample up to " + max + " reaches half-width " + halfWidth);
        }
        while (lo < hi) { // the half-width falls as n grows: find the first n that meets it
            int mid = lo + (hi - lo) / 2;
            if (halfWidth(expectedShare, mid, level, population) <= halfWidth) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
