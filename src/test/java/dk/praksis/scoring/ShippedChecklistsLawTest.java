package dk.praksis.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dk.praksis.cases.Case;
import dk.praksis.cases.CaseReadOptions;
import dk.praksis.cases.CanonicalCaseFormat;
import dk.praksis.cases.files.CaseFiles;
import dk.praksis.checklist.Checklist;
import dk.praksis.checklist.ChecklistLoader;
import dk.praksis.checklist.Horizon;
import dk.praksis.checklist.Item;
import dk.praksis.errors.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped checklists say what the law says (docs/jura.md). Each test here failed on the
 * checklists as they were before the legal review (version 1), and the expected outcomes are
 * worked out by hand from the rules, not taken from the program.
 */
class ShippedChecklistsLawTest {

    private static final Checklist FLEKSJOB_2010 = ChecklistLoader.load(Path.of("checklists/fleksjob-2010.yaml"));
    private static final Checklist FLEKSJOB_2013 = ChecklistLoader.load(Path.of("checklists/fleksjob-2013.yaml"));
    private static final Checklist TILSYN = ChecklistLoader.load(Path.of("checklists/ledelsestilsyn-ledighedsydelse.yaml"));
    private static final Path WORKSHOP = Path.of("src/test/resources/lov/workshopcase.yaml");

    @TempDir
    Path dir;

    // --- The seed's workshop case (nævnets vejledningsprojekt 2010, bilag 9-10), anonymised.

    @Test
    void theWorkshopCaseIsSentBackBecauseItIsNotInformedAndItsTrialsDescribeNoFunctions() {
        List<Case> read = new ArrayList<>();
        // Through the real reader, validation and personal-data guard: the fixture is anonymised.
        CaseFiles.read(List.of(WORKSHOP), FLEKSJOB_2010, CaseReadOptions.DEFAULT, read::add);
        CaseResult r = new Scorer(FLEKSJOB_2010, LocalDate.of(2010, 11, 30)).score(read.get(0));

        Map<String, Outcome> expected = new LinkedHashMap<>();
        expected.put("VV1", Outcome.IKKE_OPFYLDT);   // only the work-injury statement and an X-ray
        expected.put("VV2", Outcome.OPFYLDT);        // house, garden, practical skills are described
        expected.put("VV3", Outcome.OPFYLDT);
        expected.put("VV4", Outcome.OPFYLDT);        // revalidering and other warehouse functions were tried
        expected.put("VV5", Outcome.OPFYLDT);
        expected.put("AP1", Outcome.OPFYLDT);        // two warehouse trials ended before 15.10.2009
        expected.put("AP2", Outcome.IKKE_OPFYLDT);   // "it is not described which functions he cannot manage"
        expected.put("AP3", Outcome.IKKE_OPFYLDT);   // warehouse work only
        expected.put("RP1", Outcome.OPFYLDT);        // all twelve elements and the overall assessment
        expected.put("RP2", Outcome.OPFYLDT);        // updated 21.09.2009, before the decision
        expected.put("RP3", Outcome.OPFYLDT);        // resources described ...
        expected.put("RP4", Outcome.IKKE_OPFYLDT);   // ... but the assessment rests on the limitations only
        expected.put("FV1", Outcome.IKKE_RELEVANT);
        expected.put("FV2", Outcome.IKKE_RELEVANT);  // fleksjob was what he asked for: fuldt medhold
        expected.put("FV3", Outcome.IKKE_RELEVANT);
        for (String revurdering : List.of("RV1", "RV2", "RV2S", "RV3", "RV4", "RV5", "RV6", "RV7", "RV8")) {
            expected.put(revurdering, Outcome.IKKE_RELEVANT);
        }
        assertThat(outcomes(r)).isEqualTo(expected);
        assertThat(r.derivedVerdict()).isEqualTo("hjemvisning");
    }

    @Test
    void aNoToPermanentlyReducedOnAnUninformedCaseIsStillHjemvisningNotÆndring() throws IOException {
        Path variant = dir.resolve("variant.yaml");
        Files.writeString(variant, Files.readString(WORKSHOP).replace("VV3: ja", "VV3: nej"));
        CaseResult r = new Scorer(FLEKSJOB_2010, LocalDate.of(2010, 11, 30)).score(parse(variant).get(0));
        assertThat(result(r, "VV3").outcome()).isEqualTo(Outcome.IKKE_OPFYLDT);
        assertThat(result(r, "VV1").outcome()).isEqualTo(Outcome.IKKE_OPFYLDT);
        assertThat(r.derivedVerdict()).isEqualTo("hjemvisning");
    }

    @Test
    void aNoToPermanentlyReducedOnAnInformedCaseIsÆndring() throws IOException {
        Path informed = dir.resolve("informed.yaml");
        Files.writeString(informed, Files.readString(WORKSHOP).replace("VV3: ja", "VV3: nej").replace("VV1: nej", "VV1: ja")
                .replace("AP2: nej", "AP2: ja").replace("AP3: nej", "AP3: ja").replace("RP4: nej", "RP4: ja"));
        CaseResult r = new Scorer(FLEKSJOB_2010, LocalDate.of(2010, 11, 30)).score(parse(informed).get(0));
        assertThat(r.derivedVerdict()).isEqualTo("ændring");
    }

