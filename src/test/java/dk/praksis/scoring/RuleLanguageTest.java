package dk.praksis.scoring;

import static dk.praksis.scoring.Fixtures.d;
import static org.assertj.core.api.Assertions.assertThat;

import dk.praksis.cases.Case;
import dk.praksis.cases.Decision;
import dk.praksis.cases.ItemApplicability;
import dk.praksis.cases.Origin;
import dk.praksis.cases.Review;
import dk.praksis.checklist.AnswerScale;
import dk.praksis.checklist.Checklist;
import dk.praksis.checklist.Condition;
import dk.praksis.checklist.Condition.Op;
import dk.praksis.checklist.Horizon;
import dk.praksis.checklist.Item;
import dk.praksis.checklist.ItemSpec;
import dk.praksis.checklist.ItemType;
import dk.praksis.checklist.Labels;
import dk.praksis.checklist.ItemDescriber;
import dk.praksis.checklist.Section;
import dk.praksis.checklist.Span;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Verdict precedence, answers with their own consequence, alle/en_af, frequencies and rules by date. */
class RuleLanguageTest {

    static final AnswerScale OPLYST = new AnswerScale("ja-nej-oplyst",
            List.of("ja", "nej", "ikke tilstrækkeligt oplyst"), List.of("ja"), List.of("nej", "ikke tilstrækkeligt oplyst"),
            List.of(), false, Map.of("ikke tilstrækkeligt oplyst", "hjemvisning"));

    static Checklist withPrecedence(List<String> precedence) {
        Checklist b = Fixtures.checklist();
        Map<String, AnswerScale> scales = new LinkedHashMap<>(b.scales());
        scales.put(OPLYST.id(), OPLYST);
        return new Checklist(b.id(), b.version(), b.title(), b.description(), b.legalBasis(), b.caseTypes(), scales,
                b.consequences(), b.sections(), b.source(), b.sha256(), precedence);
    }

    static Case grantAnswering(String vv1, String vv3) {
        return Fixtures.grant("G-1", Fixtures.VEJEN, Fixtures.review(null, "VV1", vv1, "VV3", vv3, "FV3", "ja",
                "EV1", "i høj grad"));
    }

    @Test
    void theWorstConsequenceWinsUnlessTheChecklistGivesAnotherOrder() {
        Case both = grantAnswering("nej", "nej"); // VV1 → hjemvisning, VV3 → ændring
        assertThat(new Scorer(Fixtures.checklist(), d("2010-11-30")).score(both).derivedVerdict()).isEqualTo("ændring");
        Checklist informedFirst = withPrecedence(List.of("hjemvisning", "ændring", "formel"));
        assertThat(informedFirst.hasOwnPrecedence()).isTrue();
        assertThat(new Scorer(informedFirst, d("2010-11-30")).score(both).derivedVerdict()).isEqualTo("hjemvisning");
        assertThat(new Scorer(informedFirst, d("2010-11-30")).score(grantAnswering("ja", "nej")).derivedVerdict())
                .isEqualTo("ændring");
    }

    @Test
    void anAnswerCanCarryItsOwnConsequence() {
        Checklist c = withPrecedence(List.of("hjemvisning", "ændring", "formel"));
        Item vv3 = new Item("VV3", "Er vurderingen korrekt?", ItemType.VURDERING, List.of("bevilling"), null, "ændring",
                "LAB § 70", null, new ItemSpec.Assessment(OPLYST.id()), 1);
        ItemResult r = new AssessmentEvaluator(c.scales()).evaluate(vv3, (ItemSpec.Assessment) vv3.spec(),
                grantAnswering("ja", "Ikke tilstrækkeligt oplyst"), d("2010-11-30"));
        assertThat(r.outcome()).isEqualTo(Outcome.IKKE_OPFYLDT);
        assertThat(r.consequence()).isEqualTo("hjemvisning");
        assertThat(r.reason()).isEqualTo("Bedømmeren har svaret ikke tilstrækkeligt oplyst; det svar giver konsekvensen "
                + "hjemvisning.");
        ItemResult plain = new AssessmentEvaluator(c.scales()).evaluate(vv3, (ItemSpec.Assessment) vv3.spec(),
                grantAnswering("ja", "nej"), d("2010-11-30"));
        assertThat(plain.consequence()).isEqualTo("ændring");
    }

