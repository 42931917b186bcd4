package dk.praksis.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dk.praksis.cases.Case;
import dk.praksis.cases.Decision;
import dk.praksis.cases.DatedPeriod;
import dk.praksis.cases.Origin;
import dk.praksis.cases.Review;
import dk.praksis.checklist.Checklist;
import dk.praksis.checklist.ChecklistLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every shipped checklist scores a bare case of each type: no crash, every reason a full sentence. */
class ShippedChecklistsTest {

    @Test
    void bareCasesScoreWithSentencesForEveryShippedChecklist() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("checklists"))) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            Checklist checklist = ChecklistLoader.load(file);
            Scorer scorer = new Scorer(checklist, LocalDate.of(2014, 6, 30));
            for (String type : checklist.caseTypes().keySet()) {
                Case bare = new Case("X-1", Fixtures.VEJEN, type, new Decision(LocalDate.of(2014, 1, 15), true),
                        Map.of(), List.of(new DatedPeriod("ledighedsydelse", LocalDate.of(2012, 1, 1), null)),
                        Map.of(), Map.of(), Map.of(), List.of(), Map.of(), Review.NONE,
                        new Origin("x.yaml", "1:1", Map.of()));
                CaseResult r = scorer.score(bare);
                assertThat(r.items()).hasSize((int) checklist.items().count());
                assertThat(r.items()).allSatisfy(i -> assertThat(i.reason())
                        .as(file + " " + i.itemId()).matches("[A-ZÆØÅ].*\\.\\)?").doesNotContain("null"));
            }
        }
    }
}
