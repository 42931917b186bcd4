package dk.praksis.stats;

import java.util.List;
import java.util.Optional;

/**
 * The Cochran–Armitage test for a linear trend in proportions over ordered groups (e.g. audit years).
 *
 * <p>With groups i having x_i successes of n_i, scores t_i, N = Σn_i and p̄ = Σx_i / N:
 * T = Σ t_i (x_i − n_i p̄), Var(T) = p̄(1 − p̄) (Σ n_i t_i² − (Σ n_i t_i)² / N), Z = T / √Var(T),
 * and the two-sided p-value is 2·(1 − Φ(|Z|)) (Agresti, Categorical Data Analysis, § 5.3.5).
 * The result does not change under a linear change of scores, so the years themselves can be used.
 *
 * @param statistic Z; positive when the share rises with the score
 * @param pValue    two-sided
 */
public record TrendTest(double statistic, double pValue) {

    /**
     * Runs the test; empty when it is undefined: fewer than two non-empty groups, all or no successes
     * overall, or all non-empty groups sharing one score.
     */
    public static Optional<TrendTest> cochranArmitage(List<Proportion> groups, List<? extends Number> scores) {
        if (groups.size() != scores.size()) {
            throw new IllegalArgumentException(groups.size() + " groups but " + scores.size() + " scores");
        }
        long n = 0;
        long x = 0;
        int nonEmpty = 0;
        for (Proportion g : groups) {
            n += g.total();
            x += g.successes();
            nonEmpty += g.isEmpty() ? 0 : 1;
        }
        if (nonEmpty < 2 || x == 0 || x == n) {
            return Optional.empty();
        }
        double pBar = (double) x / n;
        double t = 0;
        double sumNt = 0;
        double sumNt2 = 0;
        for (int i = 0; i < groups.size(); i++) {
            Proportion g = groups.get(i);
            double score = scores.get(i).doubleValue();
            t += score * (g.successes() - g.total() * pBar);
            sumNt += g.total() * score;
            sumNt2 += g.total() * score * score;
        }
        double variance = pBar * (1 - pBar) * (sumNt2 - sumNt * sumNt / n);
        if (!(variance > 1e-12 * sumNt2)) {
            return Optional.empty();
        }
        double z = t / Math.sqrt(variance);
        return Optional.of(new TrendTest(z, Levels.twoSidedP(z)));
    }
}
