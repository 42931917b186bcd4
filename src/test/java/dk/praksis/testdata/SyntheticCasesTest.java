package dk.praksis.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import dk.praksis.cases.Case;
import dk.praksis.cases.CaseDocument;
import dk.praksis.cases.CourseEntry;
import dk.praksis.cases.DatedPeriod;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SyntheticCasesTest {

    private final ChecklistVocabulary vocabulary = ChecklistVocabulary.read(ChecklistVocabulary.FLEKSJOB_2010);
    private final SyntheticCases synthetic = new SyntheticCases(vocabulary);

    @Test
    void theSameSeedGivesTheSameCasesAndAnotherSeedOthers() {
        List<Case> first = synthetic.generate(300, 42);
        assertThat(SyntheticCases.fleksjob2010().generate(300, 42)).isEqualTo(first);
        assertThat(synthetic.generate(300, 43)).isNotEqualTo(first);
        assertThat(first.stream().map(Case::id).distinct()).hasSize(300);
    }

    @Test
    void theFirstCasesDoNotDependOnHowManyAreAskedFor() {
        assertThat(synthetic.generate(1000, 7).subList(0, 50)).isEqualTo(synthetic.generate(50, 7));
        assertThat(synthetic.stream(7).skip(999).findFirst()).contains(synthetic.generate(1000, 7).get(999));
    }

    @Test
    void everyCaseUsesOnlyTheChecklistsVocabulary() {
        Set<String> periodTypes = new HashSet<>(vocabulary.periodTypes());
        periodTypes.addAll(SyntheticCases.INTERRUPTIONS);
        for (Case c : synthetic.generate(800, 1)) {
            assertThat(vocabulary.caseTypes()).contains(c.caseType());
            assertThat(c.kommune().region()).isEqualTo("Region Syddanmark");
            assertThat(c.review().answers().keySet())
                    .containsExactlyElementsOf(vocabulary.reviewerItems().get(c.caseType()));
            c.review().answers().forEach((item, answer) ->
                    assertThat(vocabulary.scaleValues().get(item)).as(c.id() + " " + item).contains(answer));
            if (c.review().verdict() != null) {
                assertThat(vocabulary.verdicts()).contains(c.review().verdict());
            }
            assertThat(vocabulary.events()).containsAll(c.events().keySet());
            assertThat(vocabulary.courses()).containsAll(c.courses().keySet());
            assertThat(vocabulary.documents().keySet()).containsAll(c.documents().keySet());
            c.documents().forEach((name, doc) ->
                    assertThat(vocabulary.documents().get(name)).containsAll(doc.elements().keySet()));
            c.courses().values().forEach(entries -> entries.forEach(t -> {
                assertThat(t.to()).isAfterOrEqualTo(t.from());
                assertThat(t.flags()).containsOnlyKeys(SyntheticCases.FUNCTIONS_DESCRIBED);
            }));
            assertThat(c.periods()).allSatisfy(p -> assertThat(periodTypes).contains(p.type()));
            assertOrderedWithoutOverlap(c.periods());
        }
    }

    @Test
    void revurderingHistoriesRunToTheAsOfDateAndGoInAndOutOfTheCountedBenefit() {
        List<Case> revurderinger = synthetic.generate(500, 3).stream()
                .filter(c -> c.caseType().equals("revurdering")).toList();
        assertThat(revurderinger).hasSizeGreaterThan(100);
        for (Case c : revurderinger) {
            DatedPeriod last = c.periods().get(c.periods().size() - 1);
            assertThat(last.to()).as(c.id()).isNull();
            assertThat(last.from()).isBefore(SyntheticCases.AS_OF);
        }
        String counted = vocabulary.periodTypes().iterator().next();
        assertThat(revurderinger).anyMatch(c -> c.periods().stream().map(DatedPeriod::type)
                .collect(Collectors.toSet()).containsAll(Set.of(counted, "barsel")));
        assertThat(revurderinger).anyMatch(c -> c.events().get("revurderinger").isEmpty());
        assertThat(revurderinger).anyMatch(c -> c.events().get("revurderinger").size() > 2);
    }

    @Test
    void bevillingCasesMeetBothOutcomesOfEveryComputedItem() {
        List<Case> bevillinger = synthetic.generate(1000, 11).stream()
                .filter(c -> c.caseType().equals("bevilling")).toList();
        assertThat(bevillinger).anyMatch(c -> c.courses().isEmpty());
        assertThat(bevillinger).anyMatch(c -> trials(c).stream().anyMatch(t -> t.to().isAfter(c.decision().date())));
        assertThat(bevillinger).anyMatch(c -> trials(c).stream().anyMatch(t -> !t.flags().get("funktioner_beskrevet")));
        assertThat(bevillinger).anyMatch(c -> !trials(c).isEmpty()
                && trials(c).stream().allMatch(t -> t.flags().get("funktioner_beskrevet")));
        assertThat(bevillinger).anyMatch(c -> profile(c).date().isAfter(c.decision().date()));
        assertThat(bevillinger).anyMatch(c -> profile(c).date().isBefore(c.decision().date()));
        Set<String> elements = vocabulary.documents().get("ressourceprofil");
        assertThat(bevillinger).anyMatch(c -> !profile(c).elements().keySet().containsAll(elements));
        assertThat(bevillinger).anyMatch(c -> profile(c).elements().values().stream().anyMatch(t -> t.length() < 15));
        assertThat(bevillinger).anyMatch(c -> profile(c).elements().keySet().containsAll(elements)
                && profile(c).elements().values().stream().allMatch(t -> t.length() >= 15));
    }

    private static List<CourseEntry> trials(Case c) {
        return c.courses().getOrDefault("arbejdsprøvninger", List.of());
    }

    private static CaseDocument profile(Case c) {
        return c.documents().get("ressourceprofil");
    }

    private static void assertOrderedWithoutOverlap(List<DatedPeriod> periods) {
        LocalDate previousEnd = null;
        for (int i = 0; i < periods.size(); i++) {
            DatedPeriod p = periods.get(i);
            if (previousEnd != null) {
                assertThat(p.from()).isAfter(previousEnd);
            }
            if (p.to() == null) {
                assertThat(i).as("only the last period may be open").isEqualTo(periods.size() - 1);
            } else {
                assertThat(p.to()).isAfterOrEqualTo(p.from());
            }
            previousEnd = p.to();
        }
    }
}
