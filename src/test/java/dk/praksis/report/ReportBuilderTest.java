package dk.praksis.report;

import dk.praksis.results.AuditInfo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.offset;

import dk.praksis.errors.InvalidInputException;
import dk.praksis.report.text.SummarySentences;
import dk.praksis.scoring.CaseResult;
import dk.praksis.stats.Interval;
import dk.praksis.stats.IntervalMethod;
import dk.praksis.stats.Proportion;
import dk.praksis.stats.Share;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportBuilderTest {

    private final AuditReport report = new ReportBuilder().build(Fixtures.checklist(), Fixtures.info(),
            Fixtures.results());

    private UnitReport kommune(String navn) {
        return report.kommuner().stream().filter(u -> u.kommune().navn().equals(navn)).findFirst().orElseThrow();
    }

    private static Interval wilson(int x, int n) {
        return Proportion.of(x, n).wilson(0.95).orElseThrow();
    }

    /** k of n assessable cases, from a draw of {@code sampled} of the kommune's {@code population} decisions. */
    private static Interval wilsonFpc(int x, int n, int sampled, int population) {
        return new dk.praksis.stats.Sampling(sampled, population).wilson(Proportion.of(x, n), 0.95).orElseThrow();
    }

    @Test
    void intervalsAreWilsonScoreIntervals() {
        // 7 of 11 at 95 %: Wilson bounds computed independently (p̂ ± z-score formula, z = 1.959964)
        Interval ci = report.total().figures().accordance().interval();
        assertThat(ci.lower()).isCloseTo(0.3538, offset(5e-4));
        assertThat(ci.upper()).isCloseTo(0.8483, offset(5e-4));
        assertThat(ci.method()).isEqualTo(IntervalMethod.WILSON);
        assertThat(kommune("Vejen").figures().accordance().interval().method()).isEqualTo(IntervalMethod.WILSON_FPC);
    }

    @Test
    void kommunerAreSortedByDanishName() {
        assertThat(report.kommuner()).extracting(u -> u.kommune().navn()).containsExactly("Billund", "Vejen", "Ærø");
        assertThat(report.total().isTotal()).isTrue();
    }

    @Test
    void totalKeyFiguresExcludeUnassessableCasesFromTheDenominator() {
        KeyFigures f = report.total().figures();
        assertThat(f.cases()).isEqualTo(12);
        assertThat(f.assessed()).isEqualTo(11);
        assertThat(f.unassessable()).isEqualTo(1);
        assertThat(f.accordance()).isEqualTo(new Share(7, 11, wilson(7, 11)));
        // V-03 hjemvisning, V-05 ændring, A-04 hjemvisning (the reviewer's verdict counts); formel does not reverse
        assertThat(f.reversal()).isEqualTo(new Share(3, 11, wilson(3, 11)));
        assertThat(SummarySentences.reversalBasis(f)).contains("Omgørelsesprocenten er beregnet af de 11 realitetsbehandlede sager; "
                + "den ene sag, der ikke kunne vurderes, indgår ikke.");
        assertThat(f.disagreements()).isEqualTo(1);
        assertThat(f.population()).as("not every kommune's population is known").isNull();
    }

    @Test
    void verdictsAreCountedOutOfAllCasesInAFixedOrder() {
        assertThat(report.total().figures().verdicts())
                .extracting(VerdictCount::verdict, VerdictCount::label, v -> v.share().count(), v -> v.share().total())
                .containsExactly(
                        tuple("i_overensstemmelse", "I overensstemmelse med regler og praksis", 7, 11),
                        tuple("ændring", "Ville blive ændret eller ophævet", 1, 11),
                        tuple("hjemvisning", "Ville blive hjemvist", 2, 11),
                        tuple("formel", "Formelle mangler", 1, 11),
                        tuple("kan_ikke_vurderes", "Kan ikke vurderes", 1, 12));
        assertThat(report.total().figures().verdicts().stream().mapToInt(v -> v.share().count()).sum())
                .isEqualTo(report.total().figures().cases());
    }

    @Test
    void everyUnitListsTheSameVerdictsSoKommuneAndAllLineUp() {
        List<CaseResult> results = new ArrayList<>(Fixtures.results());
        results.add(new CaseResult("B-03", Fixtures.BILLUND, "bevilling", List.of(), null,
                "i_overensstemmelse", "afvist", true, "R2", null));
        AuditReport r = new ReportBuilder().build(Fixtures.checklist(), Fixtures.info(), results);
        List<String> order = List.of("i_overensstemmelse", "ændring", "hjemvisning", "formel", "kan_ikke_vurderes",
                "afvist");
        assertThat(r.total().figures().verdicts()).extracting(VerdictCount::verdict).isEqualTo(order);
        r.kommuner().forEach(u -> assertThat(u.figures().verdicts()).extracting(VerdictCount::verdict).isEqualTo(order));
        assertThat(r.kommuner().get(2).figures().verdicts().get(5).share().count()).isZero();
    }

    @Test
    void kommuneFiguresUseTheKommunesPopulationWhenKnown() {
        KeyFigures vejen = kommune("Vejen").figures();
        assertThat(vejen.cases()).isEqualTo(6);
        assertThat(vejen.assessed()).isEqualTo(5);
        assertThat(vejen.population()).isEqualTo(40);
        assertThat(vejen.accordance()).isEqualTo(new Share(2, 5, wilsonFpc(2, 5, 6, 40)));
        assertThat(vejen.reversal()).isEqualTo(new Share(2, 5, wilsonFpc(2, 5, 6, 40)));
        // the verdict table's share is the key figure's: one figure, one denominator
        assertThat(vejen.verdicts().get(0).share()).isEqualTo(vejen.accordance());

        KeyFigures aero = kommune("Ærø").figures();
        assertThat(aero.accordance()).isEqualTo(new Share(3, 4, wilson(3, 4)));
        assertThat(aero.reversal().count()).isEqualTo(1);
        assertThat(SummarySentences.reversalBasis(aero)).contains("Omgørelsesprocenten er beregnet af alle 4 sager; "
                + "alle kunne realitetsbehandles.");
        assertThat(report.method().populationCorrection()).isTrue();
    }

    @Test
    void itemFiguresSetTheKommuneBesideAllKommuner() {
        SectionFigures vv = kommune("Vejen").sections().get(0);
        assertThat(vv.id()).isEqualTo("VV");
        ItemFigures vv1 = vv.items().get(0);
        assertThat(vv1.item().id()).isEqualTo("VV1");
        assertThat(List.of(vv1.unit().met(), vv1.unit().notMet(), vv1.unit().notRelevant())).containsExactly(4, 1, 1);
        assertThat(vv1.unit().shareMet()).isEqualTo(new Share(4, 5, wilson(4, 5)));
        assertThat(List.of(vv1.all().met(), vv1.all().notMet(), vv1.all().notRelevant())).containsExactly(9, 1, 2);
        assertThat(vv1.all().shareMet()).isEqualTo(new Share(9, 10, wilson(9, 10)));
        assertThat(vv1.unit().distribution()).isEmpty();
    }

    @Test
    void themeTotalsCountCasesNotPooledAnswers() {
        // VV over all 12 cases: met in V-01, V-02, V-04 and all of Ærø and B-01 (8); a question not met in
        // V-03 and V-05 (2); nothing relevant in V-06 and B-02 (2). Pooled answers would give 18 of 20.
        SectionFigures vv = kommune("Vejen").sections().get(0);
        assertThat(List.of(vv.allCases().met(), vv.allCases().notMet(), vv.allCases().notRelevant()))
                .containsExactly(8, 2, 2);
        assertThat(vv.allCases().shareMet()).isEqualTo(new Share(8, 10, wilson(8, 10)));
        // Vejen: V-01, V-02, V-04 met; V-03, V-05 not; V-06 not relevant. No population correction:
        // how many of the kommune's decisions the theme was relevant in is unknown.
        assertThat(List.of(vv.unitCases().met(), vv.unitCases().notMet(), vv.unitCases().notRelevant()))
                .containsExactly(3, 2, 1);
        assertThat(vv.unitCases().shareMet()).isEqualTo(new Share(3, 5, wilson(3, 5)));
        assertThat(vv.unitCases().distribution()).isEmpty();
        assertThat(report.total().sections().get(0).unitCases()).isEqualTo(vv.allCases());
        // A theme of one question counts as that question.
        SectionFigures fv = report.total().sections().get(1);
        assertThat(fv.unitCases().shareMet()).isEqualTo(new Share(9, 11, wilson(9, 11)));
        assertThat(fv.unitCases().notRelevant()).isEqualTo(1);
        // Only counted (Likert) answers: no case is counted at all.
        ItemStats tf = report.total().sections().get(2).unitCases();
        assertThat(List.of(tf.met(), tf.notMet(), tf.notRelevant())).containsExactly(0, 0, 0);
        assertThat(tf.shareMet().defined()).isFalse();
    }

    @Test
    void aThemeIsMetWhenEveryQuestionRelevantInTheCaseIsMet() {
        List<CaseResult> results = new ArrayList<>(Fixtures.results());
        results.add(new CaseResult("B-03", Fixtures.BILLUND, "bevilling", List.of(Fixtures.notRelevant("VV1"),
                Fixtures.met("VV3"), Fixtures.met("FV1")), 1.0, "i_overensstemmelse", null, false, "R2", null));
        results.add(new CaseResult("B-04", Fixtures.BILLUND, "bevilling", List.of(Fixtures.notRelevant("VV1"),
                Fixtures.notMet("VV3", "ændring", "Ikke varigt."), Fixtures.met("FV1")), 0.5, "ændring", null, false,
                "R2", null));
        AuditReport r = new ReportBuilder().build(Fixtures.checklist(), Fixtures.info(), results);
        ItemStats billund = r.kommuner().get(0).sections().get(0).unitCases();
        // B-01 met; B-02 nothing relevant; B-03 met (VV1 not relevant, VV3 met); B-04 not met
        assertThat(List.of(billund.met(), billund.notMet(), billund.notRelevant())).containsExactly(2, 1, 1);
        assertThat(billund.shareMet()).isEqualTo(new Share(2, 3, wilson(2, 3)));
    }

    @Test
    void countedScalesGiveTheDistributionInScaleOrder() {
        ItemStats tf1 = report.total().sections().get(2).items().get(0).unit();
        assertThat(tf1.relevant()).isZero();
        assertThat(tf1.shareMet().defined()).isFalse();
        assertThat(tf1.distribution()).extracting(ValueCount::value, v -> v.share().count(), v -> v.share().total())
                .containsExactly(
                        tuple("i høj grad", 7, 12),
                        tuple("i nogen grad", 3, 12),
                        tuple("i ringe grad", 1, 12),
                        tuple("slet ikke", 1, 12));
    }

    @Test
    void mostFailedItemsComeMostFailuresFirstThenInChecklistOrder() {
        assertThat(report.total().mostFailed()).extracting(f -> f.item().id()).containsExactly("FV1", "VV1", "VV3");
        assertThat(report.total().mostFailed().get(0).unit().notMet()).isEqualTo(2);
        assertThat(kommune("Billund").mostFailed()).isEmpty();
    }

    @Test
    void caseListCarriesVerdictsReasonsAndDisagreement() {
        UnitReport aero = kommune("Ærø");
        assertThat(aero.cases()).extracting(CaseRow::id).containsExactly("A-01", "A-02", "A-03", "A-04");
        CaseRow a4 = aero.cases().get(3);
        assertThat(a4.verdict()).isEqualTo("hjemvisning");
        assertThat(a4.verdictLabel()).isEqualTo("Ville blive hjemvist");
        assertThat(a4.derivedVerdict()).isEqualTo("formel");
        assertThat(a4.disagreement()).isTrue();
        assertThat(a4.caseTypeLabel()).isEqualTo("Bevilling af fleksjob");
        assertThat(a4.failed()).containsExactly(new FailedItem("FV1", "Er borgeren partshørt?", "Ingen partshøring.", "formel"));
        assertThat(a4.remark()).isEqualTo("Bør hjemvises.");
        assertThat(aero.reviewers()).containsExactly("R3");
        assertThat(report.total().reviewers()).containsExactly("R1", "R2", "R3");
        assertThat(report.total().cases()).hasSize(12);
    }

    @Test
    void methodFactsDescribeTheRun() {
        MethodFacts m = report.method();
        assertThat(report.total().figures().cases()).isEqualTo(12);
        assertThat(report.total().figures().assessed()).isEqualTo(11);
        assertThat(report.kommuner()).hasSize(3);
        assertThat(m.intervalMethods()).containsExactly(IntervalMethod.WILSON, IntervalMethod.WILSON_FPC);
        assertThat(m.confidenceLevel()).isEqualTo(0.95);
        assertThat(m.checklistId()).isEqualTo("test-2010");
        assertThat(m.asOf()).isEqualTo(Fixtures.info().asOf());
    }

    @Test
    void aPopulationSmallerThanTheSampleIsRefused() {
        AuditInfo info = new AuditInfo("T", "A", 2010, "2010", Fixtures.info().asOf(), Map.of("575", 3));
        assertThatThrownBy(() -> new ReportBuilder().build(Fixtures.checklist(), info, Fixtures.results()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Vejen").hasMessageContaining("(6)");
    }

    @Test
    void totalPopulationIsTheSumWhenEveryKommuneHasOne() {
        AuditInfo info = new AuditInfo("T", "A", 2010, "2010", Fixtures.info().asOf(),
                Map.of("575", 40, "492", 10, "530", 5));
        AuditReport r = new ReportBuilder().build(Fixtures.checklist(), info, Fixtures.results());
        assertThat(r.total().figures().population()).isEqualTo(55);
        // the pooled total gets no correction (the kommuner's sampling fractions differ) ...
        assertThat(r.total().figures().accordance().interval()).isEqualTo(wilson(7, 11));
        // ... and the population-weighted share beside it: Billund 2 of 2 (N 5), Vejen 2 of 5 of 6 (N 40),
        // Ærø 3 of 4 (N 10): (5·2/2 + 40·2/6 + 10·3/4) / (5·2/2 + 40·5/6 + 10·4/4) = 25,833 / 48,333
        assertThat(r.total().figures().weightedAccordance().share()).isCloseTo((5 + 40 * 2 / 6.0 + 7.5)
                / (5 + 40 * 5 / 6.0 + 10), offset(1e-12));
        assertThat(r.total().figures().weightedDiffers()).isTrue();
    }

    @Test
    void anEmptyKommuneListStillBuilds() {
        AuditReport r = new ReportBuilder().build(Fixtures.checklist(), Fixtures.info(), List.<CaseResult>of());
        assertThat(r.total().figures().accordance().defined()).isFalse();
        assertThat(r.kommuner()).isEmpty();
    }

    @Test
    void consistencyBetweenReviewerAndChecklistIsCohensKappaOverDecidedCasesWithAReviewerVerdict() {
        // Pairs (reviewer, derived): (ok, ok), (ok, hjemvisning), (hjemvisning, hjemvisning), (formel, formel),
        // one case without a reviewer verdict and one without a decision (kan ikke vurderes on both sides),
        // which do not count: with the latter, p_o would be 4/5 and kappa higher for no reason.
        // p_o = 3/4; reviewer: ok 2, hjemvisning 1, formel 1; derived: ok 1, hjemvisning 2, formel 1;
        // p_e = (2·1 + 1·2 + 1·1) / 16 = 5/16; kappa = (3/4 − 5/16) / (1 − 5/16) = 7/11 = 0.63636…
        // Three such blocks (12 pairs) leave every share, and so kappa, unchanged.
        List<CaseResult> results = Fixtures.agreementCases(3);
        AuditReport r = new ReportBuilder().build(Fixtures.checklist(), Fixtures.info(), results);
        assertThat(r.method().consistency().pairs()).isEqualTo(12);
        assertThat(r.method().consistency().observed()).isEqualTo(0.75);
        assertThat(r.method().consistency().kappa()).isCloseTo(7.0 / 11, offset(1e-12));
    }

    @Test
    void agreementIsNotReportedForFewerThanTenCasesWithBothVerdicts() {
        AuditReport r = new ReportBuilder().build(Fixtures.checklist(), Fixtures.info(), Fixtures.agreementCases(2));
        assertThat(r.method().consistency()).isNull();
    }
}
