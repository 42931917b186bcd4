package dk.praksis.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class SampleSizeTest {

    private static final double Z = 1.959963984540054; // two-sided 95 %

    /** Wilson's half-width written out by hand: √(c·p(1 − p) + c²/4)/(1 + c) with c = z²f/n. */
    private static double byHand(double p, int n, double f) {
        double c = Z * Z * f / n;
        return Math.sqrt(c * p * (1 - p) + c * c / 4) / (1 + c);
    }

    @Test
    void fivePercentErrorsAndPlusMinusFivePointsNeed83CasesWithTheReportsInterval() {
        // Effektmåling af praksisundersøgelser (Ankestyrelsen 2006), 5.1.2: "ca. 70 sager" for ±5 points at a
        // 5 % error share, read off a figure of the normal approximation: z²p(1 − p)/d² = 3.8415·0.0475/0.0025
        // = 72.99, so 73. The reports print Wilson's interval, which is wider near 0 %, so it needs more:
        assertThat(Math.ceil(Z * Z * 0.05 * 0.95 / (0.05 * 0.05))).isEqualTo(73);
        assertThat(byHand(0.05, 82, 1)).isGreaterThan(0.05);   // 0.05031
        assertThat(byHand(0.05, 83, 1)).isLessThanOrEqualTo(0.05); // 0.04998
        assertThat(SampleSize.needed(0.05, 0.05, 0.95, OptionalInt.empty())).isEqualTo(83);
        assertThat(SampleSize.halfWidth(0.05, 83, 0.95, OptionalInt.empty())).isCloseTo(byHand(0.05, 83, 1), within(1e-12));
    }

    @Test
    void twentyPercentNeedsFarMoreAsTheStudySays() {
        // The study: "far more" at 20 % (its figure reads 175). Normal approximation: 3.8415·0.16/0.0025 = 245.9.
        int n = SampleSize.needed(0.20, 0.05, 0.95, OptionalInt.empty());
        assertThat(byHand(0.20, n - 1, 1)).isGreaterThan(0.05);
        assertThat(byHand(0.20, n, 1)).isLessThanOrEqualTo(0.05);
        assertThat(n).isEqualTo(245);
    }

    @Test
    void aSmallPopulationNeedsFewerCasesThroughTheFinitePopulationCorrection() {
        // Ærø with 13 decisions: f = (13 − n)/12. n = 12 gives f = 1/12; n = 11 gives f = 2/12.
        assertThat(byHand(0.05, 11, 2.0 / 12)).isGreaterThan(0.05);
        assertThat(byHand(0.05, 12, 1.0 / 12)).isLessThanOrEqualTo(0.05);
        assertThat(SampleSize.needed(0.05, 0.05, 0.95, OptionalInt.of(13))).isEqualTo(12);
        // Odense with 334: fewer than the 83 of an unlimited population, but most of them.
        int odense = SampleSize.needed(0.05, 0.05, 0.95, OptionalInt.of(334));
        assertThat(byHand(0.05, odense, (334.0 - odense) / 333)).isLessThanOrEqualTo(0.05);
        assertThat(byHand(0.05, odense - 1, (334.0 - odense + 1) / 333)).isGreaterThan(0.05);
        assertThat(odense).isEqualTo(67);
    }

    @Test
    void reviewingTheWholePopulationLeavesNoUncertainty() {
        assertThat(SampleSize.halfWidth(0.3, 13, 0.95, OptionalInt.of(13))).isZero();
        assertThat(SampleSize.needed(0.5, 0.001, 0.95, OptionalInt.of(13))).isEqualTo(13);
    }

    @Test
    void theHalfWidthIsTheOneTheReportsIntervalHasForACountedShare() {
        // 4 of 80 is a share of 5 %: the planner's half-width is the report's interval's.
        Interval report = Proportion.of(4, 80).wilson(0.95).orElseThrow();
        assertThat(SampleSize.halfWidth(0.05, 80, 0.95, OptionalInt.empty())).isCloseTo(report.width() / 2, within(1e-15));
        Interval fpc = Proportion.of(4, 80).wilson(0.95, 200).orElseThrow();
        assertThat(SampleSize.halfWidth(0.05, 80, 0.95, OptionalInt.of(200))).isCloseTo(fpc.width() / 2, within(1e-15));
    }
}
