package dk.praksis.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * References: Agresti, Categorical Data Analysis (2nd ed.), § 3.4.6: infant malformation by
 * alcohol consumption, scores 0, 0.5, 1.5, 4, 7, z² ≈ 6.57; exact values from
 * src/test/python/stats_reference.py.
 */
class TrendTestTest {

    @Test
    void matchesAgrestisMalformationExample() {
        List<Proportion> groups = List.of(Proportion.of(48, 17114), Proportion.of(38, 14502), Proportion.of(5, 793),
                Proportion.of(1, 127), Proportion.of(1, 38));
        TrendTest t = TrendTest.cochranArmitage(groups, List.of(0, 0.5, 1.5, 4, 7)).orElseThrow();
        assertThat(t.statistic() * t.statistic()).isCloseTo(6.57, within(0.005));
        assertThat(t.statistic()).isCloseTo(2.5632272518654204, within(1e-9));
        assertThat(t.asymptoticP()).isCloseTo(0.010370414572997477, within(1e-9));
    }

    @Test
    void risingShareOverThreeAuditYears() {
        List<Proportion> groups = List.of(Proportion.of(6, 20), Proportion.of(9, 20), Proportion.of(14, 20));
        TrendTest t = TrendTest.cochranArmitage(groups, List.of(2006, 2008, 2010)).orElseThrow();
        assertThat(t.statistic()).isCloseTo(2.5312287571725927, within(1e-9));
        assertThat(t.asymptoticP()).isCloseTo(0.011366369156927902, within(1e-9));
        TrendTest shifted = TrendTest.cochranArmitage(groups, List.of(0, 1, 2)).orElseThrow();
        assertThat(shifted.statistic()).isCloseTo(t.statistic(), within(1e-9));
    }

    @Test
    void handlesAYearWithZeroSuccesses() {
        List<Proportion> groups = List.of(Proportion.of(0, 10), Proportion.of(3, 12), Proportion.of(6, 9));
        TrendTest t = TrendTest.cochranArmitage(groups, List.of(2009, 2010, 2011)).orElseThrow();
        assertThat(t.statistic()).isCloseTo(3.1819562209720393, within(1e-9));
        assertThat(t.asymptoticP()).isCloseTo(0.0014628392872648721, within(1e-9));
    }

    @Test
    void aYearWithoutCasesAddsNothingToTheExactTest() {
        // A year with no relevant case (0 of 0) holds no successes: the exact p is the one without that year.
        // This used to throw from the hypergeometric distribution (population 0) and crash compare and audit.
        TrendTest with = TrendTest.cochranArmitage(
                List.of(Proportion.of(2, 9), Proportion.of(5, 11), Proportion.of(0, 0)), List.of(2009, 2010, 2011))
                .orElseThrow();
        TrendTest without = TrendTest.cochranArmitage(
                List.of(Proportion.of(2, 9), Proportion.of(5, 11)), List.of(2009, 2010)).orElseThrow();
        assertThat(with.pValue()).isCloseTo(without.pValue(), within(1e-12));
    }

    /**
     * The exact conditional p-value against a full enumeration done here: every table with the observed group
     * sizes and total successes, its probability Π C(n_i, x_i) / C(N, X) in exact integers, and the tables whose
     * Σ t_i x_i lies at least as far from its conditional mean as the observed one.
     */
    @Test
    void exactPValueMatchesAnEnumerationOfAllTables() {
        int[][][] cases = {
            {{6, 4, 1}, {12, 11, 10}}, // asymptotic p 0,049, exact 0,072: the normal approximation is too small
            {{5, 3, 1}, {12, 13, 11}},
            {{2, 5, 8}, {12, 14, 13}},
            {{0, 3, 6}, {10, 12, 9}},
            {{1, 0, 2, 3}, {4, 3, 5, 4}},
            {{3, 1}, {5, 6}},
        };
        for (int[][] c : cases) {
            List<Proportion> groups = new java.util.ArrayList<>();
            List<Integer> years = new java.util.ArrayList<>();
            for (int i = 0; i < c[0].length; i++) {
                groups.add(Proportion.of(c[0][i], c[1][i]));
                years.add(2009 + 2 * i);
            }
            TrendTest t = TrendTest.cochranArmitage(groups, years).orElseThrow();
            assertThat(t.pValue()).as(java.util.Arrays.deepToString(c)).isCloseTo(enumerated(c[0], c[1]), within(1e-12));
            assertThat(t.pValue()).isGreaterThanOrEqualTo(t.asymptoticP() - 0.02);
        }
        TrendTest small = TrendTest.cochranArmitage(List.of(Proportion.of(6, 12), Proportion.of(4, 11),
                Proportion.of(1, 10)), List.of(2009, 2010, 2011)).orElseThrow();
        assertThat(small.asymptoticP()).isLessThan(0.05);
        assertThat(small.pValue()).isGreaterThan(0.07);
    }