    // --- § 74 c before 2013 (RV2-RV4): the rule in force at the decision, two moments, judged to the decision.

    @Test
    void aRevurderingAfterTwelveButBeforeEighteenMonthsOfLedighedsydelseIsOnTime() throws IOException {
        // Ledighedsydelse from 01.01.2008: the duty arises 01.01.2009, finished by 01.07.2009 at the latest.
        Case c = revurdering("2010-01-20", List.of("ledighedsydelse 2008-01-01"), List.of("2009-03-15", "2010-01-20"));
        ItemResult rv3 = score(FLEKSJOB_2010, c, "2010-11-30", "RV3");
        assertThat(rv3.reason()).contains("Pligten opstod 01.01.2009").contains("afsluttet senest 01.07.2009")
                .contains("15.03.2009");
        assertThat(rv3.outcome()).isEqualTo(Outcome.OPFYLDT);
    }

    @Test
    void sicknessWithLedighedsydelseCountsTowardsTheEighteenMonths() throws IOException {
        // 4 months of ydelse, 12 months sick on ydelse, then ydelse again: 18 counted months on
        // 01.07.2009. Without the sickness, 12 months within 18 would first be reached 01.05.2010.
        Case c = revurdering("2010-01-15", List.of("ledighedsydelse 2008-01-01 2008-04-30", "sygdom 2008-05-01 2009-04-30",
                "ledighedsydelse 2009-05-01"), List.of("2010-01-15"));
        ItemResult rv3 = score(FLEKSJOB_2010, c, "2010-11-30", "RV3");
        assertThat(rv3.outcome()).isEqualTo(Outcome.IKKE_OPFYLDT);
        assertThat(rv3.reason()).contains("01.07.2009").contains("198 dage");
    }

    @Test
    void ledighedsydelseDuringBarselDoesNotCount() throws IOException {
        // Ledighedsydelse throughout, barsel 01.01-30.06.2009 inside it: those 181 days never count,
        // so the 18 months from 01.01.2008 end 29.12.2009, not 01.07.2009, and 15.11.2009 is on time.
        Case c = revurdering("2010-01-10", List.of("ledighedsydelse 2008-01-01", "barsel 2009-01-01 2009-06-30"),
                List.of("2009-11-15"));
        ItemResult rv3 = score(FLEKSJOB_2010, c, "2010-11-30", "RV3");
        assertThat(rv3.reason()).contains("29.12.2009");
        assertThat(rv3.outcome()).isEqualTo(Outcome.OPFYLDT);
    }

    /** The § 74 c items in two moments: before 2013, after the reform, and in the ledelsestilsyn. */
    private static final List<Object[]> TWO_MOMENTS = List.of(new Object[] {FLEKSJOB_2010, "RV3", "revurdering"},
            new Object[] {FLEKSJOB_2013, "LY2", "ledighedsydelse"}, new Object[] {TILSYN, "RV1", "over_18_mdr"});

    @Test
    void noDutyArisesBeforeTwelveMonthsWithinEighteen() throws IOException {
        // Scattered ydelse (5 months on, 5 off, four times): 607 days in all, never 12 months within
        // 18. The duty never arose; a count of 18 months sammenlagt alone would have found it late.
        for (Object[] t : TWO_MOMENTS) {
            Case c = ledighedsforløb((String) t[2], "2011-05-15", List.of("ledighedsydelse 2008-06-01 2008-10-31",
                    "ledighedsydelse 2009-04-01 2009-08-31", "ledighedsydelse 2010-02-01 2010-06-30",
                    "ledighedsydelse 2010-12-01 2011-04-30"), List.of());
            assertThat(score((Checklist) t[0], c, "2011-11-30", (String) t[1]).outcome()).as((String) t[1])
                    .isEqualTo(Outcome.IKKE_RELEVANT);
        }
    }

    @Test
    void aMoveToAnotherKommuneGivesTheNewKommuneSixMonthsFromTheMove() throws IOException {
        // The worked example in docs/scoring.md: 18 months end 01.12.2009; the move on 01.11.2009
        // makes that impossible, so the new kommune has until 01.05.2010.
        for (Object[] t : TWO_MOMENTS) {
            Case c = ledighedsforløb((String) t[2], "2010-04-15", List.of("ledighedsydelse 2008-06-01"),
                    List.of("2010-04-15"), "datoer: {flytning: 2009-11-01}");
            ItemResult r = score((Checklist) t[0], c, "2010-11-30", (String) t[1]);
            assertThat(r.outcome()).as((String) t[1]).isEqualTo(Outcome.OPFYLDT);
            assertThat(r.reason()).as((String) t[1]).contains("01.05.2010");
        }
    }

