package dk.praksis.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * References: Newcombe (1998b), "Interval estimation for the difference between independent
 * proportions: comparison of eleven methods", Stat. Med. 17:873–890, Table II, method 10
 * (4 decimals); and src/test/python/stats_reference.py, which computes method 10 in the
 * z·√(l(1 − l)/n + …) form and Fisher's test by summing hypergeometric probabilities.
 */
class DifferenceTest {

    @ParameterizedTest(name = "{0}/{1} − {2}/{3} (Newcombe 1998b, Table II)")
    @CsvSource({
        "56, 70, 48, 80, 0.0524, 0.3339",
        "9, 10, 3, 10, 0.1705, 0.8090",
        "5, 56, 0, 29, -0.0381, 0.1926",
        "0, 10, 0, 20, -0.1611, 0.2775",
        "0, 10, 0, 10, -0.2775, 0.2775",
        "10, 10, 0, 20, 0.6791, 1.0000",
        "10, 10, 0, 10, 0.6075, 1.0000"
    })
    void newcombeMatchesPublishedTable(int k1, int n1, int k2, int n2, double lower, double upper) {
        Interval i = Difference.of(Proportion.of(k1, n1), Proportion.of(k2, n2)).newcombe(0.95).orElseThrow();
        assertThat(i.lower()).isCloseTo(lower, within(5e-5));
        assertThat(i.upper()).isCloseTo(upper, within(5e-5));
        assertThat(i.method()).isEqualTo(IntervalMethod.NEWCOMBE_HYBRID);
    }

    @ParameterizedTest(name = "{0}/{1} − {2}/{3} (python reference)")
    @CsvSource({
        "56, 70, 48, 80, 0.05243147240236498, 0.333872654036906",
        "6, 7, 2, 7, 0.058227927482312314, 0.8062496375242277",
        "5, 56, 0, 29, -0.038137147903536825, 0.19256001385511157"
    })
    void newcombeMatchesIndependentComputation(int k1, int n1, int k2, int n2, double lower, double upper) {
        Interval i = Difference.of(Proportion.of(k1, n1), Proportion.of(k2, n2)).newcombe(0.95).orElseThrow();
        assertThat(i.lower()).isCloseTo(lower, within(1e-9));
        assertThat(i.upper()).isCloseTo(upper, within(1e-9));
    }

    @Test
    void estimateIsFirstMinusSecond() {
        Difference d = Difference.of(Proportion.of(56, 70), Proportion.of(48, 80));
        assertThat(d.estimate().getAsDouble()).isCloseTo(0.2, within(1e-12));
        assertThat(d.newcombe(0.95).orElseThrow().excludesZero()).isTrue();
        Difference reversed = Difference.of(Proportion.of(48, 80), Proportion.of(56, 70));
        assertThat(reversed.newcombe(0.95).orElseThrow().upper()).isCloseTo(-0.0524, within(5e-5));
    }

    @Test
    void intervalStaysWithinMinusOneAndOne() {
        Interval i = Difference.of(Proportion.of(10, 10), Proportion.of(0, 10)).newcombe(0.95).orElseThrow();
        assertThat(i.upper()).isEqualTo(1.0);
    }

    @ParameterizedTest(name = "Fisher {0} {1} / {2} {3}")
    @CsvSource({
        "56, 14, 48, 32, 0.012521129749209155",
        "3, 1, 1, 3, 0.4857142857142857",
        "7, 3, 2, 8, 0.06977851869492735",
        "0, 10, 4, 6, 0.08668730650154799",
        "5, 5, 5, 5, 1"
    })
    void fisherMatchesHypergeometricSums(int a, int b, int c, int d, double p) {
        Difference diff = Difference.of(Proportion.of(a, a + b), Proportion.of(c, c + d));
        assertThat(diff.fisherPValue().getAsDouble()).isCloseTo(p, within(1e-12));
    }

    @Test
    void noCasesOnEitherSideMeansNoComparison() {
        Difference d = Difference.of(Proportion.of(0, 0), Proportion.of(3, 10));
        assertThat(d.estimate()).isEmpty();
        assertThat(d.newcombe(0.95)).isEmpty();
        assertThat(d.fisherPValue()).isEmpty();
    }
}
