package dk.praksis.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** Reference values: src/test/python/stats_reference.py, lines "stratified" (residuals listed case by case). */
class StratifiedShareTest {

    @Test
    void aeroeAndOdenseWithVeryDifferentSamplingFractions() {
        // Ærø: 5 of 8 assessable, 8 sampled of 13; Odense: 6 of 14 assessable, 15 sampled of 334.
        StratifiedShare s = StratifiedShare.of(List.of(new StratifiedShare.Stratum(5, 8, 8, 13),
                new StratifiedShare.Stratum(6, 14, 15, 334)), 0.95).orElseThrow();
        assertThat(s.share()).isCloseTo(0.4364350236091151, within(1e-12));
        assertThat(s.variance()).isCloseTo(0.016516865329526387, within(1e-12));
        assertThat(s.interval().lower()).isCloseTo(0.2245086057475076, within(1e-9));
        assertThat(s.interval().upper()).isCloseTo(0.6744313593521549, within(1e-9));
        assertThat(s.interval().method()).isEqualTo(IntervalMethod.STRATIFIED);
        // pooled: 11 of 22 = 50 %, because Ærø's cases weigh as much as Odense's
        assertThat(s.share()).isNotCloseTo(11.0 / 22, within(0.05));
    }

    @Test
    void threeKommunerWithUnassessableCases() {
        StratifiedShare s = StratifiedShare.of(List.of(new StratifiedShare.Stratum(3, 5, 6, 40),
                new StratifiedShare.Stratum(7, 9, 10, 120), new StratifiedShare.Stratum(1, 4, 4, 9)), 0.95).orElseThrow();
        assertThat(s.share()).isCloseTo(0.7067627494456762, within(1e-12));
        assertThat(s.variance()).isCloseTo(0.012675023690191713, within(1e-12));
        assertThat(s.interval().lower()).isCloseTo(0.46500534750472805, within(1e-9));
        assertThat(s.interval().upper()).isCloseTo(0.8698500844437256, within(1e-9));
    }

    @Test
    void everyDecisionReviewedGivesThePointAndNoDomainGivesNothing() {
        StratifiedShare all = StratifiedShare.of(List.of(new StratifiedShare.Stratum(2, 3, 3, 3),
                new StratifiedShare.Stratum(1, 4, 5, 5)), 0.95).orElseThrow();
        assertThat(all.share()).isCloseTo(3.0 / 7, within(1e-12));
        assertThat(all.interval().lower()).isEqualTo(all.interval().upper());
        assertThat(StratifiedShare.of(List.of(new StratifiedShare.Stratum(0, 0, 2, 10)), 0.95)).isEmpty();
    }

    /** With the same sampling fraction in every kommune, the weighted share is the pooled k / m. */
    @Property
    void equalSamplingFractionsGiveThePooledShare(
            @ForAll @Size(min = 1, max = 6) List<@IntRange(min = 1, max = 20) Integer> sampled,
            @ForAll @IntRange(min = 1, max = 12) int inverseFraction, @ForAll long seed) {
        java.util.Random random = new java.util.Random(seed);
        List<StratifiedShare.Stratum> strata = new ArrayList<>();
        int k = 0;
        int m = 0;
        for (int n : sampled) {
            int domain = random.nextInt(n + 1);
            int count = random.nextInt(domain + 1);
            strata.add(new StratifiedShare.Stratum(count, domain, n, n * inverseFraction));
            k += count;
            m += domain;
        }
        var s = StratifiedShare.of(strata, 0.95);
        if (m == 0) {
            assertThat(s).isEmpty();
            return;
        }
        assertThat(s.orElseThrow().share()).isCloseTo((double) k / m, within(1e-12));
        assertThat(s.orElseThrow().interval().lower()).isBetween(0.0, (double) k / m + 1e-12);
        assertThat(s.orElseThrow().interval().upper()).isBetween((double) k / m - 1e-12, 1.0);
    }

    @Test
    void samplingCorrectsADomainByTheWholeDrawsFraction() {
        // 3 of 3 assessable cases, from a draw of 5 out of 40 decisions: factor (40 − 5)/39, not (40 − 3)/39
        Interval i = new Sampling(5, 40).wilson(Proportion.of(3, 3), 0.95).orElseThrow();
        double z2 = 1.959963984540054 * 1.959963984540054;
        assertThat(i.lower()).isCloseTo(3 / (3 + z2 * 35 / 39), within(1e-9));
        assertThat(new Sampling(3, 3).wilson(Proportion.of(2, 3), 0.95).orElseThrow().width()).isZero();
        assertThat(Sampling.UNKNOWN.wilson(Proportion.of(2, 3), 0.95)).isEqualTo(Proportion.of(2, 3).wilson(0.95));
    }
}