    @Test
    void beforeTheAmendmentTheDutyWasToAssessWhenTwelveMonthsWithinEighteenWereReached() throws IOException {
        Case c = revurdering("2009-05-04", List.of("ledighedsydelse 2007-06-01"), List.of("2008-09-01", "2009-05-04"));
        ItemResult rv3 = score(FLEKSJOB_2010, c, "2009-11-30", "RV3");
        assertThat(rv3.outcome()).isEqualTo(Outcome.IKKE_RELEVANT);
        assertThat(rv3.reason()).contains("01.01.2010");
        ItemResult rv2 = score(FLEKSJOB_2010, c, "2009-11-30", "RV2");
        assertThat(rv2.outcome()).isEqualTo(Outcome.IKKE_OPFYLDT);
        assertThat(rv2.reason()).contains("Revurdering 01.09.2008 lå 92 dage efter fristen 01.06.2008")
                .contains("til og med 31.12.2009");
    }

    @Test
    void theStatusItemsAreJudgedAtTheEndOfTheAuditPeriodAndHaveNoConsequence() throws IOException {
        for (Item status : List.of(FLEKSJOB_2010.item("RV2S").orElseThrow(), FLEKSJOB_2010.item("RV4").orElseThrow(),
                FLEKSJOB_2013.item("LY2S").orElseThrow())) {
            assertThat(status.consequence()).as(status.id()).isNull();
            assertThat(status.horizon()).as(status.id()).isEqualTo(Horizon.PERIODENS_SLUTNING);
            assertThat(status.note()).as(status.id()).contains("undersøgelsesperiodens slutning");
        }
        // On time 01.06.2010; the next duty is met by 02.12.2011 at the latest: after the period ended
        // 30.06.2011, so the kommune was keeping up then, though not by the as-of date 31.12.2011.
        Case c = revurdering("2010-06-01", List.of("ledighedsydelse 2009-01-01"), List.of("2010-06-01"));
        Item rv4 = FLEKSJOB_2010.item("RV4").orElseThrow();
        assertThat(new Scorer(FLEKSJOB_2010, LocalDate.of(2011, 12, 31), LocalDate.of(2011, 6, 30)).evaluate(rv4, c)
                .outcome()).isEqualTo(Outcome.OPFYLDT);
        assertThat(new Scorer(FLEKSJOB_2010, LocalDate.of(2011, 12, 31), LocalDate.of(2011, 12, 31)).evaluate(rv4, c)
                .outcome()).isEqualTo(Outcome.IKKE_OPFYLDT);
    }

    // --- § 74 c, stk. 3: what a revurdering must rest on.

    @Test
    void theRevurderingIsAskedForEveryPartOfParagraphThree() {
        assertThat(FLEKSJOB_2010.item("RV5").orElseThrow().rule()).contains("§ 74 c, stk. 2, og stk. 3, nr. 1");
        assertThat(FLEKSJOB_2010.item("RV6").orElseThrow().rule()).contains("§ 74 c, stk. 3, nr. 2");
        assertThat(FLEKSJOB_2010.item("RV7").orElseThrow().rule()).contains("§ 74 c, stk. 3, nr. 3");
        assertThat(FLEKSJOB_2010.item("RV8").orElseThrow().rule()).contains("§ 74 c, stk. 3, nr. 4");
        assertThat(Stream.of("RV5", "RV6", "RV7", "RV8").map(id -> FLEKSJOB_2010.item(id).orElseThrow().consequence()))
                .containsOnly("hjemvisning");
    }

    // --- Forvaltningsloven §§ 22 and 25: not when the decision gives everything asked for.

    @Test
    void reasonsAndComplaintGuidanceAreNotRequiredWhenTheDecisionGivesEverythingAskedFor() throws IOException {
        // Both checklists read afgørelse.fuldt_medhold, the decision's own fact (docs/checklist.md).
        List<Case> cs = parse(yaml("""
                  - id: T-1
                    kommune: Vejen
                    sagstype: bevilling
                    afgørelse: {dato: 2014-03-01, fuldt_medhold: ja}
                    vurdering: {svar: {FV2: nej, FV3: nej}}
                  - id: T-2
                    kommune: Vejen
                    sagstype: bevilling
                    afgørelse: {dato: 2014-03-01, fuldt_medhold: nej}
                    vurdering: {svar: {FV2: nej, FV3: nej}}
                """));
        for (Checklist checklist : List.of(FLEKSJOB_2010, FLEKSJOB_2013)) {
            for (String id : List.of("FV2", "FV3")) {
                assertThat(score(checklist, cs.get(0), "2014-11-30", id).outcome()).as(id).isEqualTo(Outcome.IKKE_RELEVANT);
                assertThat(score(checklist, cs.get(1), "2014-11-30", id).outcome()).as(id).isEqualTo(Outcome.IKKE_OPFYLDT);
            }
        }
    }

