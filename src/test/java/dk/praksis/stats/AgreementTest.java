package dk.praksis.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reference values: the published worked example of Gwet (2014, Handbook of Inter-Rater Reliability; the
 * "cont3x3abstractors" table of his irrCAC package), and values computed by src/test/python/stats_reference.py
 * (standard library only, from the list of rating pairs).
 */
class AgreementTest {

    private static final List<String> ABSTRACTORS = List.of("Ectopic", "AIU", "NIU");

    /** Ratings for a table: counts[i][j] subjects rated i by rater 1 and j by rater 2. */
    private static Agreement of(List<String> categories, boolean ordered, int[][] counts) {
        List<String> first = new ArrayList<>();
        List<String> second = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            for (int j = 0; j < counts.length; j++) {
                for (int c = 0; c < counts[i][j]; c++) {
                    first.add(categories.get(i));
                    second.add(categories.get(j));
                }
            }
        }
        return Agreement.of(categories, ordered, first, second, 0.95).orElseThrow();
    }

    @Test
    void gwetsPublishedExample() {
        Agreement a = of(ABSTRACTORS, true, new int[][] {{13, 0, 0}, {0, 20, 7}, {0, 4, 56}});
        assertThat(a.pairs()).isEqualTo(100);
        assertThat(a.observed()).isCloseTo(0.89, within(1e-12));
        assertThat(a.count(1, 2)).isEqualTo(7);
        // Gwet (2014): AC1 0.84933, SE 0.04322, 95 % interval 0.76358–0.93508.
        assertThat(a.ac1().value()).isCloseTo(0.84933, within(5e-6));
        assertThat(a.ac1().standardError()).isCloseTo(0.04322, within(5e-6));
        assertThat(a.ac1().interval().lower()).isCloseTo(0.76358, within(5e-6));
        assertThat(a.ac1().interval().upper()).isCloseTo(0.93508, within(5e-6));
        // Cohen's kappa 0.796 (0.680–0.913); linearly weighted 0.843 (0.748–0.938).
        assertThat(a.kappa().value()).isCloseTo(0.7964094021839719, within(1e-12));
        assertThat(a.kappa().standardError()).isCloseTo(0.05891071832608161, within(1e-12));
        assertThat(a.kappa().interval().lower()).isCloseTo(0.680, within(5e-4));
        assertThat(a.kappa().interval().upper()).isCloseTo(0.913, within(5e-4));
        assertThat(a.weightedKappa().value()).isCloseTo(0.8429020279920021, within(1e-12));
        assertThat(a.weightedKappa().standardError()).isCloseTo(0.04787212159033902, within(1e-12));
        assertThat(a.weightedKappa().interval().lower()).isCloseTo(0.748, within(5e-4));
        assertThat(a.weightedKappa().interval().upper()).isCloseTo(0.938, within(5e-4));
        assertThat(a.kappa().interval().method()).isEqualTo(IntervalMethod.KAPPA);
        assertThat(a.ac1().interval().method()).isEqualTo(IntervalMethod.AC1);
    }

    /** Gwet's (2008) paradox: one category dominates, 94 % agreement, kappa below 0, AC1 high. */
    @Test
    void oneCategoryDominates() {
        Agreement a = of(List.of("ja", "nej"), false, new int[][] {{118, 5}, {2, 0}});
        assertThat(a.observed()).isCloseTo(0.944, within(1e-12));
        assertThat(a.kappa().value()).isCloseTo(-0.02339181286549608, within(1e-12));
        assertThat(a.kappa().standardError()).isCloseTo(0.012286756673014248, within(1e-12));
        assertThat(a.ac1().value()).isCloseTo(0.9407763376087177, within(1e-12));
        assertThat(a.ac1().standardError()).isCloseTo(0.022964551247932924, within(1e-12));
        assertThat(a.weightedKappa()).as("nominal scale").isNull();
    }

    /** A four-step Likert scale, as ledelsestilsynet's, at audit size (17 pairs). */
    @Test
    void orderedScaleAtAuditSize() {
        Agreement a = of(List.of("i høj grad", "i nogen grad", "i ringe grad", "slet ikke"), true,
                new int[][] {{3, 1, 0, 0}, {1, 4, 1, 0}, {0, 1, 2, 1}, {0, 0, 1, 2}});
        assertThat(a.pairs()).isEqualTo(17);
        assertThat(a.kappa().value()).isCloseTo(0.5188679245283019, within(1e-12));
        assertThat(a.kappa().standardError()).isCloseTo(0.1587492590171018, within(1e-12));
        assertThat(a.weightedKappa().value()).isCloseTo(0.689024390243902, within(1e-12));
        assertThat(a.weightedKappa().standardError()).isCloseTo(0.11085376446867246, within(1e-12));
        assertThat(a.ac1().value()).isCloseTo(0.5328244274809161, within(1e-12));
        assertThat(a.ac1().standardError()).isCloseTo(0.15366320402832753, within(1e-12));
        // t with 16 degrees of freedom: 2.119905
        assertThat(a.kappa().interval().lower()).isCloseTo(0.5188679245283019 - 2.1199053 * 0.1587492590171018,
                within(1e-6));
    }

    @Test
    void perfectAgreementHasNoIntervalRatherThanAPointThatClaimsCertainty() {
        Agreement a = of(List.of("ja", "nej"), false, new int[][] {{6, 0}, {0, 4}});
        assertThat(a.kappa().value()).isCloseTo(1.0, within(1e-12));
        assertThat(a.kappa().standardError()).isCloseTo(0.0, within(1e-12));
        assertThat(a.kappa().interval()).isNull();
        assertThat(a.ac1().value()).isCloseTo(1.0, within(1e-12));
        assertThat(a.ac1().interval()).isNull();
    }

    /** The first reviewer always said ja: kappa is 0 with a standard error of 0, and no interval. */
    @Test
    void oneRaterUsingOneCategoryGivesKappaZeroWithoutAnInterval() {
        Agreement a = of(List.of("ja", "nej", "delvis"), false, new int[][] {{15, 0, 2}, {0, 0, 0}, {0, 0, 0}});
        assertThat(a.kappa().value()).isCloseTo(0.0, within(1e-12));
        assertThat(a.kappa().interval()).isNull();
        assertThat(a.ac1().interval()).isNotNull();
    }

    @Test
    void kappaIsUndefinedWhenBothUseOneCategoryButAc1IsNot() {
        Agreement a = of(List.of("ja", "nej", "ikke relevant"), false, new int[][] {{9, 0, 0}, {0, 0, 0}, {0, 0, 0}});
        assertThat(a.kappa()).isNull();
        assertThat(a.observed()).isEqualTo(1.0);
        // p_e = (0 + 0 + 0)/2 = 0: AC1 = p_a = 1.
        assertThat(a.ac1().value()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void onePairHasNoInterval() {
        Agreement a = Agreement.of(List.of("ja", "nej"), false, List.of("ja"), List.of("nej"), 0.95).orElseThrow();
        assertThat(a.ac1().interval()).isNull();
        assertThat(Agreement.of(List.of("ja"), false, List.of(), List.of(), 0.95)).isEmpty();
    }

    @Test
    void aRatingOffTheScaleIsAnError() {
        assertThatThrownBy(() -> Agreement.of(List.of("ja", "nej"), false, List.of("måske"), List.of("ja"), 0.95))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
