package dk.praksis.compare;

import static dk.praksis.compare.CompareFixtures.verdictsOnly;
import static dk.praksis.compare.CompareFixtures.y2010;
import static dk.praksis.compare.CompareFixtures.y2011;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dk.praksis.stats.BenjaminiHochberg;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FalseDiscoveryTest {

    private static List<Change> allChanges(Comparison c) {
        List<Change> all = new ArrayList<>();
        List<UnitComparison> units = new ArrayList<>();
        units.add(c.total());
        units.addAll(c.kommuner());
        for (UnitComparison u : units) {
            u.verdicts().forEach(m -> all.addAll(m.changes()));
            u.items().forEach(m -> all.addAll(m.changes()));
        }
        return all;
    }

    /**
     * The fixture years test 21 changes: all kommuner and Vejen and Odense, each with 5 verdict measures
     * (i overensstemmelse, omgørelse, 3 consequences), plus AP1 and AP3 (RV2's rule changed, AP2 and KU1 are in
     * one year, LK1 is a Likert scale): 3 × 5 + 3 × 2 = 21.
     */
    @Test
    void countsEveryTestedChangeAndAdjustsAllFisherPValuesAsOneFamily() {
        Comparison c = ComparerTest.compare(dk.praksis.compare.ItemMapping.none(), y2010(), y2011());
        List<Change> all = allChanges(c);
        assertThat(all).hasSize(21);
        MultipleComparisons m = c.multiple();
        assertThat(m.comparisons()).isEqualTo(21);
        assertThat(m.expectedByChance()).isCloseTo(21 * 0.05, within(1e-12));
        assertThat(m.clear()).isEqualTo(7);
        assertThat(m.method()).isEqualTo("Benjamini–Hochberg");
        assertThat(m.holding()).isZero();
        double[] expected = BenjaminiHochberg.adjust(all.stream().mapToDouble(Change::fisherP).toArray());
        for (int i = 0; i < all.size(); i++) {
            assertThat(all.get(i).adjustedP()).isEqualTo(expected[i]).isGreaterThanOrEqualTo(all.get(i).fisherP());
            assertThat(all.get(i).holds()).isFalse();
        }
        // The smallest Fisher p (all kommuner, i overensstemmelse, 0.0125) is the one most raised: ×21 at rank 1,
        // but never above the adjusted value of a larger p.
        Change ok = ComparerTest.measure(c.total().verdicts(), "i_overensstemmelse").changes().get(0);
        assertThat(ok.clear()).isTrue();
        assertThat(ok.adjustedP()).isGreaterThan(0.05).isLessThanOrEqualTo(21 * ok.fisherP());
    }

    /** 20 % → 80 % of 100 cases: the verdict changes are far beyond chance and hold after the correction. */
    @Test
    void largeChangesHoldAfterCorrectionAndUnchangedOnesDoNot() {
        Comparison c = ComparerTest.compare(dk.praksis.compare.ItemMapping.none(), verdictsOnly(2010, 20, 100),
                verdictsOnly(2011, 80, 100));
        // all kommuner and Vejen: i overensstemmelse, omgørelse and the 3 consequences
        assertThat(c.multiple().comparisons()).isEqualTo(10);
        assertThat(c.multiple().holding()).isEqualTo(6);
        Change ok = ComparerTest.measure(c.total().verdicts(), "i_overensstemmelse").changes().get(0);
        assertThat(ok.holds()).isTrue();
        assertThat(ok.adjustedP()).isLessThan(0.05);
        Change formel = ComparerTest.measure(c.total().verdicts(), "formel").changes().get(0);
        assertThat(formel.holds()).isFalse();
        assertThat(formel.adjustedP()).isEqualTo(1.0);
    }

    @Test
    void theSentenceGivesTheCountTheChanceExpectationAndTheHoldingChanges() {
        assertThat(ChangeFormat.multipleComparisons(new MultipleComparisons(513, 11, 25.65, "Benjamini–Hochberg", 0.05, 2)))
                .isEqualTo("Der er foretaget 513 sammenligninger; selv uden reelle ændringer ville omkring 26 blive"
                        + " markeret ved en tilfældighed. 2 ændringer holder efter korrektion for mange sammenligninger"
                        + " (Benjamini–Hochberg), markeret med **.");
        assertThat(ChangeFormat.multipleComparisons(new MultipleComparisons(4, 1, 0.2, "Benjamini–Hochberg", 0.05, 1)))
                .isEqualTo("Der er foretaget 4 sammenligninger; selv uden reelle ændringer ville under én blive"
                        + " markeret ved en tilfældighed. 1 ændring holder efter korrektion for mange sammenligninger"
                        + " (Benjamini–Hochberg), markeret med **.");
        assertThat(ChangeFormat.multipleComparisons(new MultipleComparisons(21, 7, 1.05, "Benjamini–Hochberg", 0.05, 0)))
                .endsWith("omkring 1 blive markeret ved en tilfældighed. Ingen ændringer holder efter korrektion for"
                        + " mange sammenligninger (Benjamini–Hochberg).");
    }

    @Test
    void longQuestionTextsAreCutAtAWord() {
        assertThat(ChangeFormat.shortText("Er der gennemført arbejdsprøvning?")).isEqualTo("Er der gennemført arbejdsprøvning?");
        assertThat(ChangeFormat.shortText("Er arbejdsprøvningen relevant og dækkende for borgerens muligheder?"))
                .isEqualTo("Er arbejdsprøvningen relevant og dækkende for borgerens…");
    }
}