    // --- Arbejdsprøvning: the 3 months are practice, the main trial counts, pointless trials are not required.

    @Test
    void aShortSideTrialWithoutFunctionsDoesNotFailWhenTheReviewerFindsTheMainTrialDescribesThem() throws IOException {
        Case c = parse(yaml("""
                  - id: T-3
                    kommune: Vejen
                    sagstype: bevilling
                    afgørelse: {dato: 2010-03-01}
                    arbejdsprøvninger:
                      - {fra: 2009-10-01, til: 2009-12-20, timer_pr_uge: 15, område: køkken, funktioner_beskrevet: true}
                      - {fra: 2010-01-04, til: 2010-01-22, timer_pr_uge: 10, område: kantine, funktioner_beskrevet: false}
                    vurdering: {svar: {AP2: ja}}
                """)).get(0);
        ItemResult ap2 = score(FLEKSJOB_2010, c, "2010-11-30", "AP2");
        assertThat(ap2.outcome()).isEqualTo(Outcome.OPFYLDT);
        assertThat(FLEKSJOB_2010.item("AP2").orElseThrow().note()).contains("hovedforløbet").contains("ikke et lovkrav");
    }

    @Test
    void noTrialIsRequiredWhenItIsObviouslyPointless() throws IOException {
        List<Case> cs = parse(yaml("""
                  - id: T-4
                    kommune: Vejen
                    sagstype: bevilling
                    afgørelse: {dato: 2010-03-01}
                    felter: {afprøvning_åbenbart_formålsløs: ja}
                  - id: T-5
                    kommune: Vejen
                    sagstype: bevilling
                    afgørelse: {dato: 2010-03-01}
                """));
        assertThat(score(FLEKSJOB_2010, cs.get(0), "2010-11-30", "AP1").outcome()).isEqualTo(Outcome.IKKE_RELEVANT);
        assertThat(score(FLEKSJOB_2010, cs.get(1), "2010-11-30", "AP1").outcome()).isEqualTo(Outcome.IKKE_OPFYLDT);
    }

    // --- The 2013 reform: the first fleksjob is temporary whatever the age; later ones only under 40.

    @Test
    void aFirstFleksjobAfter2013ForACitizenOverFortyNeedsTheStatusAfterFourAndAHalfYears() throws IOException {
        Case c = fleksjob("{alder_ved_bevilling: 52}");
        ItemResult fj2 = score(FLEKSJOB_2013, c, "2018-01-31", "FJ2");
        assertThat(fj2.outcome()).isEqualTo(Outcome.IKKE_OPFYLDT);
        assertThat(fj2.reason()).contains("fristen 01.09.2017");
    }

    @Test
    void aLaterFleksjobIsTemporaryOnlyForACitizenUnderForty() throws IOException {
        // A later fleksjob for a citizen of 45 can be permanent: no status after 4½ years.
        assertThat(score(FLEKSJOB_2013, fleksjob("{første_fleksjob: nej, alder_ved_bevilling: 45}"), "2018-01-31", "FJ2")
                .outcome()).isEqualTo(Outcome.IKKE_RELEVANT);
        assertThat(score(FLEKSJOB_2013, fleksjob("{første_fleksjob: nej, alder_ved_bevilling: 35}"), "2018-01-31", "FJ2")
                .outcome()).isEqualTo(Outcome.IKKE_OPFYLDT);
        assertThat(score(FLEKSJOB_2013, fleksjob("{første_fleksjob: ja, alder_ved_bevilling: 45}"), "2018-01-31", "FJ2")
                .outcome()).isEqualTo(Outcome.IKKE_OPFYLDT);
    }

    @Test
    void theThreeWeekConversationAfterVisitationIsMeasuredOnlyForVisitationsAfterTheReform() throws IOException {
        String template = """
                  - id: T-9
                    kommune: Vejen
                    sagstype: ledighedsydelse
                    afgørelse: {dato: 2014-03-01}
                    datoer: {visitation: VISITATION}
                    hændelser: {samtaler: [SAMTALE]}
                """;
        Case before = parse(yaml(template.replace("VISITATION", "2012-10-01").replace("SAMTALE", "2012-12-01"))).get(0);
        assertThat(score(FLEKSJOB_2013, before, "2014-06-30", "LY1").outcome()).isEqualTo(Outcome.IKKE_RELEVANT);
        // § 73 e took effect on 24 June 2013 (BEK nr. 676/2013): a visitation in the reform's first half year is not measured.
        Case firstHalf = parse(yaml(template.replace("VISITATION", "2013-03-01").replace("SAMTALE", "2013-05-01"))).get(0);
        assertThat(score(FLEKSJOB_2013, firstHalf, "2014-06-30", "LY1").outcome()).isEqualTo(Outcome.IKKE_RELEVANT);
        Case after = parse(yaml(template.replace("VISITATION", "2013-10-01").replace("SAMTALE", "2013-12-01"))).get(0);
        ItemResult late = score(FLEKSJOB_2013, after, "2014-06-30", "LY1");
        assertThat(late.outcome()).isEqualTo(Outcome.IKKE_OPFYLDT);
        assertThat(late.reason()).contains("22.10.2013");
    }

