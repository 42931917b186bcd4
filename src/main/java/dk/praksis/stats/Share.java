package dk.praksis.stats;

/**
 * A count out of a denominator, with its confidence interval.
 *
 * @param interval null when the denominator is 0
 */
public record Share(int count, int total, Interval interval) {

    public Share {
        if (count < 0 || count > total) {
            throw new IllegalArgumentException("count " + count + " outside 0.." + total);
        }
        if ((total == 0) != (interval == null)) {
            throw new IllegalArgumentException("an interval is required exactly when the denominator is positive");
        }
    }

    /**
     * The share with its Wilson interval, finite-population corrected by {@link Sampling}'s rule when the
     * population is known. The audit's reports and {@code compare} both compute case-level shares here.
     */
    public static Share of(int count, int total, double level, Sampling sampling) {
        return new Share(count, total, sampling.wilson(Proportion.of(count, total), level).orElse(null));
    }

    /** Whether there is anything to divide by; renderers show a dash otherwise. */
    public boolean defined() {
        return total > 0;
    }

    /** count / total between 0 and 1; NaN when not {@link #defined()}. */
    public double value() {
        return total == 0 ? Double.NaN : (double) count / total;
    }
}
