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
        assertThat(t.pValue()).isCloseTo(0.010370414572997477, within(1e-9));
    }

    @Test
    void risingShareOverThreeAuditYears() {
        List<Proportion> groups = List.of(Proportion.of(6, 20), Proportion.of(9, 20), Proportion.of(14, 20));
        TrendTest t = TrendTest.cochranArmitage(groups, List.of(2006, 2008, 2010)).orElseThrow();
        assertThat(t.statistic()).isCloseTo(2.5312287571725927, within(1e-9));
        assertThat(t.pValue()).isCloseTo(0.011366369156927902, within(1e-9));
        TrendTest shifted = TrendTest.cochranArmitage(groups, List.of(0, 1, 2)).orElseThrow();
        assertThat(shifted.statistic()).isCloseTo(t.statistic(), within(1e-9));
    }

    @Test
    void handlesAYearWithZeroSuccesses() {
        List<Proportion> groups = List.of(Proportion.of(0, 10), Proportion.of(3, 12), Proportion.of(6, 9));
        TrendTest t = TrendTest.cochranArmitage(groups, List.of(2009, 2010, 2011)).orElseThrow();
        assertThat(t.statistic()).isCloseTo(3.1819562209720393, within(1e-9));
        assertThat(t.pValue()).isCloseTo(0.0014628392872648721, within(1e-9));
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
