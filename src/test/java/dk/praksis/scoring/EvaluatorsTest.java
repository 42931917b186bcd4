package dk.praksis.scoring;

import static dk.praksis.scoring.Fixtures.d;
import static org.assertj.core.api.Assertions.assertThat;

import dk.praksis.cases.Case;
import dk.praksis.cases.CaseDocument;
import dk.praksis.cases.CourseEntry;
import dk.praksis.cases.DatedPeriod;
import dk.praksis.cases.Decision;
import dk.praksis.cases.Origin;
import dk.praksis.cases.Review;
import dk.praksis.checklist.Checklist;
import dk.praksis.checklist.Condition;
import dk.praksis.checklist.Item;
import dk.praksis.checklist.ItemSpec;
import dk.praksis.checklist.ItemType;
import dk.praksis.checklist.Span;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each item type with the reason a caseworker reads. */
class EvaluatorsTest {

    static final LocalDate AS_OF = d("2010-11-30");
    final Checklist checklist = Fixtures.checklist();
    final Scorer scorer = new Scorer(checklist, AS_OF);

    ItemResult eval(String itemId, Case c) {
        return scorer.evaluate(checklist.item(itemId).orElseThrow(), c);
    }

    static Case withDocs(Map<String, CaseDocument> docs, Map<String, List<CourseEntry>> courses, Decision decision) {
        Case g = Fixtures.grant("G1", Fixtures.VEJEN, Review.NONE);
        return new Case(g.id(), g.kommune(), g.caseType(), decision, g.dates(), g.periods(), g.events(), courses, docs,
                g.medicalEvidence(), g.fields(), g.review(), g.origin());
    }

    @Test
    void deadlineReasonsNameDueDateEventAndDaysLate() {
        Case late = Fixtures.reassessment("R1", Fixtures.VEJEN, List.of(
                new DatedPeriod("ledighedsydelse", d("2008-06-01"), d("2008-12-31")),
                new DatedPeriod("barsel", d("2009-01-01"), d("2009-04-30")),
                new DatedPeriod("ledighedsydelse", d("2009-06-01"), null)), List.of(d("2009-11-20")), Review.NONE);
        ItemResult r = eval("RV2", late);
        assertThat(r.outcome()).isEqualTo(Outcome.IKKE_OPFYLDT);
        assertThat(r.consequence()).isEqualTo("formel");
        assertThat(r.reason()).isEqualTo("Revurdering 20.11.2009 lå 21 dage efter fristen 30.10.2009. "
                + "Ingen ny revurdering; fristen 21.11.2010 var overskredet med 9 dage på opgørelsesdatoen 30.11.2010.");
    }

    @Test
    void deadlineNotYetDueIsNotRelevant() {
        Case c = Fixtures.reassessment("R2", Fixtures.VEJEN,
                List.of(new DatedPeriod("ledighedsydelse", d("2010-10-04"), null)), List.of(), Review.NONE);
        ItemResult r = eval("RV2", c);
        assertThat(r.outcome()).isEqualTo(Outcome.IKKE_RELEVANT);
        assertThat(r.reason()).isEqualTo("Fristen 04.10.2011 var endnu ikke nået på opgørelsesdatoen 30.11.2010.");
    }

    @Test
    void deadlineMetWithNextNotYetDue() {
        Case c = Fixtures.reassessment("R3", Fixtures.VEJEN,
                List.of(new DatedPeriod("ledighedsydelse", d("2009-01-01"), null)), List.of(d("2009-12-15")),
                Review.NONE);
        ItemResult r = eval("RV2", c);
        assertThat(r.outcome()).isEqualTo(Outcome.OPFYLDT);
        assertThat(r.reason()).isEqualTo("Revurdering 15.12.2009 lå inden for fristen 01.01.2010. "
                + "Den næste frist 16.12.2010 var endnu ikke nået på opgørelsesdatoen 30.11.2010.");
    }

    @Test
    void deadlineWithoutCountingPeriodsSaysSo() {
        Case c = Fixtures.reassessment("R4", Fixtures.VEJEN,
                List.of(new DatedPeriod("barsel", d("2009-01-01"), null)), List.of(), Review.NONE);
        assertThat(eval("RV2", c).reason()).isEqualTo("Sagen har ingen perioder med ledighedsydelse før "
                + "opgørelsesdatoen 30.11.2010, så fristen er ikke begyndt at løbe.");
    }

    @Test
    void fraDatoWithMissingStartIsReasoned() {
        Item item = Fixtures.item("M1", ItemType.FRIST, new ItemSpec.Deadline(ItemSpec.Counting.FRA_DATO,
                "datoer.visitation", List.of(), new Span(0, 0, 3, 0), null, "samtaler", false, 0,
                ItemSpec.MonthCounting.KALENDER), "formel");
        ItemResult r = scorer.evaluate(item, Fixtures.grant("G", Fixtures.VEJEN, Review.NONE));
        assertThat(r.outcome()).isEqualTo(Outcome.IKKE_RELEVANT);
        assertThat(r.reason()).isEqualTo("Sagen har ingen dato for visitation, så fristen kan ikke beregnes.");
    }

