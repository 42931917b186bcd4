package dk.praksis.stats;

import java.util.Optional;

/**
 * How one kommune's cases were drawn: n, all cases sampled (also those that could not be assessed), out of
 * N, the decisions of the kind the kommune made in the period; N null when unknown.
 *
 * <p>A share of the assessable cases (or of any other subset) is a domain estimate. Its finite-population
 * correction uses the sampling fraction of the whole draw, n/N, not the domain's own count against all N
 * decisions (Cochran 1977, Sampling Techniques, § 2.13): the factor is (N − n)/(N − 1). This is the one rule
 * for every case-level interval, in the audit's reports and in {@code compare}.
 *
 * @param sampled    n, the cases sampled from the kommune
 * @param population N, or null when the audit file does not give it (then no correction)
 */
public record Sampling(int sampled, Integer population) {

    /** No population known: plain Wilson intervals. */
    public static final Sampling UNKNOWN = new Sampling(0, null);

    public Sampling {
        if (sampled < 0 || population != null && population < Math.max(1, sampled)) {
            throw new IllegalArgumentException("population " + population + " is smaller than the sample " + sampled);
        }
    }

    /**
     * Wilson's interval for k of the domain's m cases (m ≤ n), with the variance multiplied by
     * (N − n)/(N − 1) when N is known; the point itself when every decision was sampled (n = N).
     */
    public Optional<Interval> wilson(Proportion p, double level) {
        if (population == null) {
            return p.wilson(level);
        }
        if (p.total() > sampled) {
            throw new IllegalArgumentException("a domain of " + p.total() + " cases in a sample of " + sampled);
        }
        return p.wilsonCorrected(level, population == 1 ? 0.0 : (double) (population - sampled) / (population - 1));
    }

    /** Whether the finite-population correction applies. */
    public boolean corrected() {
        return population != null;
    }
}
