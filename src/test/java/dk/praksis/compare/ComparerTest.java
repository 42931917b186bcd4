package dk.praksis.compare;

import static dk.praksis.compare.CompareFixtures.y2010;
import static dk.praksis.compare.CompareFixtures.y2011;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dk.praksis.errors.InvalidInputException;
import dk.praksis.results.ResultsFile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Expected figures: src/test/python/stats_reference.py ("cmp" lines) and Newcombe (1998b), Table II. */
class ComparerTest {

    private static final double EXACT = 1e-9;

    static Comparison compare(ItemMapping mapping, ResultsFile... files) {
        List<String> sources = java.util.Arrays.stream(files).map(f -> "resultater-" + f.audit().year() + ".json").toList();
        return Comparer.compare(AuditYears.order(List.of(files), sources), mapping);
    }

    static MeasureSeries measure(List<MeasureSeries> list, String key) {
        return list.stream().filter(m -> m.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void totalAccordanceChangeMatchesNewcombesExampleAndFisher() {
        Comparison c = compare(ItemMapping.none(), y2011(), y2010());
        assertThat(c.yearLabels()).containsExactly("2010", "2011");
        MeasureSeries ok = measure(c.total().verdicts(), "i_overensstemmelse");
        assertThat(ok.shares()).extracting(YearShare::count, YearShare::total)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(48, 80), org.assertj.core.groups.Tuple.tuple(56, 70));
        Change ch = ok.changes().get(0);
        assertThat(ch.from()).isEqualTo("2010");
        assertThat(ch.to()).isEqualTo("2011");
        assertThat(ch.estimate()).isCloseTo(0.2, within(1e-12));
        assertThat(ch.lower()).isCloseTo(0.0524, within(5e-5)).isCloseTo(0.05243147240236498, within(EXACT));
        assertThat(ch.upper()).isCloseTo(0.3339, within(5e-5)).isCloseTo(0.333872654036906, within(EXACT));
        assertThat(ch.fisherP()).isCloseTo(0.012521129749209155, within(1e-12));
        assertThat(ch.clear()).isTrue();
        assertThat(ok.trend()).isNull();
    }

    @Test
    void omgoerelseCountsReversingConsequencesAmongAssessableCases() {
        Comparison c = compare(ItemMapping.none(), y2010(), y2011());
        MeasureSeries omg = measure(c.total().verdicts(), "omgørelse");
        assertThat(omg.shares().get(0).count()).isEqualTo(24);
        assertThat(omg.shares().get(0).total()).isEqualTo(80); // 82 cases, 2 cannot be assessed
        assertThat(omg.shares().get(0).share()).isCloseTo(0.3, within(1e-12));
        Change ch = omg.changes().get(0);
        assertThat(ch.estimate()).isCloseTo(-0.15714285714285714, within(1e-12));
        assertThat(ch.lower()).isCloseTo(-0.2820859743844364, within(EXACT));
        assertThat(ch.upper()).isCloseTo(-0.022644241311589514, within(EXACT));
        assertThat(ch.fisherP()).isCloseTo(0.030807514511748662, within(1e-12));
        assertThat(ch.clear()).isTrue();
        assertThat(measure(c.total().verdicts(), "formel").label()).isEqualTo("Formel fejl");
    }

    @Test
    void kommuneWithAZeroCountHasExactBoundsAndNewcombeInterval() {
        Comparison c = compare(ItemMapping.none(), y2010(), y2011());
        UnitComparison vejen = c.kommuner().stream().filter(u -> u.name().equals("Vejen")).findFirst().orElseThrow();
        Change ok = measure(vejen.verdicts(), "i_overensstemmelse").changes().get(0);
        assertThat(ok.estimate()).isCloseTo(0.6, within(1e-12));
        assertThat(ok.lower()).isCloseTo(0.1705, within(5e-5));
        assertThat(ok.upper()).isCloseTo(0.8090, within(5e-5));
        assertThat(ok.fisherP()).isCloseTo(0.01976661109788045, within(1e-12));

        MeasureSeries ap1 = measure(vejen.items(), "2010/AP1");
        YearShare zero = ap1.shares().get(0);
        assertThat(zero.count()).isZero();
        assertThat(zero.total()).isEqualTo(8);
        assertThat(zero.share()).isEqualTo(0.0);
        assertThat(zero.lower()).isEqualTo(0.0);
        assertThat(zero.upper()).isCloseTo(0.3244075648838801, within(EXACT));
        Change ch = ap1.changes().get(0);
        assertThat(ch.estimate()).isCloseTo(0.5555555555555556, within(1e-12));
        assertThat(ch.lower()).isCloseTo(0.12115258504273996, within(EXACT));
        assertThat(ch.upper()).isCloseTo(0.8112214789023354, within(EXACT));
        assertThat(ch.fisherP()).isCloseTo(0.029411764705882353, within(1e-12));
    }

    @Test
    void kommunePresentInOneYearIsListedNotCompared() {
        Comparison c = compare(ItemMapping.none(), y2010(), y2011());
        assertThat(c.kommuner()).extracting(UnitComparison::name).containsExactly("Odense", "Vejen");
        assertThat(c.singleYear()).hasSize(1);
        assertThat(c.singleYear().get(0).kommune().navn()).isEqualTo("Ærø");
        assertThat(c.singleYear().get(0).years()).containsExactly("2010");
    }

    @Test
    void itemsAreMatchedByIdAndRuleChangesAreNotComparedSilently() {
        Comparison c = compare(ItemMapping.none(), y2010(), y2011());
        ItemChain ap1 = chain(c, "2010/AP1");
        assertThat(ap1.compared()).isTrue();
        assertThat(ap1.flags()).isEmpty();

        ItemChain ap3 = chain(c, "2010/AP3");
        assertThat(ap3.compared()).isTrue();
        assertThat(ap3.flags()).containsExactly(ItemFlag.WORDING_CHANGED);
        assertThat(ap3.notes()).containsExactly("Formuleringen er ændret i 2011, men reglen er den samme; sammenlignet.");
        assertThat(ap3.text()).contains("for borgerens muligheder");

        ItemChain rv2old = chain(c, "2010/RV2");
        ItemChain rv2new = chain(c, "2011/RV2");
        assertThat(rv2old.compared()).isFalse();
        assertThat(rv2new.compared()).isFalse();
        assertThat(rv2old.flags()).containsExactly(ItemFlag.RULE_CHANGED);
        assertThat(rv2new.flags()).containsExactly(ItemFlag.RULE_CHANGED);
        assertThat(rv2old.notes().get(0)).startsWith("Reglen er ændret i 2011 (andet fingeraftryk)");

        assertThat(chain(c, "2010/AP2").flags()).containsExactly(ItemFlag.ONE_YEAR);
        assertThat(chain(c, "2011/AP2b").flags()).containsExactly(ItemFlag.ONE_YEAR);
        assertThat(chain(c, "2011/KU1").notes()).containsExactly("Kun med i 2011.");
        assertThat(chain(c, "2010/LK1").flags()).containsExactly(ItemFlag.COUNTED);
        assertThat(chain(c, "2010/LK1").compared()).isFalse();

        assertThat(c.total().items()).extracting(MeasureSeries::key).containsExactly("2010/AP1", "2010/AP3");
    }

    @Test
    void mappingDeclaresCorrespondenceDespiteANewRule() {
        ItemMapping m = new ItemMapping(List.of(new ItemMapping.Entry(new YearItem("2010", "AP2"),
                new YearItem("2011", "AP2b"), "mapping.yaml:1:1")));
        Comparison c = compare(m, y2010(), y2011());
        ItemChain ap2 = chain(c, "2010/AP2");
        assertThat(ap2.compared()).isTrue();
        assertThat(ap2.flags()).containsExactly(ItemFlag.MAPPED);
        assertThat(ap2.id()).isEqualTo("AP2b");
        assertThat(ap2.displayId()).isEqualTo("AP2b (2010: AP2)");
        assertThat(c.items()).extracting(ItemChain::key).doesNotContain("2011/AP2b");
        MeasureSeries s = measure(c.total().items(), "2010/AP2");
        assertThat(s.shares()).extracting(YearShare::count).containsExactly(20, 30);
        assertThat(s.changes().get(0).estimate()).isCloseTo(0.75 - 0.5, within(1e-12));
    }

    @Test
    void mappingToAMissingItemOrAFarYearIsRefusedWithItsPlace() {
        ItemMapping m = new ItemMapping(List.of(
                new ItemMapping.Entry(new YearItem("2010", "AP9"), new YearItem("2011", "AP2b"), "m.yaml:1:1"),
                new ItemMapping.Entry(new YearItem("2009", "AP1"), new YearItem("2011", "AP1"), "m.yaml:2:1")));
        assertThatThrownBy(() -> compare(m, y2010(), y2011()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.lines()).containsExactly(
                        "m.yaml:1:1: spørgsmålet AP9 findes ikke i 2010",
                        "m.yaml:2:1: året 2009 er ikke blandt de sammenlignede (2010, 2011)"));
    }

    /**
     * One significance rule: 3 of 5 in accordance, then 0 of 5. Newcombe's interval (−88,2 to −3,0 procentpoint,
     * src/test/python/stats_reference.py) excludes 0, but Fisher's p is 1/6: the change is not marked, because the
     * marker follows the p-value shown.
     */
    @Test
    void theMarkerFollowsFishersPNotTheInterval() {
        Comparison c = compare(ItemMapping.none(), CompareFixtures.verdictsOnly(2010, 3, 5),
                CompareFixtures.verdictsOnly(2011, 0, 5));
        Change ch = measure(c.total().verdicts(), "i_overensstemmelse").overallChange().orElseThrow();
        assertThat(ch.upper()).isCloseTo(-0.02978989079184169, within(1e-9));
        assertThat(ch.fisherP()).isCloseTo(1.0 / 6, within(1e-12));
        assertThat(ch.clear()).isFalse();
        assertThat(ChangeFormat.marker(ch)).isEmpty();
    }

    @Test
    void threeYearsGiveConsecutiveAndOverallChangesAndATrend() {
        Comparison c = compare(ItemMapping.none(), CompareFixtures.verdictsOnly(2010, 14, 20),
                CompareFixtures.verdictsOnly(2006, 6, 20), CompareFixtures.verdictsOnly(2008, 9, 20));
        MeasureSeries ok = measure(c.total().verdicts(), "i_overensstemmelse");
        assertThat(ok.changes()).extracting(Change::from, Change::to).containsExactly(
                org.assertj.core.groups.Tuple.tuple("2006", "2008"),
                org.assertj.core.groups.Tuple.tuple("2008", "2010"),
                org.assertj.core.groups.Tuple.tuple("2006", "2010"));
        Change overall = ok.overallChange().orElseThrow();
        assertThat(overall.lower()).isCloseTo(0.09032567049338702, within(EXACT));
        assertThat(overall.upper()).isCloseTo(0.6185281760034907, within(EXACT));
        assertThat(overall.fisherP()).isCloseTo(0.02564477694332122, within(1e-12));
        assertThat(ok.trend().z()).isCloseTo(2.5312287571725927, within(EXACT));
        assertThat(ok.trend().asymptoticP()).isCloseTo(0.011366369156927902, within(EXACT));
        // exact conditional p by full enumeration (src/test/python/stats_reference.py, "ca_exact")
        assertThat(ok.trend().p()).isCloseTo(0.017484713523610633, within(1e-12));
        assertThat(ok.trend().clear()).isTrue();
        // the trend is adjusted and counted with the changes of its family: 3 changes + 1 trend per measure
        assertThat(ok.trend().family()).isEqualTo(Family.TOTAL_VERDICTS);
        assertThat(c.multiple().families().get(0).comparisons())
                .isEqualTo(c.total().verdicts().stream().mapToInt(m -> m.changes().size() + (m.trend() == null ? 0 : 1)).sum());
    }

    @Test
    void twoFilesOfTheSameYearAreRefused() {
        assertThatThrownBy(() -> compare(ItemMapping.none(), y2010(), y2010()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.lines()).containsExactly(
                        "resultater-2010.json: har samme år (2010) som resultater-2010.json; en sammenligning kræver forskellige år"));
    }

    @Test
    void jsonIsVersionedAndDeterministic() {
        byte[] first = ComparisonJson.toBytes(compare(ItemMapping.none(), y2010(), y2011()));
        byte[] second = ComparisonJson.toBytes(compare(ItemMapping.none(), y2011(), y2010()));
        assertThat(first).as("the order of the files does not matter").isEqualTo(second);
        String json = new String(first, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(json).startsWith("{\n  \"format\" : \"praksis-sammenligning/1\"")
                .contains("\"kommuner_kun_ét_år\"", "\"fisher_p\" : 0.012521129749209", "\"markeringer\" : [\n        \"regel_ændret\"\n      ]")
                .doesNotContain("\r");
    }

    private static ItemChain chain(Comparison c, String key) {
        return c.items().stream().filter(i -> i.key().equals(key)).findFirst().orElseThrow();
    }
}