    // --- Ressourceforløb: 1-5 years; at least 6 follow-up talks in each year of the course.

    @Test
    void aRessourceforløbGrantedForLessThanAYearIsNotMet() throws IOException {
        Case c = parse(yaml("""
                  - id: T-7
                    kommune: Vejen
                    sagstype: ressourceforløb
                    afgørelse: {dato: 2014-01-10}
                    forløb:
                      ressourceforløb:
                        - {fra: 2014-02-01, til: 2014-09-30}
                """)).get(0);
        ItemResult rf1 = score(FLEKSJOB_2013, c, "2014-12-31", "RF1");
        assertThat(rf1.outcome()).isEqualTo(Outcome.IKKE_OPFYLDT);
        assertThat(rf1.reason()).isEqualTo("Ingen af ressourceforløbene varede 1 år i træk.");
    }

    @Test
    void aCourseThatEndedBeforeItsFirstYearIsNotRelevantAndTheReasonSaysItEnded() throws IOException {
        // The course ended 30.09.2014, long before the as-of date: the reason names the end, not the as-of date.
        Case c = parse(yaml("""
                  - id: T-E
                    kommune: Vejen
                    sagstype: ressourceforløb
                    afgørelse: {dato: 2014-01-20}
                    datoer: {ressourceforløb_start: 2014-02-01, ressourceforløb_slut: 2014-09-30}
                    hændelser: {opfølgningssamtaler: [2014-03-01, 2014-05-01]}
                """)).get(0);
        ItemResult rf2 = score(FLEKSJOB_2013, c, "2015-12-31", "RF2");
        assertThat(rf2.outcome()).isEqualTo(Outcome.IKKE_RELEVANT);
        assertThat(rf2.reason()).isEqualTo("Forløbet fra 01.02.2014 sluttede 30.09.2014, før det havde varet "
                + "12 måneder, så der er ingen hel periode at vurdere.").doesNotContain("opgørelsesdato");
        // Still running on the as-of date: then the as-of date is the day it is judged on.
        ItemResult running = score(FLEKSJOB_2013, c, "2014-09-15", "RF2");
        assertThat(running.reason()).isEqualTo("Forløbet fra 01.02.2014 havde endnu ikke varet 12 måneder på "
                + "opgørelsesdatoen 15.09.2014, så der er ingen hel periode at vurdere.");
    }

    @Test
    void sixTalksInAYearMeetTheRequirementEvenWithAGapOfMoreThanTwoMonths() throws IOException {
        // Seven talks in the course's first year, with almost four months between 10.04 and 01.08.
        Case c = ressourceforløb("[2014-02-10, 2014-03-10, 2014-04-10, 2014-08-01, 2014-09-01, 2014-11-01, 2015-01-15]");
        assertThat(score(FLEKSJOB_2013, c, "2015-12-31", "RF2").outcome()).isEqualTo(Outcome.OPFYLDT);
    }

    @Test
    void fiveTalksInTheFirstYearAreTooFew() throws IOException {
        Case c = ressourceforløb("[2014-02-10, 2014-04-10, 2014-06-10, 2014-08-10, 2014-10-10, 2015-03-01]");
        ItemResult rf2 = score(FLEKSJOB_2013, c, "2015-12-31", "RF2");
        assertThat(rf2.outcome()).isEqualTo(Outcome.IKKE_OPFYLDT);
        assertThat(rf2.reason()).contains("I perioden 01.02.2014–31.01.2015 var der 5 opfølgningssamtaler (mindst 6)");
    }

    // --- § 74 c after the reform (LY2, LY2S): two moments, moving kommune, judged to the decision.

    @Test
    void theStatusItemIsJudgedAtTheEndOfTheAuditPeriod() throws IOException {
        // On time on 01.05.2013; the next duty arises 02.05.2014 and must be met by 02.11.2014: after
        // the period ended 30.06.2014, so the kommune was keeping up then, though not by the as-of date.
        Case c = ledighedsydelse("2013-05-01", List.of("ledighedsydelse 2012-01-01"), List.of("2013-05-01"));
        Item status = FLEKSJOB_2013.item("LY2S").orElseThrow();
        assertThat(new Scorer(FLEKSJOB_2013, LocalDate.of(2015, 3, 31), LocalDate.of(2014, 6, 30)).evaluate(status, c)
                .outcome()).isEqualTo(Outcome.OPFYLDT);
        assertThat(score(FLEKSJOB_2013, c, "2015-03-31", "LY2").outcome()).isEqualTo(Outcome.OPFYLDT);
    }

    // --- Precedence: an uninformed case is sent back, even when the assessment also looks wrong.

