package dk.praksis.scoring;

import static dk.praksis.scoring.Fixtures.d;
import static org.assertj.core.api.Assertions.assertThat;

import dk.praksis.cases.Case;
import dk.praksis.cases.DatedPeriod;
import dk.praksis.cases.Decision;
import dk.praksis.cases.Review;
import dk.praksis.checklist.Checklist;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScorerTest {

    final Scorer scorer = new Scorer(Fixtures.checklist(), d("2010-11-30"));

    @Test
    void allMetGivesScoreOneAndAgreement() {
        CaseResult r = scorer.score(Fixtures.grant("G1", Fixtures.VEJEN,
                Fixtures.review("i_overensstemmelse", "VV1", "ja", "VV3", "ja", "FV3", "ja", "EV1", "slet ikke")));
        assertThat(r.items()).extracting(ItemResult::itemId)
                .containsExactly("VV1", "VV3", "AP1", "RP1", "RP2", "RV2", "FV3", "EV1");
        assertThat(r.items()).extracting(ItemResult::outcome).containsExactly(Outcome.OPFYLDT, Outcome.OPFYLDT,
                Outcome.OPFYLDT, Outcome.OPFYLDT, Outcome.OPFYLDT, Outcome.IKKE_RELEVANT, Outcome.OPFYLDT, Outcome.OPTALT);
        assertThat(r.score()).isEqualTo(1.0);
        assertThat(r.derivedVerdict()).isEqualTo(Checklist.VERDICT_OK);
        assertThat(r.disagreement()).isFalse();
        assertThat(r.reviewer()).isEqualTo("R1");
    }

    @Test
    void worstConsequenceWinsAndDisagreementIsFlagged() {
        // VV1 (hjemvisning) and FV3 (formel) fail, VV3 is met: hjemvisning is the worst; 4 of 6 relevant met.
        CaseResult r = scorer.score(Fixtures.grant("G2", Fixtures.VEJEN,
                Fixtures.review("ændring", "VV1", "nej", "VV3", "ja", "FV3", "nej")));
        assertThat(r.derivedVerdict()).isEqualTo("hjemvisning");
        assertThat(r.reviewerVerdict()).isEqualTo("ændring");
        assertThat(r.disagreement()).isTrue();
        assertThat(r.verdict()).isEqualTo("ændring");
        assertThat(r.score()).isEqualTo(4.0 / 6.0);
    }

    @Test
    void formalOnlyFailure() {
        Case c = Fixtures.reassessment("R1", Fixtures.AERO,
                List.of(new DatedPeriod("ledighedsydelse", d("2008-10-04"), null)), List.of(),
                Fixtures.review("formel", "FV3", "ja"));
        CaseResult r = scorer.score(c);
        assertThat(r.derivedVerdict()).isEqualTo("formel");
        assertThat(r.disagreement()).isFalse();
        assertThat(r.score()).isEqualTo(0.5);
    }

    @Test
    void noDecisionCannotBeAssessed() {
        Case g = Fixtures.grant("G3", Fixtures.VEJEN, new Review("R2", java.util.Map.of(), null, "Ingen afgørelse"));
        Case none = new Case(g.id(), g.kommune(), g.caseType(), new Decision(null, false), g.dates(), g.periods(),
                g.events(), g.courses(), g.documents(), g.medicalEvidence(), g.fields(), g.review(), g.origin());
        CaseResult r = scorer.score(none);
        assertThat(r.derivedVerdict()).isEqualTo(Checklist.VERDICT_UNASSESSABLE);
        assertThat(r.reviewerVerdict()).isNull();
        assertThat(r.disagreement()).isFalse();
        assertThat(r.remark()).isEqualTo("Ingen afgørelse");
    }

    @Test
    void noDecisionAddsNoFailedDeadlineAndNoZeroScore() {
        // With a decision this case fails RV2 (no revurdering, deadline long passed) and scores 0,5.
        Case r = Fixtures.reassessment("R3", Fixtures.AERO,
                List.of(new DatedPeriod("ledighedsydelse", d("2008-10-04"), null)), List.of(),
                Fixtures.review(null, "FV3", "nej", "EV1", "i høj grad"));
        assertThat(scorer.score(r).items()).anyMatch(i -> i.itemId().equals("RV2") && i.outcome() == Outcome.IKKE_OPFYLDT);
        Case none = new Case(r.id(), r.kommune(), r.caseType(), new Decision(null, false), r.dates(), r.periods(),
                r.events(), r.courses(), r.documents(), r.medicalEvidence(), r.fields(), r.review(), r.origin());
        CaseResult result = scorer.score(none);
        assertThat(result.items()).noneMatch(i -> i.outcome() == Outcome.IKKE_OPFYLDT || i.outcome() == Outcome.OPFYLDT);
        assertThat(result.items()).filteredOn(i -> i.itemId().equals("RV2")).singleElement()
                .extracting(ItemResult::reason).isEqualTo(Scorer.NO_DECISION);
        assertThat(result.items()).filteredOn(i -> i.itemId().equals("EV1")).singleElement()
                .extracting(ItemResult::outcome).isEqualTo(Outcome.OPTALT);
        assertThat(result.score()).isNull();
        assertThat(result.derivedVerdict()).isEqualTo(Checklist.VERDICT_UNASSESSABLE);
    }

    @Test
    void noRelevantItemGivesNoScore() {
        Case c = Fixtures.reassessment("R2", Fixtures.VEJEN, List.of(), List.of(), Review.NONE);
        CaseResult r = scorer.score(c);
        assertThat(r.score()).isNull();
        assertThat(r.derivedVerdict()).isEqualTo(Checklist.VERDICT_OK);
    }
}
