package dk.praksis.cases;

import static org.assertj.core.api.Assertions.assertThat;

import dk.praksis.errors.Problem;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Validation works on Case objects, so every format gets the same checks; these cases are built in Java. */
class CaseValidatorTest {

    private final CaseValidator validator = new CaseValidator(TestCases.checklist());
    private final Case valid = TestCases.revurdering();

    @Test
    void validCaseHasNoProblems() {
        assertThat(validator.validate(valid)).isEmpty();
    }

    @Test
    void unknownCaseTypeSuggestsTheNearest() {
        assertThat(lines(with(valid, "revurdring", valid.decision(), valid.periods(), valid.review())))
                .containsExactly("sager.yaml:2:5 (sag SYD10-0001): ukendt sagstype 'revurdring'; måleskemaet kender"
                        + " bevilling eller revurdering. Mente du revurdering?");
    }

    @Test
    void decisionDateMissingWhenTheDecisionIsPresent() {
        assertThat(lines(with(valid, "revurdering", new Decision(null, true), valid.periods(), valid.review())))
                .containsExactly("sager.yaml:5:17 (sag SYD10-0001): afgørelsens dato mangler (afgørelsen foreligger)");
        assertThat(lines(with(valid, "revurdering", new Decision(null, false), valid.periods(), valid.review())))
                .isEmpty();
        assertThat(lines(with(valid, "revurdering", null, valid.periods(), valid.review())))
                .singleElement().asString().startsWith("sager.yaml:5:5 (sag SYD10-0001): afgørelse mangler");
    }

    @Test
    void periodEndingBeforeItStarts() {
        List<DatedPeriod> periods = List.of(
                new DatedPeriod("ledighedsydelse", LocalDate.of(2008, 6, 1), LocalDate.of(2008, 5, 31)));
        assertThat(lines(with(valid, "revurdering", valid.decision(), periods, valid.review())))
                .containsExactly("sager.yaml:7:40 (sag SYD10-0001): perioder[1] slutter (til) før den begynder (fra)");
    }

    @Test
    void aPeriodWithoutTypeIsReportedOnceAndNotComparedForOverlap() {
        // Found by the YAML and JSON fuzzers: the overlap check looked the missing type up in a sorted set.
        List<DatedPeriod> periods = List.of(
                new DatedPeriod("ledighedsydelse", LocalDate.of(2008, 6, 1), LocalDate.of(2009, 6, 1)),
                new DatedPeriod(null, LocalDate.of(2009, 1, 1), null));
        assertThat(lines(with(valid, "revurdering", valid.decision(), periods, valid.review())))
                .containsExactly("sager.yaml:8:9 (sag SYD10-0001): perioder[2] mangler en type, fx ledighedsydelse");
    }

    @Test
    void overlappingPeriodsNameBoth() {
        List<DatedPeriod> periods = List.of(
                new DatedPeriod("ledighedsydelse", LocalDate.of(2008, 6, 1), LocalDate.of(2009, 6, 1)),
                new DatedPeriod("barsel", LocalDate.of(2009, 6, 1), null));
        assertThat(lines(with(valid, "revurdering", valid.decision(), periods, valid.review())))
                .containsExactly("sager.yaml:8:9 (sag SYD10-0001): perioder[2] overlapper perioder[1] (sager.yaml:7:9)");
    }

    @Test
    void aNonCountingPeriodMayLieInsideAnother() throws Exception {
        // With barsel under tæller_ikke, ledighedsydelse during barsel is written as a barsel period
        // inside the ledighedsydelse period; two ledighedsydelse periods still may not overlap.
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("skema");
        java.nio.file.Path file = dir.resolve("skema.yaml");
        java.nio.file.Files.writeString(file, java.nio.file.Files.readString(java.nio.file.Path.of(
                "src/test/resources/maaleskemaer/fleksjob-2010-v1.yaml")).replace("          genstarter: true\n",
                "          genstarter: true\n          tæller_ikke: [barsel]\n"));
        CaseValidator overlays = new CaseValidator(dk.praksis.checklist.ChecklistLoader.load(file));
        List<DatedPeriod> periods = List.of(
                new DatedPeriod("ledighedsydelse", LocalDate.of(2008, 6, 1), null),
                new DatedPeriod("barsel", LocalDate.of(2009, 1, 1), LocalDate.of(2009, 4, 30)),
                new DatedPeriod("ledighedsydelse", LocalDate.of(2010, 1, 1), null));
        assertThat(overlays.validate(with(valid, "revurdering", valid.decision(), periods, valid.review())).stream()
                .map(Problem::line).toList())
                .containsExactly("sager.yaml:2:5 (sag SYD10-0001): perioder[3] overlapper perioder[1] (sager.yaml:7:9)");
    }

    @Test
    void openPeriodOverlapsEverythingAfterIt() {
        List<DatedPeriod> periods = List.of(
                new DatedPeriod("barsel", LocalDate.of(2009, 6, 1), null),
                new DatedPeriod("ledighedsydelse", LocalDate.of(2008, 6, 1), LocalDate.of(2009, 5, 31)),
                new DatedPeriod("ledighedsydelse", LocalDate.of(2010, 1, 1), null));
        assertThat(lines(with(valid, "revurdering", valid.decision(), periods, valid.review())))
                .containsExactly("sager.yaml:2:5 (sag SYD10-0001): perioder[3] overlapper perioder[1] (sager.yaml:7:9)");
    }