    // ---- conditions ----------------------------------------------------------------------------

    static Case withFacts(LocalDate firstFlexJob, String age, Boolean fullyGranted) {
        Map<String, LocalDate> dates = firstFlexJob == null ? Map.of() : Map.of("første_fleksjob", firstFlexJob);
        Map<String, String> fields = age == null ? Map.of() : Map.of("alder", age);
        return new Case("C-1", Fixtures.VEJEN, "bevilling", new Decision(d("2014-03-01"), true, fullyGranted), dates,
                List.of(), Map.of(), Map.of(), Map.of(), List.of(), fields, Review.NONE,
                new Origin("sager.yaml", "1:1", Map.of()));
    }

    @Test
    void enAfHoldsWhenOnePartHoldsAndAlleWhenEveryPartDoes() {
        // "first fleksjob after 2013-01-01 or under 40" (temporary fleksjob after the reform)
        Condition temporary = Condition.combined(Op.EN_AF, List.of(
                new Condition("datoer.første_fleksjob", Op.FRA, List.of("2013-01-01")),
                new Condition("felter.alder", Op.UNDER, List.of("40"))));
        assertThat(ItemApplicability.holds(temporary, withFacts(d("2013-05-01"), "52", null))).isTrue();
        assertThat(ItemApplicability.holds(temporary, withFacts(d("2010-05-01"), "35", null))).isTrue();
        assertThat(ItemApplicability.holds(temporary, withFacts(d("2010-05-01"), "52", null))).isFalse();
        Condition both = Condition.combined(Op.ALLE, temporary.parts());
        assertThat(ItemApplicability.holds(both, withFacts(d("2013-05-01"), "35", null))).isTrue();
        assertThat(ItemApplicability.holds(both, withFacts(d("2013-05-01"), "52", null))).isFalse();
        Condition nested = Condition.combined(Op.ALLE, List.of(temporary,
                new Condition("afgørelse.fuldt_medhold", Op.ER_IKKE, List.of("ja"))));
        assertThat(ItemDescriber.condition(nested, Labels.NONE)).isEqualTo("(datoen for første fleksjob er"
                + " 1. januar 2013 eller senere eller alder er under 40) og det ikke er oplyst, at afgørelsen giver"
                + " fuldt medhold");
    }

    @Test
    void aDecisionThatGaveEverythingAskedForNeedsNoBegrundelse() {
        // Forvaltningsloven §§ 22 and 25: begrundelse and klagevejledning are not required when the
        // decision gives the citizen everything asked for.
        Condition notFull = new Condition("afgørelse.fuldt_medhold", Op.ER_IKKE, List.of("ja"));
        Item fv2 = new Item("FV2", "Er afgørelsen begrundet?", ItemType.VURDERING, List.of(), notFull, "formel",
                "Forvaltningsloven § 22", null, new ItemSpec.Assessment("ja-nej"), 1);
        assertThat(ItemApplicability.notApplicableReason(fv2, withFacts(null, null, true)))
                .hasValue("Spørgsmålet gælder kun, når det ikke er oplyst, at afgørelsen giver fuldt medhold.");
        assertThat(ItemApplicability.notApplicableReason(fv2, withFacts(null, null, false))).isEmpty();
        assertThat(ItemApplicability.notApplicableReason(fv2, withFacts(null, null, null))).isEmpty();
    }

    // ---- frequency -----------------------------------------------------------------------------

    static final ItemSpec.Frequency SIX_A_YEAR = new ItemSpec.Frequency("opfølgningssamtaler", 6,
            new Span(0, 12, 0, 0), "datoer.ressourceforløb_start", null);

