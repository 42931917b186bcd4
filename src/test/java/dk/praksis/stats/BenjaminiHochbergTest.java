package dk.praksis.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BenjaminiHochbergTest {

    /**
     * The worked example in Benjamini &amp; Hochberg (1995), J. R. Statist. Soc. B 57:289–300, section 3.2:
     * 15 p-values from a study of myocardial infarction treatment (Neuhaus et al. 1992). At q = 0.05 the
     * procedure rejects the four smallest. The adjusted values are computed by hand as
     * min over j ≥ i of 15 · p₍ⱼ₎ / j, e.g. for rank 6: min(15·0.0278/6, 15·0.0298/7) = 0.0638571….
     */
    @Test
    void reproducesTheWorkedExampleOfTheOriginalPaper() {
        double[] p = {0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344, 0.0459, 0.3240, 0.4262,
            0.5719, 0.6528, 0.7590, 1.0000};
        double[] expected = {0.0015, 0.003, 0.0095, 0.035625, 0.0603, 0.0298 * 15 / 7, 0.0298 * 15 / 7,
            0.0645, 0.0765, 0.486, 0.4262 * 15 / 11, 0.714875, 0.6528 * 15 / 13, 0.759 * 15 / 14, 1.0};
        double[] adjusted = BenjaminiHochberg.adjust(p);
        for (int i = 0; i < p.length; i++) {
            assertThat(adjusted[i]).as("rank %d", i + 1).isCloseTo(expected[i], within(1e-12));
        }
        long rejected = java.util.Arrays.stream(adjusted).filter(a -> a < 0.05).count();
        assertThat(rejected).isEqualTo(4);
    }

    /** Unsorted input keeps its order; the step-up minimum lifts the smaller p over its larger neighbour. */
    @Test
    void keepsTheInputOrderAndTakesTheRunningMinimumFromTheTop() {
        // sorted 0.005, 0.01, 0.03, 0.04 → 4·p/rank = 0.02, 0.02, 0.04, 0.04
        assertThat(BenjaminiHochberg.adjust(new double[] {0.01, 0.04, 0.03, 0.005}))
                .containsExactly(new double[] {0.02, 0.04, 0.04, 0.02}, within(1e-15));
        // a single test is not adjusted; values are capped at 1
        assertThat(BenjaminiHochberg.adjust(new double[] {0.3})).containsExactly(0.3);
        assertThat(BenjaminiHochberg.adjust(new double[] {0.9, 0.8})).containsExactly(new double[] {0.9, 0.9}, within(1e-15));
        assertThat(BenjaminiHochberg.adjust(new double[0])).isEmpty();
    }

    @Test
    void rejectsValuesThatAreNotProbabilities() {
        assertThatThrownBy(() -> BenjaminiHochberg.adjust(new double[] {0.1, Double.NaN}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BenjaminiHochberg.adjust(new double[] {1.5}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