    @Test
    void courseEntryEndingBeforeItStarts() {
        Case c = new Case(valid.id(), valid.kommune(), valid.caseType(), valid.decision(), Map.of(), valid.periods(),
                valid.events(), Map.of("arbejdsprøvninger", List.of(new CourseEntry(LocalDate.of(2009, 3, 1),
                LocalDate.of(2009, 2, 1), 10.0, null, Map.of()))), Map.of(), List.of(), Map.of(), valid.review(),
                valid.origin());
        assertThat(lines(c)).containsExactly(
                "sager.yaml:2:5 (sag SYD10-0001): arbejdsprøvninger[1] slutter (til) før den begynder (fra)");
    }

    @Test
    void answerOutsideTheScaleUnknownItemAndComputedItem() {
        Map<String, String> answers = new LinkedHashMap<>(valid.review().answers());
        answers.put("RV1", "måske");
        answers.put("RV9", "ja");
        answers.put("RV2", "ja");
        List<String> lines = lines(with(valid, "revurdering", valid.decision(), valid.periods(),
                new Review("R1", answers, null, null)));
        assertThat(lines).containsExactly(
                "sager.yaml:10:14 (sag SYD10-0001): svaret 'måske' på RV1 findes ikke på svarskalaen ja-nej;"
                        + " brug ja, nej, delvis eller ikke relevant",
                "sager.yaml:10:7 (sag SYD10-0001): svar på ukendt spørgsmål 'RV9'. Mente du RV1 eller RV2?",
                "sager.yaml:10:7 (sag SYD10-0001): RV2 er af typen frist og beregnes af programmet ud fra sagens"
                        + " oplysninger; det skal ikke besvares");
    }

    @Test
    void answersAreMatchedWithoutRegardToCase() {
        Map<String, String> answers = new LinkedHashMap<>(valid.review().answers());
        answers.put("RV1", " Ikke Relevant ");
        assertThat(validator.validate(with(valid, "revurdering", valid.decision(), valid.periods(),
                new Review("R1", answers, null, null)))).isEmpty();
    }

    @Test
    void missingAnswersToItemsThatApply() {
        Map<String, String> answers = new LinkedHashMap<>(valid.review().answers());
        answers.remove("RV1");
        answers.put("FV2", " ");
        assertThat(lines(with(valid, "revurdering", valid.decision(), valid.periods(),
                new Review("R1", answers, null, null)))).containsExactly(
                "sager.yaml:10:7 (sag SYD10-0001): mangler svar på RV1, FV2 (spørgsmål, som bedømmeren skal besvare"
                        + " for denne sag)");
    }

    @Test
    void caseThatCannotBeAssessedNeedsNoAnswers() {
        assertThat(lines(with(valid, "revurdering", new Decision(null, false), valid.periods(),
                new Review("R1", Map.of(), "kan_ikke_vurderes", null)))).isEmpty();
    }

    @Test
    void unknownVerdict() {
        assertThat(lines(with(valid, "revurdering", valid.decision(), valid.periods(),
                new Review("R1", valid.review().answers(), "hjemvist", null)))).containsExactly(
                "sager.yaml:11:7 (sag SYD10-0001): ukendt samlet vurdering 'hjemvist'; brug ændring, hjemvisning, formel,"
                        + " i_overensstemmelse eller kan_ikke_vurderes. Mente du hjemvisning?");
    }

    @Test
    void unknownElementOfADocumentTheChecklistKnows() {
        Case c = new Case(valid.id(), valid.kommune(), valid.caseType(), valid.decision(), Map.of(), valid.periods(),
                valid.events(), Map.of(), Map.of("ressourceprofil", new CaseDocument(null, Map.of("helbredd", "..."))),
                List.of(), Map.of(), valid.review(), valid.origin());
        assertThat(lines(c)).containsExactly(
                "sager.yaml:2:5 (sag SYD10-0001): ukendt element 'helbredd' i dokumenter.ressourceprofil. Mente du helbred?");
    }

    @Test
    void missingIdKommuneAndCaseType() {
        Case c = new Case(null, null, null, valid.decision(), Map.of(), List.of(), Map.of(), Map.of(), Map.of(),
                List.of(), Map.of(), Review.NONE, new Origin("s.yaml", "3:1", Map.of()));
        assertThat(lines(c)).containsExactly(
                "s.yaml:3:1: sagen har ikke noget id; giv hver sag et anonymt id, fx SYD10-0417",
                "s.yaml:3:1: kommune mangler",
                "s.yaml:3:1: sagstype mangler; måleskemaet kender bevilling eller revurdering");
    }

    private static Case with(Case c, String type, Decision d, List<DatedPeriod> periods, Review review) {
        return new Case(c.id(), c.kommune(), type, d, c.dates(), periods, c.events(), c.courses(), c.documents(),
                c.medicalEvidence(), c.fields(), review, c.origin());
    }

    private List<String> lines(Case c) {
        return validator.validate(c).stream().map(Problem::line).toList();
    }
}