    static ItemResult frequency(List<LocalDate> talks, String asOf) {
        Item rf2 = new Item("RF2", "Mindst 6 samtaler om året?", ItemType.HYPPIGHED, List.of(), null, "formel", null, null,
                SIX_A_YEAR, 1);
        Case c = new Case("R-1", Fixtures.VEJEN, "ressourceforløb", new Decision(d("2014-02-01"), true),
                Map.of("ressourceforløb_start", d("2014-02-01")), List.of(), Map.of("opfølgningssamtaler", talks),
                Map.of(), Map.of(), List.of(), Map.of(), Review.NONE, new Origin("sager.yaml", "1:1", Map.of()));
        return new FrequencyEvaluator().evaluate(rf2, SIX_A_YEAR, c, d(asOf));
    }

    static List<LocalDate> monthly(String first, int count, int everyMonths) {
        return java.util.stream.IntStream.range(0, count).mapToObj(i -> d(first).plusMonths((long) i * everyMonths))
                .toList();
    }

    @Test
    void everyFullYearOfTheCourseNeedsSixTalks() {
        // Talks every second month from 10.02.2014: 6 in 01.02.2014–31.01.2015 (Feb, Apr, Jun, Aug, Oct, Dec),
        // then every third month from 10.02.2015: 4 in 01.02.2015–31.01.2016. 30.06.2016 lies in the third,
        // unfinished year, which is not judged.
        List<LocalDate> talks = new java.util.ArrayList<>(monthly("2014-02-10", 6, 2));
        talks.addAll(monthly("2015-02-10", 6, 3));
        ItemResult r = frequency(talks, "2016-06-30");
        assertThat(r.outcome()).isEqualTo(Outcome.IKKE_OPFYLDT);
        assertThat(r.reason()).isEqualTo("I perioden 01.02.2015–31.01.2016 var der 4 opfølgningssamtaler (mindst 6).");
        ItemResult firstYear = frequency(talks, "2015-06-30");
        assertThat(firstYear.outcome()).isEqualTo(Outcome.OPFYLDT);
        assertThat(firstYear.reason()).isEqualTo("Der var mindst 6 opfølgningssamtaler i perioden på 12 måneder fra "
                + "01.02.2014 (6).");
        assertThat(frequency(talks, "2015-01-30").outcome()).isEqualTo(Outcome.IKKE_RELEVANT);
        assertThat(frequency(talks, "2015-01-31").outcome()).isEqualTo(Outcome.OPFYLDT);
    }

    // ---- rules by date -------------------------------------------------------------------------

    @Test
    void aVersionAppliesOnlyToDecisionsInItsRangeAndSaysSo() {
        Item before = new Item("RV2a", "Rettidig?", ItemType.FRIST, List.of("revurdering"), null, "formel", null, null,
                Fixtures.RV2_SPEC, 1, Horizon.AFGOERELSE, null, d("2010-06-30"));
        Item after = new Item("RV2b", "Rettidig?", ItemType.FRIST, List.of("revurdering"), null, "formel", null, null,
                TwoMomentDeadlineTest.P74C, 1, Horizon.AFGOERELSE, d("2010-07-01"), null);
        Checklist c = Fixtures.checklist();
        Checklist versions = new Checklist(c.id(), c.version(), c.title(), c.description(), c.legalBasis(),
                c.caseTypes(), c.scales(), c.consequences(),
                List.of(new Section("RV", "Revurdering", List.of("revurdering"), List.of(before, after))), c.source(),
                c.sha256());
        Case decided = Fixtures.reassessment("R-1", Fixtures.VEJEN,
                List.of(new dk.praksis.cases.DatedPeriod("ledighedsydelse", d("2008-06-01"), null)),
                List.of(d("2009-11-20")), Review.NONE); // decision 01.06.2010
        Scorer scorer = new Scorer(versions, d("2010-11-30"));
        ItemResult old = scorer.evaluate(before, decided);
        ItemResult amended = scorer.evaluate(after, decided);
        assertThat(amended.outcome()).isEqualTo(Outcome.IKKE_RELEVANT);
        assertThat(amended.reason()).isEqualTo("Spørgsmålet gælder kun afgørelser truffet fra 01.07.2010, og afgørelsen"
                + " er fra 01.06.2010.");
        assertThat(old.reason()).endsWith("(Vurderet efter den version af reglen, der gælder for afgørelser truffet "
                + "til og med 30.06.2010.)");
    }
}
