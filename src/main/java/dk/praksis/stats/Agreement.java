package dk.praksis.stats;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * How far two raters who scored the same subjects independently agree, on one set of categories: the raw
 * agreement table, Cohen's kappa, for ordered categories the linearly weighted kappa, and Gwet's AC1, each with
 * a confidence interval.
 * <ul>
 * <li>Kappa (weighted with w_ij = 1 − |i − j|/(q − 1), or unweighted with w = identity):
 * κ = (p_o − p_e)/(1 − p_e), p_o = Σ w_ij p_ij, p_e = Σ w_ij p_i. p_.j; its large-sample variance is that of
 * Fleiss, Cohen &amp; Everitt (1969), valid for κ ≠ 0.</li>
 * <li>AC1 (Gwet 2008): p_a = Σ p_kk, π_k = (p_k. + p_.k)/2, p_e = Σ π_k(1 − π_k)/(q − 1), over all q categories
 * of the scale (also those nobody used); its variance is Gwet's (2008) for two raters, without a
 * finite-population correction.</li>
 * </ul>
 * Intervals are estimate ± t·SE with t from Student's t with n − 1 degrees of freedom (as Gwet 2014 does; it
 * widens the interval at the small numbers of double-reviewed cases an audit has), cut to −1…1. There is no
 * interval when the standard error is 0 (perfect agreement, or a rater who used one category throughout).
 *
 * @param categories the scale's categories, in order
 * @param ordered    whether the order carries meaning (then {@link #weightedKappa} is given)
 * @param counts     counts[i][j]: subjects rater 1 put in category i and rater 2 in category j
 * @param observed   p_o, the share of subjects on which both agree
 * @param kappa      Cohen's kappa, null when undefined (chance agreement is complete: both used one category)
 * @param weightedKappa the linearly weighted kappa for ordered categories, else null
 * @param ac1        Gwet's AC1, null when the scale has fewer than two categories
 */
public record Agreement(List<String> categories, boolean ordered, int[][] counts, int pairs, double observed,
                        Estimate kappa, Estimate weightedKappa, Estimate ac1) {

    /**
     * @param standardError the estimated standard error; 0 when every subject is in one agreeing cell
     */
    public record Estimate(double value, double standardError, Interval interval) {
    }

    public Agreement {
        categories = List.copyOf(categories);
        counts = copy(counts);
    }

    /** The count in row {@code first}, column {@code second} (category indices). */
    public int count(int first, int second) {
        return counts[first][second];
    }

    @Override
    public int[][] counts() {
        return copy(counts);
    }

    /**
     * @param categories every category of the scale, in order; ratings outside it are an error
     * @param first      rater 1's rating of each subject
     * @param second     rater 2's rating of the same subjects
     * @return empty when there are no pairs
     */
    public static Optional<Agreement> of(List<String> categories, boolean ordered, List<String> first,
                                         List<String> second, double level) {
        return of(categories, ordered, PairCounts.of(first, second), level);
    }

    /** As {@link #of(List, boolean, List, List, double)}, from the counted pairs. */
    public static Optional<Agreement> of(List<String> categories, boolean ordered, PairCounts pairs, double level) {
        Levels.check(level);
        int q = categories.size();
        int n = pairs.pairs();
        if (n == 0) {
            return Optional.empty();
        }
        int[][] counts = new int[q][q];
        pairs.cells().forEach((p, count) -> counts[index(categories, p.first())][index(categories, p.second())]
                += count);
        double t = n > 1 ? TDistribution.of(n - 1).inverseSurvivalProbability((1 - level) / 2) : Double.NaN;
        double observed = 0;
        for (int k = 0; k < q; k++) {
            observed += counts[k][k];
        }
        observed /= n;
        Estimate kappa = kappa(counts, n, identity(q), t, level).orElse(null);
        Estimate weighted = ordered && q > 2 ? kappa(counts, n, linear(q), t, level).orElse(null) : null;
        Estimate ac1 = q >= 2 ? ac1(counts, n, t, level) : null;
        return Optional.of(new Agreement(categories, ordered, counts, n, observed, kappa, weighted, ac1));
    }

    private static int index(List<String> categories, Object rating) {
        int i = categories.indexOf(Objects.requireNonNull(rating, "rating"));
        if (i < 0) {
            throw new IllegalArgumentException("rating outside the categories: " + rating);
        }
        return i;
    }

    private static double[][] identity(int q) {
        double[][] w = new double[q][q];
        for (int i = 0; i < q; i++) {
            w[i][i] = 1;
        }
        return w;
    }

    private static double[][] linear(int q) {
        double[][] w = new double[q][q];
        for (int i = 0; i < q; i++) {
            for (int j = 0; j < q; j++) {
                w[i][j] = 1 - (double) Math.abs(i - j) / (q - 1);
            }
        }
        return w;
    }

    /** Kappa with weights w and the Fleiss, Cohen &amp; Everitt (1969) variance. */
    private static Optional<Estimate> kappa(int[][] counts, int n, double[][] w, double t, double level) {
        int q = counts.length;
        double[] rows = new double[q];
        double[] cols = new double[q];
        for (int i = 0; i < q; i++) {
            for (int j = 0; j < q; j++) {
                rows[i] += (double) counts[i][j] / n;
                cols[j] += (double) counts[i][j] / n;
            }
        }
        double po = 0;
        double pe = 0;
        for (int i = 0; i < q; i++) {
            for (int j = 0; j < q; j++) {
                po += w[i][j] * counts[i][j] / n;
                pe += w[i][j] * rows[i] * cols[j];
            }
        }
        if (pe >= 1 - 1e-12) {
            return Optional.empty();
        }
        double k = (po - pe) / (1 - pe);
        double[] rowWeight = new double[q];
        double[] colWeight = new double[q];
        for (int i = 0; i < q; i++) {
            for (int j = 0; j < q; j++) {
                rowWeight[i] += cols[j] * w[i][j];
                colWeight[j] += rows[i] * w[i][j];
            }
        }
        double sum = 0;
        for (int i = 0; i < q; i++) {
            for (int j = 0; j < q; j++) {
                double d = w[i][j] - (rowWeight[i] + colWeight[j]) * (1 - k);
                sum += (double) counts[i][j] / n * d * d;
            }
        }
        double centre = k - pe * (1 - k);
        double variance = (sum - centre * centre) / (n * (1 - pe) * (1 - pe));
        return Optional.of(estimate(k, variance, t, level, IntervalMethod.KAPPA));
    }

    /** Gwet's AC1 and its variance (Gwet 2008), two raters, over all q categories. */
    private static Estimate ac1(int[][] counts, int n, double t, double level) {
        int q = counts.length;
        double[] pi = new double[q];
        double pa = 0;
        for (int i = 0; i < q; i++) {
            pa += (double) counts[i][i] / n;
            for (int j = 0; j < q; j++) {
                pi[i] += counts[i][j] / (2.0 * n);
                pi[j] += counts[i][j] / (2.0 * n);
            }
        }
        double pe = 0;
        for (double p : pi) {
            pe += p * (1 - p);
        }
        pe /= q - 1;
        double g = (pa - pe) / (1 - pe);
        double agreementTerm = 0;
        double chanceTerm = 0;
        for (int i = 0; i < q; i++) {
            agreementTerm += (double) counts[i][i] / n * (1 - pi[i]);
            for (int j = 0; j < q; j++) {
                double d = 1 - (pi[i] + pi[j]) / 2;
                chanceTerm += (double) counts[i][j] / n * d * d;
            }
        }
        agreementTerm /= q - 1;
        chanceTerm /= (double) (q - 1) * (q - 1);
        double variance = (pa * (1 - pa) - 4 * (1 - g) * (agreementTerm - pa * pe)
                + 4 * (1 - g) * (1 - g) * (chanceTerm - pe * pe)) / (n * (1 - pe) * (1 - pe));
        return estimate(g, variance, t, level, IntervalMethod.AC1);
    }

    private static Estimate estimate(double value, double variance, double t, double level, IntervalMethod method) {
        // Rounding can leave a perfect table's variance a hair below 0.
        double se = Math.sqrt(Math.max(0, variance));
        // A zero standard error (perfect agreement, or one rater using one category throughout) is where the
        // asymptotic method breaks down: its "interval" would be the point itself, which claims a certainty
        // the few cases do not give.
        Interval interval = Double.isNaN(t) || se < 1e-12 ? null
                : new Interval(Math.max(-1, value - t * se), Math.min(1, value + t * se), method, level);
        return new Estimate(value, se, interval);
    }

    private static int[][] copy(int[][] counts) {
        int[][] c = new int[counts.length][];
        for (int i = 0; i < counts.length; i++) {
            c[i] = counts[i].clone();
        }
        return c;
    }
}
