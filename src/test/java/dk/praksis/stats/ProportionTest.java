package dk.praksis.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * References: Newcombe (1998a), "Two-sided confidence intervals for the single proportion:
 * comparison of seven methods", Stat. Med. 17:857–872, Table I (4 decimals), and values computed
 * independently with python3's standard library by src/test/python/stats_reference.py
 * (Wilson from the centre ± half-width textbook form, Clopper–Pearson by bisection on exact
 * binomial sums, no beta distribution involved).
 */
class ProportionTest {

    private static final double PUBLISHED = 5e-5;
    private static final double COMPUTED = 1e-9;

    @ParameterizedTest(name = "Wilson {0}/{1} (Newcombe 1998a, Table I)")
    @CsvSource({
        "81, 263, 0.2553, 0.3662",
        "15, 148, 0.0624, 0.1605",
        "0, 20, 0.0000, 0.1611",
        "1, 29, 0.0061, 0.1718"
    })
    void wilsonMatchesNewcombeTableI(int k, int n, double lower, double upper) {
        Interval w = Proportion.of(k, n).wilson(0.95).orElseThrow();
        assertThat(w.lower()).isCloseTo(lower, within(PUBLISHED));
        assertThat(w.upper()).isCloseTo(upper, within(PUBLISHED));
        assertThat(w.method()).isEqualTo(IntervalMethod.WILSON);
        assertThat(w.level()).isEqualTo(0.95);
    }

    @ParameterizedTest(name = "Clopper–Pearson {0}/{1} (Newcombe 1998a, Table I)")
    @CsvSource({
        "81, 263, 0.2527, 0.3676",
        "15, 148, 0.0578, 0.1617",
        "0, 20, 0.0000, 0.1684",
        "1, 29, 0.0009, 0.1776"
    })
    void clopperPearsonMatchesNewcombeTableI(int k, int n, double lower, double upper) {
        Interval cp = Proportion.of(k, n).clopperPearson(0.95).orElseThrow();
        assertThat(cp.lower()).isCloseTo(lower, within(PUBLISHED));
        assertThat(cp.upper()).isCloseTo(upper, within(PUBLISHED));
        assertThat(cp.method()).isEqualTo(IntervalMethod.CLOPPER_PEARSON);
    }

    @ParameterizedTest(name = "Wilson {0}/{1} (python reference)")
    @CsvSource({
        "81, 263, 0.2552885198782743, 0.3662095769828001",
        "1, 29, 0.006113214292762653, 0.17175521879320282",
        "29, 29, 0.8830302015002593, 1",
        "3, 7, 0.1582198552514697, 0.7495416354723428",
        "0, 1, 0, 0.7934506856227626",
        "1, 1, 0.20654931437723745, 1"
    })
    void wilsonMatchesIndependentComputation(int k, int n, double lower, double upper) {
        Interval w = Proportion.of(k, n).wilson(0.95).orElseThrow();
        assertThat(w.lower()).isCloseTo(lower, within(COMPUTED));
        assertThat(w.upper()).isCloseTo(upper, within(COMPUTED));
    }

    @ParameterizedTest(name = "Clopper–Pearson {0}/{1} (python reference)")
    @CsvSource({
        "81, 263, 0.25273674558527104, 0.3676219226013514",
        "3, 7, 0.09898827844250785, 0.8159484323599169",
        "0, 1, 0, 0.975",
        "1, 1, 0.025, 1",
        "29, 29, 0.8805551309304973, 1"
    })
    void clopperPearsonMatchesExactBinomialSums(int k, int n, double lower, double upper) {
        Interval cp = Proportion.of(k, n).clopperPearson(0.95).orElseThrow();
        assertThat(cp.lower()).isCloseTo(lower, within(1e-8));
        assertThat(cp.upper()).isCloseTo(upper, within(1e-8));
    }

    @ParameterizedTest(name = "Wilson with FPC {0}/{1}, N = {2}")
    @CsvSource({
        "3, 10, 40, 0.12205447944300957, 0.5691836694986696",
        "7, 10, 12, 0.5691282755076974, 0.804757764045468",
        "0, 10, 50, 0, 0.2387265731155392",
        "10, 10, 30, 0.7905587086475412, 1"
    })
    void finitePopulationCorrectionMatchesIndependentComputation(int k, int n, int population, double lower,
                                                                 double upper) {
        Interval w = Proportion.of(k, n).wilson(0.95, population).orElseThrow();
        assertThat(w.lower()).isCloseTo(lower, within(COMPUTED));
        assertThat(w.upper()).isCloseTo(upper, within(COMPUTED));
        assertThat(w.method()).isEqualTo(IntervalMethod.WILSON_FPC);
        assertThat(w.width()).isLessThan(Proportion.of(k, n).wilson(0.95).orElseThrow().width());
    }

    @Test
    void wholePopulationReviewedCollapsesToThePoint() {
        Interval w = Proportion.of(5, 10).wilson(0.95, 10).orElseThrow();
        assertThat(w.lower()).isEqualTo(0.5);
        assertThat(w.upper()).isEqualTo(0.5);
    }

    @Test
    void zeroAndAllHaveExactBoundsAtZeroAndOne() {
        assertThat(Proportion.of(0, 20).wilson(0.95).orElseThrow().lower()).isEqualTo(0.0);
        assertThat(Proportion.of(20, 20).wilson(0.95).orElseThrow().upper()).isEqualTo(1.0);
        assertThat(Proportion.of(20, 20).share()).hasValue(1.0);
        assertThat(Proportion.of(0, 20).share()).hasValue(0.0);
    }

    @Test
    void noCasesMeansNoShareAndNoInterval() {
        Proportion none = Proportion.of(0, 0);
        assertThat(none.isEmpty()).isTrue();
        assertThat(none.share()).isEmpty();
        assertThat(none.wilson(0.95)).isEmpty();
        assertThat(none.wilson(0.95, 12)).isEmpty();
        assertThat(none.clopperPearson(0.95)).isEmpty();
    }

    @Test
    void higherLevelGivesWiderInterval() {
        Proportion p = Proportion.of(7, 10);
        assertThat(p.wilson(0.99).orElseThrow().width()).isGreaterThan(p.wilson(0.95).orElseThrow().width());
        assertThat(p.wilson(0.95).orElseThrow().width()).isGreaterThan(p.wilson(0.90).orElseThrow().width());
    }

    @Test
    void rejectsImpossibleCountsLevelsAndPopulations() {
        assertThatThrownBy(() -> Proportion.of(5, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Proportion.of(-1, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Proportion.of(1, 4).wilson(1.0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Proportion.of(1, 4).wilson(0.95, 3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void methodsCarryDanishDescriptionsForTheMethodAppendix() {
        assertThat(IntervalMethod.WILSON.description()).contains("Wilsons score-interval");
        assertThat(IntervalMethod.WILSON_FPC.description()).contains("(N − n)/(N − 1)");
        assertThat(IntervalMethod.NEWCOMBE_HYBRID.label()).isEqualTo("Newcombe");
    }
}