    @Test
    void elementPresentButTooShort() {
        Case c = withDocs(Map.of("ressourceprofil", new CaseDocument(d("2008-11-01"), Map.of(
                "uddannelse", "Folkeskole og AMU-kurser", "helbred", " Ondt ryg "))), Map.of(),
                new Decision(d("2010-03-15"), true));
        ItemResult r = eval("RP1", c);
        assertThat(r.outcome()).isEqualTo(Outcome.IKKE_OPFYLDT);
        assertThat(r.consequence()).isEqualTo("hjemvisning");
        assertThat(r.reason()).isEqualTo("Elementet helbred er kun beskrevet med 8 tegn; der skal mindst 15 tegn til en "
                + "beskrivelse.");
    }

    @Test
    void completenessNamesMissingElementsAndMissingDocument() {
        Case missing = withDocs(Map.of("ressourceprofil", new CaseDocument(null, Map.of("uddannelse", ""))),
                Map.of(), new Decision(d("2010-03-15"), true));
        assertThat(eval("RP1", missing).reason()).isEqualTo("Elementerne uddannelse og helbred mangler i ressourceprofil.");
        Case none = withDocs(Map.of(), Map.of(), new Decision(d("2010-03-15"), true));
        assertThat(eval("RP1", none)).extracting(ItemResult::outcome, ItemResult::reason)
                .containsExactly(Outcome.IKKE_OPFYLDT, "Sagen indeholder ingen ressourceprofil.");
        assertThat(eval("RP1", Fixtures.grant("G", Fixtures.VEJEN, Review.NONE)).reason())
                .isEqualTo("Ressourceprofil indeholder alle 2 elementer med mindst 15 tegn.");
    }

    @Test
    void trialEndingAfterTheDecisionDoesNotCount() {
        Case c = withDocs(Map.of(), Map.of("arbejdsprøvninger", List.of(
                new CourseEntry(d("2009-01-05"), d("2010-03-31"), 15.0, "lager", Map.of()))),
                new Decision(d("2010-03-15"), true));
        ItemResult r = eval("AP1", c);
        assertThat(r.outcome()).isEqualTo(Outcome.IKKE_OPFYLDT);
        assertThat(r.reason()).isEqualTo("Arbejdsprøvningen 05.01.2009–31.03.2010 sluttede efter afgørelsen "
                + "15.03.2010 og tæller ikke. Der er 0 arbejdsprøvninger, der sluttede senest på afgørelsen "
                + "15.03.2010 (mindst 1).");
    }

    @Test
    void courseDurationHoursAndFlags() {
        // 05.01.2009–31.03.2009 is 86 days; 3 months from 05.01.2009 is the 90 days to 05.04.2009.
        Item ap2 = Fixtures.item("AP2", ItemType.FORLOEB, new ItemSpec.Course("arbejdsprøvninger", null,
                "afgørelse.dato", new Span(0, 3, 0, 0), null, 10.0, 8.0, List.of("funktioner_beskrevet")), "hjemvisning");
        Case c = withDocs(Map.of(), Map.of("arbejdsprøvninger", List.of(
                new CourseEntry(d("2009-01-05"), d("2009-03-31"), 15.0, "lager", Map.of("funktioner_beskrevet", false)))),
                new Decision(d("2010-03-15"), true));
        ItemResult r = scorer.evaluate(ap2, c);
        assertThat(r.outcome()).isEqualTo(Outcome.IKKE_OPFYLDT);
        assertThat(r.reason()).isEqualTo("Arbejdsprøvningerne varede samlet 86 dage; kravet er 3 måneder (90 dage fra "
                + "05.01.2009). Arbejdsprøvningen 05.01.2009–31.03.2009 startede med 15 timer om ugen (højst 8). "
                + "For arbejdsprøvningen 05.01.2009–31.03.2009 er dette ikke opfyldt: funktioner beskrevet.");
        ItemResult ok = eval("AP1", Fixtures.grant("G", Fixtures.VEJEN, Review.NONE));
        assertThat(ok.outcome()).isEqualTo(Outcome.OPFYLDT);
        assertThat(ok.reason()).isEqualTo("Kravene er opfyldt: 1 arbejdsprøvning, der sluttede senest på afgørelsen "
                + "15.03.2010 (05.01.2009–31.03.2009).");
    }

