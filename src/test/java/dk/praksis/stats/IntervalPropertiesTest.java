package dk.praksis.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Properties every interval must have, over all small and moderate counts. */
class IntervalPropertiesTest {

    @Property
    void wilsonAndClopperPearsonContainTheShareAndStayInZeroOne(@ForAll @IntRange(min = 0, max = 400) int k,
                                                               @ForAll @IntRange(min = 1, max = 400) int n) {
        Assume.that(k <= n);
        double p = (double) k / n;
        for (Interval i : new Interval[] {Proportion.of(k, n).wilson(0.95).orElseThrow(),
            Proportion.of(k, n).clopperPearson(0.95).orElseThrow()}) {
            assertThat(i.lower()).isBetween(0.0, p);
            assertThat(i.upper()).isBetween(p, 1.0);
        }
    }

    @Property
    void wilsonIsSymmetricInSuccessesAndFailures(@ForAll @IntRange(min = 0, max = 300) int k,
                                                 @ForAll @IntRange(min = 1, max = 300) int n) {
        Assume.that(k <= n);
        Interval a = Proportion.of(k, n).wilson(0.95).orElseThrow();
        Interval b = Proportion.of(n - k, n).wilson(0.95).orElseThrow();
        assertThat(a.lower()).isCloseTo(1 - b.upper(), within(1e-12));
        assertThat(a.upper()).isCloseTo(1 - b.lower(), within(1e-12));
    }

    @Property
    void finitePopulationCorrectionNarrowsWithinTheWilsonInterval(@ForAll @IntRange(min = 0, max = 60) int k,
                                                                  @ForAll @IntRange(min = 1, max = 60) int n,
                                                                  @ForAll @IntRange(min = 0, max = 500) int extra) {
        Assume.that(k <= n);
        Interval plain = Proportion.of(k, n).wilson(0.95).orElseThrow();
        Interval fpc = Proportion.of(k, n).wilson(0.95, n + extra).orElseThrow();
        double p = (double) k / n;
        assertThat(fpc.lower()).isBetween(plain.lower() - 1e-12, p);
        assertThat(fpc.upper()).isBetween(p, plain.upper() + 1e-12);
    }

    @Property
    void newcombeContainsTheDifference(@ForAll @IntRange(min = 0, max = 120) int k1,
                                       @ForAll @IntRange(min = 1, max = 120) int n1,
                                       @ForAll @IntRange(min = 0, max = 120) int k2,
                                       @ForAll @IntRange(min = 1, max = 120) int n2) {
        Assume.that(k1 <= n1 && k2 <= n2);
        Difference d = Difference.of(Proportion.of(k1, n1), Proportion.of(k2, n2));
        Interval i = d.newcombe(0.95).orElseThrow();
        assertThat(i.lower()).isBetween(-1.0, d.estimate().getAsDouble() + 1e-12);
        assertThat(i.upper()).isBetween(d.estimate().getAsDouble() - 1e-12, 1.0);
        assertThat(d.fisherPValue().getAsDouble()).isBetween(0.0, 1.0);
    }
}