    @Test
    void precedenceIsStatedApartFromSeverity() throws IOException {
        for (Checklist checklist : List.of(FLEKSJOB_2010, FLEKSJOB_2013)) {
            assertThat(checklist.consequences().get(0).id()).as(checklist.id()).isEqualTo("ændring");
            assertThat(checklist.precedence()).as(checklist.id()).containsExactly("hjemvisning", "ændring", "formel");
        }
        Case c = parse(yaml("""
                  - id: T-9
                    kommune: Vejen
                    sagstype: bevilling
                    afgørelse: {dato: 2014-03-01}
                    vurdering: {svar: {FB6: nej, RT3: nej}}
                """)).get(0);
        assertThat(new Scorer(FLEKSJOB_2013, LocalDate.of(2014, 11, 30)).score(c).derivedVerdict()).isEqualTo("hjemvisning");
    }

    // --- Ledelsestilsyn: no offer since the last revurdering is the finding itself.

    @Test
    void theTilsynJudgesTheRevurderingToTheDecisionAndKeepingUpAtTheEndOfItsPeriod() throws IOException {
        // On time 01.05.2013; the next duty (02.05.2014) is overdue by 02.11.2014, before the tilsyn's period ends.
        Case c = ledighedsforløb("over_18_mdr", "2013-05-01", List.of("ledighedsydelse 2012-01-01"), List.of("2013-05-01"));
        assertThat(score(TILSYN, c, "2014-12-31", "RV1").outcome()).isEqualTo(Outcome.OPFYLDT);
        Item status = TILSYN.item("RV1S").orElseThrow();
        assertThat(status.horizon()).isEqualTo(Horizon.PERIODENS_SLUTNING);
        assertThat(new Scorer(TILSYN, LocalDate.of(2014, 12, 31), LocalDate.of(2014, 12, 31)).evaluate(status, c).outcome())
                .isEqualTo(Outcome.IKKE_OPFYLDT);
    }

    @Test
    void aCaseWithNoOfferSinceTheLastRevurderingIsNotMet() throws IOException {
        Case c = parse(yaml("""
                  - id: T-8
                    kommune: Varde
                    sagstype: over_18_mdr
                    afgørelse: {dato: 2014-01-10}
                    datoer: {seneste_revurdering: 2013-03-01}
                    hændelser: {tilbud: []}
                """)).get(0);
        ItemResult rv3 = score(TILSYN, c, "2014-02-01", "RV3");
        assertThat(rv3.outcome()).isEqualTo(Outcome.IKKE_OPFYLDT);
        assertThat(rv3.reason()).contains("fristen 01.09.2013 var overskredet");
    }

    @Test
    void theTilsynsGuidelineItemsNameTheirSourceAndSayTheyTestNoLegalRule() throws IOException {
        String jura = Files.readString(Path.of("docs/jura.md"));
        String tilsyn = jura.substring(jura.indexOf("\n## ledelsestilsyn-ledighedsydelse "));
        for (String id : List.of("PL1", "PL2", "PL3", "PL4", "LT1")) {
            Item item = TILSYN.item(id).orElseThrow();
            assertThat(item.rule()).as(id).startsWith("Ingen lovregel. Kilde: jobcentrets egen retningslinje")
                    .contains("\"Serviceanalyse af fleksjobområdet i Jobcenter Varde\"")
                    .endsWith("Spørgsmålet tester ingen retsregel.").doesNotContain("§");
            // A guideline is never a legal error in the case.
            assertThat(item.consequence()).as(id).isNotEqualTo("fejl");
            assertThat(tilsyn).as(id).containsPattern("(?m)^\\| " + id + " \\| Ingen lovregel; jobcentrets retningslinje");
        }
        assertThat(tilsyn).contains("PL1–PL4 og LT1 tester ingen retsregel");
    }

    // --- Every item names its legal source.

    @Test
    void everyParagraphComesWithItsVersionOrTheReadingSaysItWasNotVerified() {
        for (Checklist checklist : List.of(FLEKSJOB_2010, FLEKSJOB_2013, TILSYN)) {
            checklist.items().filter(i -> i.rule().contains("§")).forEach(i -> assertThat(
                    i.rule().matches("(?s).*(LBK|BEK|lov) nr\\. \\d+ af.*")
                            || (i.note() != null && i.note().contains("ikke kunnet verificere")))
                    .as(checklist.id() + " " + i.id() + ": " + i.rule()).isTrue());
            checklist.items().filter(i -> !i.rule().contains("§")).forEach(i -> assertThat(i.rule())
                    .as(checklist.id() + " " + i.id()).containsAnyOf("kap. ", "Ingen lovregel"));
        }
        assertThat(FLEKSJOB_2010.item("VV1").orElseThrow().rule()).contains("Retssikkerhedsloven § 10")
                .doesNotContain("§ 74");
        // The rule in force before and after the amendment, by the decision's date.
        assertThat(FLEKSJOB_2010.item("RV2").orElseThrow().rule()).contains("LBK nr. 1460 af 12. december 2007");
        assertThat(FLEKSJOB_2010.item("RV3").orElseThrow().rule()).contains("lov nr. 1508 af 27. december 2009");
    }

