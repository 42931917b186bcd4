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

    private static List<Change> changes(List<MeasureSeries> measures) {
        return measures.stream().flatMap(m -> m.changes().stream()).toList();
    }

    private static List<Change> kommuneChanges(Comparison c, boolean verdicts) {
        return c.kommuner().stream().flatMap(u -> changes(verdicts ? u.verdicts() : u.items()).stream()).toList();
    }

    /** Each change's adjusted p-value equals Benjamini–Hochberg over exactly the Fisher p-values of its family. */
    private static void assertAdjustedWithin(List<Change> family, Family expectedFamily) {
        double[] expected = BenjaminiHochberg.adjust(family.stream().mapToDouble(Change::fisherP).toArray());
        for (int i = 0; i < family.size(); i++) {
            assertThat(family.get(i).family()).isEqualTo(expectedFamily);
            assertThat(family.get(i).adjustedP()).isEqualTo(expected[i]).isGreaterThanOrEqualTo(family.get(i).fisherP());
        }
    }

    /**
     * The fixture years test 21 changes: all kommuner and Vejen and Odense, each with 5 verdict measures
     * (i overensstemmelse, omgørelse, 3 consequences), plus AP1 and AP3 (RV2's rule changed, AP2 and KU1 are in
     * one year, LK1 is a Likert scale): 3 × 5 + 3 × 2 = 21, in four families of 5, 2, 10 and 4.
     */
    @Test
    void adjustsTheFisherPValuesWithinEachFamily() {
        Comparison c = ComparerTest.compare(dk.praksis.compare.ItemMapping.none(), y2010(), y2011());
        assertThat(allChanges(c)).hasSize(21);
        MultipleComparisons m = c.multiple();
        assertThat(m.comparisons()).isEqualTo(21);
        assertThat(m.expectedByChance()).isCloseTo(21 * 0.05, within(1e-12));
        assertThat(m.clear()).isEqualTo(7);
        assertThat(m.method()).isEqualTo("Benjamini–Hochberg");
        assertThat(m.families()).extracting(FamilyCount::family).containsExactly(Family.TOTAL_VERDICTS,
                Family.TOTAL_ITEMS, Family.KOMMUNE_VERDICTS, Family.KOMMUNE_ITEMS);
        assertThat(m.families()).extracting(FamilyCount::comparisons).containsExactly(5, 2, 10, 4);
        assertThat(m.families()).extracting(f -> Math.round(f.expectedByChance() * 100))
                .containsExactly(25L, 10L, 50L, 20L); // 5 % of each family
        assertThat(m.families().stream().mapToInt(FamilyCount::clear).sum()).isEqualTo(m.clear());
        assertThat(m.families().stream().mapToInt(FamilyCount::holding).sum()).isEqualTo(m.holding());
        assertAdjustedWithin(changes(c.total().verdicts()), Family.TOTAL_VERDICTS);
        assertAdjustedWithin(changes(c.total().items()), Family.TOTAL_ITEMS);
        assertAdjustedWithin(kommuneChanges(c, true), Family.KOMMUNE_VERDICTS);
        assertAdjustedWithin(kommuneChanges(c, false), Family.KOMMUNE_ITEMS);
        // By hand for the primary family: i overensstemmelse has the smallest Fisher p of the 5 verdict shares
        // for all kommuner, so BH gives it min over ranks j of 5/j · p(j); in one family of 21 it was raised more.
        List<Change> primary = changes(c.total().verdicts());
        double[] sorted = primary.stream().mapToDouble(Change::fisherP).sorted().toArray();
        double byHand = 1.0;
        for (int j = sorted.length; j >= 1; j--) {
            byHand = Math.min(byHand, sorted[j - 1] * sorted.length / j);
        }
        Change ok = ComparerTest.measure(c.total().verdicts(), "i_overensstemmelse").changes().get(0);
        assertThat(ok.fisherP()).isEqualTo(sorted[0]);
        assertThat(ok.adjustedP()).isCloseTo(byHand, within(1e-15)).isLessThanOrEqualTo(5 * ok.fisherP());
        assertThat(ok.adjustedP()).isLessThan(BenjaminiHochberg.adjust(
                allChanges(c).stream().mapToDouble(Change::fisherP).toArray())[0]);
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
    void oneShortLinePerFamilyAfterALeadNamingTheCorrection() {
        MultipleComparisons m = new MultipleComparisons(513, 11, 25.65, "Benjamini–Hochberg", 0.05, 2, List.of(
                new FamilyCount(Family.TOTAL_VERDICTS, Family.TOTAL_VERDICTS.title(), 12, 2, 0.6, 1),
                new FamilyCount(Family.KOMMUNE_ITEMS, Family.KOMMUNE_ITEMS.title(), 1, 0, 0.05, 0)));
        assertThat(ChangeFormat.multipleComparisons(m)).containsExactly(
                "Korrektion for mange sammenligninger (Benjamini–Hochberg) inden for hver familie af ændringer;"
                        + " de, der holder, er markeret med **:",
                "Samlet vurdering for alle kommuner: 12 sammenligninger, ca. 0,6 markeret ved tilfældighed;"
                        + " 1 holder efter korrektion.",
                "Spørgsmål pr. kommune: 1 sammenligning, ca. 0,1 markeret ved tilfældighed; ingen holder efter"
                        + " korrektion.");
    }

    @Test
    void longQuestionTextsAreCutAtAWord() {
        assertThat(ChangeFormat.shortText("Er der gennemført arbejdsprøvning?")).isEqualTo("Er der gennemført arbejdsprøvning?");
        assertThat(ChangeFormat.shortText("Er arbejdsprøvningen relevant og dækkende for borgerens muligheder?"))
                .isEqualTo("Er arbejdsprøvningen relevant og dækkende for borgerens…");
    }
}