    /** The two-sided exact conditional p-value by listing every table, in exact rational arithmetic. */
    private static double enumerated(int[] x, int[] n) {
        int total = java.util.Arrays.stream(x).sum();
        int cases = java.util.Arrays.stream(n).sum();
        List<int[]> tables = new java.util.ArrayList<>();
        fill(n, 0, total, new int[n.length], tables);
        java.math.BigInteger denominator = binomial(cases, total);
        java.util.Map<int[], java.math.BigInteger> weight = new java.util.IdentityHashMap<>();
        java.math.BigInteger meanNumerator = java.math.BigInteger.ZERO; // E[S] · C(N, X)
        for (int[] t : tables) {
            java.math.BigInteger w = java.math.BigInteger.ONE;
            for (int i = 0; i < n.length; i++) {
                w = w.multiply(binomial(n[i], t[i]));
            }
            weight.put(t, w);
            meanNumerator = meanNumerator.add(w.multiply(java.math.BigInteger.valueOf(score(t))));
        }
        java.math.BigInteger observed = java.math.BigInteger.valueOf(score(x)).multiply(denominator).subtract(meanNumerator).abs();
        java.math.BigInteger tail = java.math.BigInteger.ZERO;
        for (int[] t : tables) {
            java.math.BigInteger distance = java.math.BigInteger.valueOf(score(t)).multiply(denominator)
                    .subtract(meanNumerator).abs();
            if (distance.compareTo(observed) >= 0) {
                tail = tail.add(weight.get(t));
            }
        }
        return new java.math.BigDecimal(tail).divide(new java.math.BigDecimal(denominator), java.math.MathContext.DECIMAL64)
                .doubleValue();
    }

    /** Σ 2i · x_i: the years 2009, 2011, … less 2009. */
    private static long score(int[] x) {
        long s = 0;
        for (int i = 0; i < x.length; i++) {
            s += 2L * i * x[i];
        }
        return s;
    }

    private static void fill(int[] n, int i, int left, int[] current, List<int[]> out) {
        if (i == n.length - 1) {
            if (left <= n[i]) {
                current[i] = left;
                out.add(current.clone());
            }
            return;
        }
        for (int xi = 0; xi <= Math.min(n[i], left); xi++) {
            current[i] = xi;
            fill(n, i + 1, left - xi, current, out);
        }
    }

    private static java.math.BigInteger binomial(int n, int k) {
        java.math.BigInteger r = java.math.BigInteger.ONE;
        for (int i = 0; i < k; i++) {
            r = r.multiply(java.math.BigInteger.valueOf(n - i)).divide(java.math.BigInteger.valueOf(i + 1));
        }
        return r;
    }

    @Test
    void undefinedWithoutVariation() {
        assertThat(TrendTest.cochranArmitage(List.of(Proportion.of(0, 5), Proportion.of(0, 7), Proportion.of(0, 3)),
                List.of(1, 2, 3))).isEmpty();
        assertThat(TrendTest.cochranArmitage(List.of(Proportion.of(5, 5), Proportion.of(7, 7), Proportion.of(3, 3)),
                List.of(1, 2, 3))).isEmpty();
        assertThat(TrendTest.cochranArmitage(List.of(Proportion.of(2, 5), Proportion.of(0, 0), Proportion.of(0, 0)),
                List.of(1, 2, 3))).isEmpty();
    }
}