    @Test
    void dateOrder() {
        assertThat(eval("RP2", Fixtures.grant("G", Fixtures.VEJEN, Review.NONE)))
                .extracting(ItemResult::outcome, ItemResult::reason)
                .containsExactly(Outcome.OPFYLDT, "Ressourceprofil 01.11.2008 ligger før afgørelsen 15.03.2010.");
        Case after = withDocs(Map.of("ressourceprofil", new CaseDocument(d("2010-04-01"), Map.of())), Map.of(),
                new Decision(d("2010-03-15"), true));
        assertThat(eval("RP2", after).reason()).isEqualTo("Ressourceprofil 01.04.2010 ligger efter afgørelsen 15.03.2010.");
        Case noDoc = withDocs(Map.of(), Map.of(), new Decision(d("2010-03-15"), true));
        assertThat(eval("RP2", noDoc)).extracting(ItemResult::outcome, ItemResult::reason)
                .containsExactly(Outcome.IKKE_OPFYLDT, "Sagen har ingen dato for ressourceprofil.");
    }

    @Test
    void assessmentMapsAnswersThroughTheScale() {
        Case c = Fixtures.grant("G", Fixtures.VEJEN,
                Fixtures.review(null, "VV1", " Ja ", "VV3", "delvis", "FV3", "ikke relevant", "EV1", "I høj grad"));
        assertThat(eval("VV1", c)).isEqualTo(new ItemResult("VV1", Outcome.OPFYLDT, "ja", "Bedømmeren har svaret ja.", null));
        assertThat(eval("VV3", c)).isEqualTo(new ItemResult("VV3", Outcome.IKKE_OPFYLDT, "delvis",
                "Bedømmeren har svaret delvis.", "ændring"));
        assertThat(eval("FV3", c).outcome()).isEqualTo(Outcome.IKKE_RELEVANT);
        assertThat(eval("EV1", c)).isEqualTo(new ItemResult("EV1", Outcome.OPTALT, "i høj grad",
                "Bedømmerens svar: i høj grad.", null));
        Case odd = Fixtures.grant("G", Fixtures.VEJEN, Fixtures.review(null, "VV1", "måske"));
        assertThat(eval("VV1", odd).reason()).isEqualTo("Bedømmerens svar findes ikke på svarskalaen ja-nej "
                + "(ja, nej, delvis eller ikke relevant).");
        assertThat(eval("VV3", odd).reason()).isEqualTo("Bedømmeren har ikke besvaret spørgsmålet.");
    }

    @Test
    void theReviewersReasonCompletesTheAnswerSentence() {
        Review r = new Review("R1", Map.of("VV3", "delvis", "EV1", "i høj grad"), Map.of(
                "VV3", "  Ressourceprofilen beskriver kun begrænsningerne ", "EV1", "Borgeren er hørt to gange!"),
                null, null);
        Case c = Fixtures.grant("G", Fixtures.VEJEN, r);
        assertThat(eval("VV3", c)).isEqualTo(new ItemResult("VV3", Outcome.IKKE_OPFYLDT, "delvis",
                "Bedømmeren har svaret delvis: Ressourceprofilen beskriver kun begrænsningerne.", "ændring"));
        assertThat(eval("EV1", c).reason()).isEqualTo("Bedømmerens svar: i høj grad. Borgeren er hørt to gange!");
    }

    @Test
    void applicabilityComesFirst() {
        Case rev = Fixtures.reassessment("R", Fixtures.VEJEN, List.of(), List.of(), Review.NONE);
        assertThat(eval("RP1", rev)).extracting(ItemResult::outcome, ItemResult::reason).containsExactly(
                Outcome.IKKE_RELEVANT,
                "Spørgsmålet gælder kun sagstypen »Bevilling af fleksjob«, og sagen er af typen »Revurdering«.");
        Item young = new Item("U1", "?", ItemType.VURDERING, List.of(),
                new Condition("felter.alder", Condition.Op.UNDER, List.of("40")), "formel", null, null,
                new ItemSpec.Assessment("ja-nej"), 1);
        assertThat(scorer.evaluate(young, rev).reason()).isEqualTo("Spørgsmålet gælder kun, når alder er under 40.");
    }

    /** Issue 11 item 6: the case types by the checklist's names, never their ids, in a Danish sentence. */
    @Test
    void caseTypesAreNamedInTheChecklistsWords() {
        Item both = new Item("B1", "?", ItemType.VURDERING, List.of("bevilling", "revurdering"), null, "formel", null,
                null, new ItemSpec.Assessment("ja-nej"), 1);
        Case grant = Fixtures.grant("G", Fixtures.VEJEN, Review.NONE);
        Case other = new Case("O", grant.kommune(), "fleksjob", grant.decision(), grant.dates(), grant.periods(),
                grant.events(), grant.courses(), grant.documents(), grant.medicalEvidence(), grant.fields(),
                grant.review(), grant.secondReview(), grant.origin());
        assertThat(scorer.evaluate(both, other).reason()).isEqualTo("Spørgsmålet gælder kun sagstyperne"
                + " »Bevilling af fleksjob« og »Revurdering«, og sagen er af typen »fleksjob«.");
    }
}