    @Test
    void afterTheReformEveryParagraphNamesItsVersionAndEveryChapterSaysWhatWasNotVerified() {
        FLEKSJOB_2013.items().forEach(i -> {
            if (i.rule().contains("§")) {
                // A paragraph comes with the consolidation or amending law it is read in.
                assertThat(i.rule()).as(i.id()).containsPattern("(LBK|BEK|lov) nr\\. \\d+ af");
            } else {
                // No paragraph found for 2013-14: the chapter and the amending law, and the reading says so.
                assertThat(i.rule()).as(i.id()).contains("kap. ").contains("lov nr. 1380 af 23. december 2012");
                assertThat(i.note()).as(i.id()).contains("ikke kunnet verificere");
            }
        });
        assertThat(FLEKSJOB_2013.item("FJ1").orElseThrow().rule()).contains("§ 70 d, stk. 1");
    }

    @Test
    void theReformItemsCiteTheParagraphsOfTheConsolidationsInForceIn2013And2014() {
        String lab = "(LBK nr. 415 af 24. april 2013 og LBK nr. 990 af 12. september 2014)";
        Map<String, String> paragraphs = new LinkedHashMap<>();
        paragraphs.put("FB2", "LAB § 30 a, stk. 2 og 3 " + lab);
        paragraphs.put("FB3", "LAB § 30 a, stk. 1, 3. pkt. " + lab);
        paragraphs.put("FB4", "LAB § 30 a, stk. 2, og § 68 a, stk. 3 " + lab);
        paragraphs.put("LY6", "LAB § 73 a, stk. 1 og 2 " + lab);
        paragraphs.put("FJ1", "LAB § 70 d, stk. 1 " + lab);
        paragraphs.put("FJ2", "LAB § 70 c, stk. 1 og 2, og § 70 d, stk. 3 " + lab);
        paragraphs.put("RF1", "LAB § 68 a, stk. 4 " + lab);
        paragraphs.put("RF2", "LAB § 18, stk. 2, jf. § 16, stk. 5 " + lab);
        paragraphs.put("RF3", "LAB § 68 c, stk. 1, og § 30 a, stk. 4 " + lab);
        paragraphs.put("RF4", "LAB § 30 a, stk. 5, og § 68 c, stk. 1 " + lab);
        paragraphs.put("RF5", "LAB § 68 a, stk. 7 " + lab);
        paragraphs.put("LY1", "LAB § 73 e, stk. 1 (LBK nr. 990 af 12. september 2014)");
        paragraphs.put("RT1", "aktive beskæftigelsesindsats § 25 a, stk. 1, som affattet ved lov nr. 1380 af 23. december 2012");
        paragraphs.put("RT2", "aktive beskæftigelsesindsats § 25 a, stk. 6, som affattet ved lov nr. 1380 af 23. december 2012");
        paragraphs.forEach((id, rule) -> assertThat(FLEKSJOB_2013.item(id).orElseThrow().rule()).as(id).startsWith(
                id.startsWith("RT") ? "Lov om ansvaret for og styringen af den " : "LAB").contains(rule));
        // The rehabiliteringsplan order in force from 1 January 2013, replaced on 1 July 2014.
        Stream.of("FB2", "FB3", "FB4", "FB5", "RT2", "RF4").forEach(id -> assertThat(FLEKSJOB_2013.item(id)
                .orElseThrow().rule()).as(id).contains("bekendtgørelse nr. 1418 af 23. december 2012")
                .contains("fra 1. juli 2014 bekendtgørelse nr. 814 af 27. juni 2014"));
        // No item of the reform checklist is cited by chapter only any more.
        FLEKSJOB_2013.items().forEach(i -> assertThat(i.rule()).as(i.id()).contains("§"));
    }

    @Test
    void docsJuraHasOneTableRowForEveryItemOfEveryShippedChecklist() throws IOException {
        String jura = Files.readString(Path.of("docs/jura.md"));
        for (Checklist checklist : List.of(FLEKSJOB_2010, FLEKSJOB_2013, TILSYN)) {
            int start = jura.indexOf("\n## " + checklist.id() + " ");
            assertThat(start).as(checklist.id()).isPositive();
            int end = jura.indexOf("\n## ", start + 1);
            assertThat(jura.substring(start, end)).as(checklist.id()).contains("version " + checklist.version());
            List<String> rows = new ArrayList<>();
            // "| PL1–PL3 | ..." stands for PL1, PL2 and PL3.
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^\\| ([A-Z]+)(\\d+)(S?)(?:–[A-Z]+(\\d+))? \\|")
                    .matcher(jura.substring(start, end));
            while (m.find()) {
                int to = m.group(4) == null ? Integer.parseInt(m.group(2)) : Integer.parseInt(m.group(4));
                for (int n = Integer.parseInt(m.group(2)); n <= to; n++) {
                    rows.add(m.group(1) + n + m.group(3));
                }
            }
            assertThat(rows).as(checklist.id()).containsExactlyElementsOf(checklist.items().map(Item::id).toList());
        }
    }

