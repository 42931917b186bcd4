package dk.praksis.stats;

import java.util.List;
import java.util.Optional;
import org.apache.commons.statistics.distribution.HypergeometricDistribution;

/**
 * The Cochran–Armitage test for a linear trend in proportions over ordered groups (e.g. audit years).
 *
 * <p>With groups i having x_i successes of n_i, scores t_i centred on their n-weighted mean t̄ (so the sums
 * below do not cancel large numbers such as squared years), N = Σn_i and p̄ = Σx_i / N:
 * T = Σ (t_i − t̄) x_i, Var(T) = p̄(1 − p̄) Σ n_i (t_i − t̄)², Z = T / √Var(T) (Agresti, Categorical Data
 * Analysis, 2nd ed., § 5.3.5). Positive Z means the share rises with the score.
 *
 * <p>The p-value is the <em>exact conditional</em> one (Agresti § 6.7.2; Mehta &amp; Patel's StatXact
 * "exact trend test"): given the group sizes and the total number of successes, (x_1, …, x_k) follows the
 * multivariate hypergeometric distribution, and p is the probability of a statistic Σ t_i x_i at least as far
 * from its conditional mean as the observed one. With the 10–15 cases a year of an audit the normal
 * approximation's p is too small (e.g. 0,050 where the exact p is 0,079); the exact p is valid at every
 * size. The distribution is built group by group from Commons Statistics' hypergeometric distribution.
 *
 * @param statistic     Z; positive when the share rises with the score
 * @param pValue        two-sided exact conditional p-value
 * @param asymptoticP   two-sided p-value of Z under the normal approximation, for reference
 */
public record TrendTest(double statistic, double pValue, double asymptoticP) {

    /**
     * Runs the test; empty when it is undefined: fewer than two non-empty groups, all or no successes
     * overall, or all non-empty groups sharing one score.
     *
     * @param scores one per group, e.g. years; the exact p-value needs them to be whole numbers after
     *               multiplying by some factor up to 1000 (0, 0,5, 1,5 is fine)
     */
    public static Optional<TrendTest> cochranArmitage(List<Proportion> groups, List<? extends Number> scores) {
        if (groups.size() != scores.size()) {
            throw new IllegalArgumentException(groups.size() + " groups but " + scores.size() + " scores");
        }
        long n = 0;
        long x = 0;
        int nonEmpty = 0;
        double sumNt = 0;
        for (int i = 0; i < groups.size(); i++) {
            Proportion g = groups.get(i);
            n += g.total();
            x += g.successes();
            nonEmpty += g.isEmpty() ? 0 : 1;
            sumNt += g.total() * scores.get(i).doubleValue();
        }
        if (nonEmpty < 2 || x == 0 || x == n) {
            return Optional.empty();
        }
        double pBar = (double) x / n;
        double meanScore = sumNt / n;
        double t = 0;
        double sumNc2 = 0;
        for (int i = 0; i < groups.size(); i++) {
            Proportion g = groups.get(i);
            double centred = scores.get(i).doubleValue() - meanScore;
            t += centred * g.successes();
            sumNc2 += g.total() * centred * centred;
        }
        double variance = pBar * (1 - pBar) * sumNc2;
        if (!(variance > 0) || sumNc2 < 1e-9) {
            return Optional.empty();
        }
        double z = t / Math.sqrt(variance);
        return Optional.of(new TrendTest(z, exactP(groups, scores), Levels.twoSidedP(z)));
    }

    /**
     * Two-sided exact conditional p-value of S = Σ s_i x_i, s_i = t_i − min t (a shift that changes S by a
     * constant once Σx_i is fixed). The joint conditional distribution is built one group at a time: with R
     * successes left among the M cases of the groups not yet placed, group i's count is hypergeometric
     * (M, R, n_i). Ties with the observed distance are counted with a relative tolerance.
     */
    private static double exactP(List<Proportion> groups, List<? extends Number> scores) {
        int k = groups.size();
        int[] s = new int[k];
        long[] whole = wholeScores(scores);
        long min = Long.MAX_VALUE;
        for (long w : whole) {
            min = Math.min(min, w);
        }
        int totalX = 0;
        int totalN = 0;
        int maxS = 0;
        long observed = 0;
        for (int i = 0; i < k; i++) {
            s[i] = Math.toIntExact(whole[i] - min);
            totalX += groups.get(i).successes();
            totalN += groups.get(i).total();
            observed += (long) s[i] * groups.get(i).successes();
            maxS = Math.max(maxS, s[i]);
        }
        int maxSum = Math.toIntExact((long) maxS * totalX);
        // dist[used][sum]: probability that the groups placed so far hold `used` successes with Σ s_i x_i = sum
        double[][] dist = new double[totalX + 1][maxSum + 1];
        dist[0][0] = 1.0;
        int remainingCases = totalN;
        for (int i = 0; i < k; i++) {
            int ni = groups.get(i).total();
            if (ni == 0) {
                continue; // a year without cases always holds 0 successes: it adds nothing to S
            }
            double[][] next = new double[totalX + 1][maxSum + 1];
            for (int used = 0; used <= totalX; used++) {
                int left = totalX - used;
                int from = Math.max(0, ni - (remainingCases - left));
                int to = Math.min(ni, left);
                double[] q = null; // group i's hypergeometric probabilities, from `from` on; worked out once per `used`
                for (int sum = 0; sum <= maxSum; sum++) {
                    double p = dist[used][sum];
                    if (p == 0) {
                        continue;
                    }
                    if (q == null) {
                        q = probabilities(HypergeometricDistribution.of(remainingCases, left, ni), from, to);
                    }
                    for (int xi = from; xi <= to; xi++) {
                        if (q[xi - from] > 0) {
                            next[used + xi][sum + s[i] * xi] += p * q[xi - from];
                        }
                    }
                }
            }
            dist = next;
            remainingCases -= ni;
        }
        double[] final_ = dist[totalX];
        double mean = 0;
        for (int sum = 0; sum <= maxSum; sum++) {
            mean += sum * final_[sum];
        }
        double distance = Math.abs(observed - mean);
        double tolerance = 1e-7 * Math.max(1.0, distance);
        double p = 0;
        for (int sum = 0; sum <= maxSum; sum++) {
            if (Math.abs(sum - mean) >= distance - tolerance) {
                p += final_[sum];
            }
        }
        return Math.min(1.0, p);
    }

    /** The scores times the smallest factor (1–1000) that makes them all whole: the test does not change. */
    private static double[] probabilities(HypergeometricDistribution h, int from, int to) {
        double[] q = new double[Math.max(0, to - from + 1)];
        for (int xi = from; xi <= to; xi++) {
            q[xi - from] = h.probability(xi);
        }
        return q;
    }

    private static long[] wholeScores(List<? extends Number> scores) {
        for (int factor = 1; factor <= 1000; factor++) {
            long[] whole = new long[scores.size()];
            boolean ok = true;
            for (int i = 0; i < whole.length && ok; i++) {
                double v = scores.get(i).doubleValue() * factor;
                ok = Math.abs(v - Math.rint(v)) < 1e-9;
                whole[i] = Math.round(v);
            }
            if (ok) {
                return whole;
            }
        }
        throw new IllegalArgumentException("the exact trend test needs scores with few decimals: " + scores);
    }
}
