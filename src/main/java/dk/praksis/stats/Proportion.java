package dk.praksis.stats;

import java.util.Optional;
import java.util.OptionalDouble;
import org.apache.commons.statistics.distribution.BetaDistribution;

/**
 * k successes out of n trials, e.g. 7 of 10 cases in accordance with the rules.
 *
 * <p>With n = 0 there is no share and no interval: the methods return empty rather than a
 * made-up number, so a report must say "ingen sager" instead.
 */
public record Proportion(int successes, int total) {

    public Proportion {
        if (total < 0 || successes < 0 || successes > total) {
            throw new IllegalArgumentException("need 0 <= successes <= total, got " + successes + " of " + total);
        }
    }

    public static Proportion of(int successes, int total) {
        return new Proportion(successes, total);
    }

    public boolean isEmpty() {
        return total == 0;
    }

    public int failures() {
        return total - successes;
    }

    /** k / n, empty when n = 0. */
    public OptionalDouble share() {
        return isEmpty() ? OptionalDouble.empty() : OptionalDouble.of((double) successes / total);
    }

    /** Wilson's score interval; empty when n = 0. */
    public Optional<Interval> wilson(double level) {
        return isEmpty() ? Optional.empty() : Optional.of(wilsonScaled(level, 1.0, IntervalMethod.WILSON));
    }

    /**
     * Wilson's score interval with the finite-population correction: the binomial variance
     * p(1 − p)/n is multiplied by (N − n)/(N − 1) before the score equation is solved. When every
     * case of the population was reviewed (n = N) the interval is the point itself.
     *
     * @param populationSize N, the number of cases the sample was drawn from (N ≥ n)
     */
    public Optional<Interval> wilson(double level, int populationSize) {
        if (populationSize < total || populationSize < 1) {
            throw new IllegalArgumentException("population size " + populationSize + " is smaller than the sample " + total);
        }
        if (isEmpty()) {
            return Optional.empty();
        }
        return wilsonCorrected(level, populationSize == total ? 0.0
                : (double) (populationSize - total) / (populationSize - 1));
    }

    /**
     * Wilson's interval with the variance multiplied by a finite-population factor f in [0, 1]; f = 0 (every
     * decision sampled) gives the point itself. See {@link Sampling} for how f is chosen.
     */
    Optional<Interval> wilsonCorrected(double level, double fpc) {
        if (isEmpty()) {
            return Optional.empty();
        }
        if (fpc <= 0) {
            Levels.check(level);
            double p = (double) successes / total;
            return Optional.of(new Interval(p, p, IntervalMethod.WILSON_FPC, level));
        }
        return Optional.of(wilsonScaled(level, fpc, IntervalMethod.WILSON_FPC));
    }

    /**
     * Wilson's interval for a share estimated with effective sample size {@code effectiveN} rather than n
     * (e.g. a stratified estimate: n_eff = p̂(1 − p̂)/Var(p̂), Korn &amp; Graubard 1998).
     */
    static Interval wilsonEffective(double share, double effectiveN, double level, IntervalMethod method) {
        double z = Levels.z(level);
        double c = z * z / effectiveN;
        double centre = (share + c / 2) / (1 + c);
        double half = Math.sqrt(c * share * (1 - share) + c * c / 4) / (1 + c);
        return new Interval(share == 0 ? 0.0 : Math.max(0.0, centre - half),
                share == 1 ? 1.0 : Math.min(1.0, centre + half), method, level);
    }

    private Interval wilsonScaled(double level, double varianceFactor, IntervalMethod method) {
        return wilsonAt((double) successes / total, total, level, varianceFactor, method);
    }

    /**
     * Solves (p̂ − p)² = z² · f · p(1 − p)/n for p, with c = z²f/n:
     * p = (p̂ + c/2 ± √(c·p̂(1 − p̂) + c²/4)) / (1 + c). f = 1 gives the plain Wilson interval.
     * Package-private so that sample-size planning ({@link SampleSize}) uses this very formula for a share
     * that is expected rather than counted.
     */
    static Interval wilsonAt(double p, int n, double level, double varianceFactor, IntervalMethod method) {
        double z = Levels.z(level);
        double c = z * z * varianceFactor / n;
        double centre = (p + c / 2) / (1 + c);
        double half = Math.sqrt(c * p * (1 - p) + c * c / 4) / (1 + c);
        // The bounds at 0 of n and n of n are exact; rounding must not move them off 0 or 1.
        double lower = p == 0.0 ? 0.0 : Math.max(0.0, centre - half);
        double upper = p == 1.0 ? 1.0 : Math.min(1.0, centre + half);
        return new Interval(lower, upper, method, level);
    }

    /**
     * Clopper–Pearson's exact interval: the α/2 quantile of Beta(k, n − k + 1) and the 1 − α/2
     * quantile of Beta(k + 1, n − k), with 0 and 1 at the edges. Empty when n = 0.
     */
    public Optional<Interval> clopperPearson(double level) {
        if (isEmpty()) {
            return Optional.empty();
        }
        double tail = (1 - level) / 2;
        Levels.check(level);
        double lower = successes == 0 ? 0.0
                : BetaDistribution.of(successes, total - successes + 1.0).inverseCumulativeProbability(tail);
        double upper = successes == total ? 1.0
                : BetaDistribution.of(successes + 1.0, total - successes).inverseSurvivalProbability(tail);
        return Optional.of(new Interval(lower, upper, IntervalMethod.CLOPPER_PEARSON, level));
    }

    /** The interval by a chosen single-proportion method (not {@link IntervalMethod#NEWCOMBE_HYBRID}). */
    public Optional<Interval> interval(IntervalMethod method, double level) {
        return switch (method) {
            case WILSON -> wilson(level);
            case CLOPPER_PEARSON -> clopperPearson(level);
            case WILSON_FPC, NEWCOMBE_HYBRID, STRATIFIED, KAPPA, AC1 ->
                    throw new IllegalArgumentException(method + " is not a single-proportion method without N");
        };
    }
}