    @Test
    void theMissingAuditQuestionsAreAsked() {
        assertThat(Stream.of("VV4", "VV5", "RP4", "RV5", "RV6", "RV7", "RV8"))
                .allSatisfy(id -> assertThat(FLEKSJOB_2010.item(id)).as(id).isPresent());
        assertThat(FLEKSJOB_2010.item("VV4").orElseThrow().text()).contains("revalidering").contains("omplacering");
        assertThat(FLEKSJOB_2010.item("VV5").orElseThrow().text()).contains("førtidspension");
        assertThat(Stream.of("FB6", "RT4", "LY4", "LY5", "LY6", "RF4", "RF5"))
                .allSatisfy(id -> assertThat(FLEKSJOB_2013.item(id)).as(id).isPresent());
        assertThat(FLEKSJOB_2013.item("LY6").orElseThrow().text()).contains("kontaktforløb");
        assertThat(FLEKSJOB_2013.item("RF5").orElseThrow().text()).contains("afslutning");
    }

    // --- helpers

    private Case revurdering(String decided, List<String> periods, List<String> revurderinger, String... facts)
            throws IOException {
        return ledighedsforløb("revurdering", decided, periods, revurderinger, facts);
    }

    /**
     * A case about ledighedsydelse: its decision date, its periods ("type fra [til]"), its
     * revurderinger, and any further YAML lines of facts.
     */
    private Case ledighedsydelse(String decided, List<String> periods, List<String> revurderinger, String... facts)
            throws IOException {
        return ledighedsforløb("ledighedsydelse", decided, periods, revurderinger, facts);
    }

    /** The shared fixture of the § 74 c tests: one case of the type, its course and its revurderinger. */
    private Case ledighedsforløb(String caseType, String decided, List<String> periods, List<String> revurderinger,
                                 String... facts) throws IOException {
        StringBuilder y = new StringBuilder("  - id: T-L\n    kommune: Vejen\n    sagstype: " + caseType + "\n");
        y.append("    afgørelse: {dato: ").append(decided).append("}\n    perioder:\n");
        for (String p : periods) {
            String[] f = p.split(" ");
            y.append("      - {type: ").append(f[0]).append(", fra: ").append(f[1])
                    .append(f.length > 2 ? ", til: " + f[2] : "").append("}\n");
        }
        y.append("    hændelser: {revurderinger: [").append(String.join(", ", revurderinger)).append("]}\n");
        for (String f : facts) {
            y.append("    ").append(f).append("\n");
        }
        return parse(yaml(y.toString())).get(0);
    }

    /** A fleksjob begun 01.03.2013 with one follow-up and no status, and the given felter. */
    private Case fleksjob(String fields) throws IOException {
        return parse(yaml("""
                  - id: T-6
                    kommune: Vejen
                    sagstype: fleksjob
                    afgørelse: {dato: 2013-02-15}
                    datoer: {fleksjob_start: 2013-03-01}
                    hændelser: {opfølgninger: [2015-08-20], statusvurderinger: []}
                """ + "    felter: " + fields + "\n")).get(0);
    }

    /** A ressourceforløb from 01.02.2014 to 30.06.2015 with these follow-up talks. */
    private Case ressourceforløb(String talks) throws IOException {
        return parse(yaml("""
                  - id: T-F
                    kommune: Vejen
                    sagstype: ressourceforløb
                    afgørelse: {dato: 2014-01-20}
                    datoer: {ressourceforløb_start: 2014-02-01, ressourceforløb_slut: 2015-06-30}
                """ + "    hændelser: {opfølgningssamtaler: " + talks + "}\n")).get(0);
    }

    private Path yaml(String cases) throws IOException {
        Path f = Files.createTempFile(dir, "sager", ".yaml");
        Files.writeString(f, "sager:\n" + cases);
        return f;
    }

    /** Parsed without validation against a checklist, so a test can give only the facts it is about. */
    private static List<Case> parse(Path file) {
        List<Case> cases = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        new CanonicalCaseFormat().read(file, cases::add, problems);
        assertThat(problems).isEmpty();
        return cases;
    }

    private static ItemResult score(Checklist checklist, Case c, String asOf, String itemId) {
        return new Scorer(checklist, LocalDate.parse(asOf)).evaluate(checklist.item(itemId).orElseThrow(), c);
    }

    private static ItemResult result(CaseResult r, String itemId) {
        return r.items().stream().filter(i -> i.itemId().equals(itemId)).findFirst().orElseThrow();
    }

    private static Map<String, Outcome> outcomes(CaseResult r) {
        Map<String, Outcome> out = new LinkedHashMap<>();
        r.items().forEach(i -> out.put(i.itemId(), i.outcome()));
        return out;
    }
}
