package dk.praksis.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dk.praksis.calibration.Calibration;
import dk.praksis.cases.CaseReadOptions;
import dk.praksis.cases.Kommune;
import dk.praksis.checklist.AnswerScale;
import dk.praksis.checklist.Checklist;
import dk.praksis.checklist.Item;
import dk.praksis.checklist.ItemSpec;
import dk.praksis.report.AuditReport;
import dk.praksis.report.CaseRow;
import dk.praksis.report.ItemFigures;
import dk.praksis.report.ItemStats;
import dk.praksis.report.SectionFigures;
import dk.praksis.report.UnitReport;
import dk.praksis.report.ValueCount;
import dk.praksis.scoring.CaseResult;
import dk.praksis.scoring.ItemResult;
import dk.praksis.scoring.Outcome;
import dk.praksis.scoring.SecondReview;
import dk.praksis.stats.Agreement;
import dk.praksis.stats.Kappa;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The report model counted case by case as the cases are scored ({@link dk.praksis.report.ReportTally}) holds the
 * figures the list of all scored cases gives, counted here directly from that list as ReportBuilder did before:
 * per unit the verdicts, disagreements, reviewers, each item's outcomes and answer values, each theme per case,
 * and the kappa and calibration tables. Also with the cases spilled to disk.
 */
class TalliedReportTest {

    @TempDir
    Path dir;

    /** What a renderer saw: the report and, read while the run's store was open, each unit's rows and the cases. */
    private record Seen(AuditReport report, List<CaseResult> cases, List<List<CaseRow>> rows) {
    }

    private Seen audit(String year, boolean spill) {
        List<Seen> seen = new ArrayList<>();
        OutputRenderer capture = (outcome, out) -> {
            AuditReport r = outcome.report();
            List<List<CaseRow>> rows = new ArrayList<>();
            rows.add(List.copyOf(r.total().cases()));
            r.kommuner().forEach(k -> rows.add(List.copyOf(k.cases())));
            seen.add(new Seen(r, List.copyOf(outcome.cases()), rows));
        };
        AuditRun run = AuditRun.standard(List.of(capture));
        if (spill) {
            run = run.withCaseStore(0, dir);
        }
        AuditSpec spec = AuditFileLoader.load(Path.of("sample-cases", year, "undersoegelse.yaml"))
                .override(null, List.of(), dir.resolve("ud-" + spill), null, null);
        run.run(spec, CaseReadOptions.DEFAULT, true);
        return seen.get(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2009", "2010", "2011", "2014"})
    void theTalliedModelHoldsTheFiguresOfTheListOfCases(String year) {
        Seen s = audit(year, false);
        AuditReport report = s.report();
        Checklist checklist = report.checklist();
        List<CaseResult> all = s.cases();
        assertThat(all).isNotEmpty();
        matches(report.total(), all, checklist);
        assertThat(report.kommuner()).extracting(UnitReport::kommune).containsExactlyInAnyOrderElementsOf(
                all.stream().map(CaseResult::kommune).distinct().toList());
        for (UnitReport k : report.kommuner()) {
            matches(k, all.stream().filter(c -> c.kommune().equals(k.kommune())).toList(), checklist);
        }
        List<CaseResult> judged = all.stream().filter(c -> c.reviewerVerdict() != null)
                .filter(c -> !c.derivedVerdict().equals(Checklist.VERDICT_UNASSESSABLE)).toList();
        Kappa kappa = judged.size() < 10 ? null : Kappa.cohen(judged.stream().map(CaseResult::reviewerVerdict).toList(),
                judged.stream().map(CaseResult::derivedVerdict).toList()).orElse(null);
        assertThat(report.method().consistency()).isEqualTo(kappa);
        calibrationMatches(report.method().calibration(), all, checklist, report.method().confidenceLevel());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2011", "2014"})
    void casesSpilledToDiskGiveTheSameModelAndRows(String year) {
        Seen memory = audit(year, false);
        Seen spilled = audit(year, true);
        assertThat(spilled.cases()).isEqualTo(memory.cases());
        assertThat(spilled.rows()).isEqualTo(memory.rows());
        AuditReport a = memory.report();
        AuditReport b = spilled.report();
        assertThat(b.total().figures()).isEqualTo(a.total().figures());
        assertThat(b.total().sections()).isEqualTo(a.total().sections());
        assertThat(b.kommuner()).extracting(UnitReport::figures)
                .containsExactlyElementsOf(a.kommuner().stream().map(UnitReport::figures).toList());
        assertThat(b.kommuner()).extracting(UnitReport::sections)
                .containsExactlyElementsOf(a.kommuner().stream().map(UnitReport::sections).toList());
        assertThat(b.method()).usingRecursiveComparison().isEqualTo(a.method()); // the tables are arrays
        assertThat(b.followUp()).isEqualTo(a.followUp());
        assertThat(b.intake()).isEqualTo(a.intake());
    }

    /** The unit's figures against the same counted from its cases. */
    private static void matches(UnitReport unit, List<CaseResult> cases, Checklist checklist) {
        Map<String, Long> verdicts = cases.stream().collect(Collectors.groupingBy(CaseResult::verdict,
                Collectors.counting()));
        assertThat(unit.figures().cases()).isEqualTo(cases.size());
        assertThat(unit.figures().assessed())
                .isEqualTo(cases.size() - verdicts.getOrDefault(Checklist.VERDICT_UNASSESSABLE, 0L).intValue());
        unit.figures().verdicts().forEach(v -> assertThat(v.share().count())
                .as(v.verdict()).isEqualTo(verdicts.getOrDefault(v.verdict(), 0L).intValue()));
        assertThat(unit.figures().verdicts().stream().map(v -> v.verdict()).toList()).containsAll(verdicts.keySet());
        assertThat(unit.figures().accordance().count())
                .isEqualTo(verdicts.getOrDefault(Checklist.VERDICT_OK, 0L).intValue());
        assertThat(unit.figures().disagreements()).isEqualTo((int) cases.stream().filter(CaseResult::disagreement).count());
        assertThat(unit.reviewers()).containsExactlyElementsOf(cases.stream().map(CaseResult::reviewer)
                .filter(Objects::nonNull).distinct().sorted().toList());
        Comparator<Kommune> byName = Comparator.comparing(Kommune::navn, java.text.Collator.getInstance(
                java.util.Locale.forLanguageTag("da-DK"))).thenComparing(Kommune::kode);
        assertThat(unit.cases()).extracting(CaseRow::id).containsExactlyElementsOf(cases.stream()
                .sorted(Comparator.comparing(CaseResult::kommune, byName).thenComparing(CaseResult::caseId))
                .map(CaseResult::caseId).toList());
        for (SectionFigures s : unit.sections()) {
            Set<String> ids = s.items().stream().map(f -> f.item().id()).collect(Collectors.toSet());
            int[] theme = new int[3];
            for (CaseResult c : cases) {
                Set<Outcome> found = c.items().stream().filter(r -> ids.contains(r.itemId())).map(ItemResult::outcome)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Outcome.class)));
                if (found.contains(Outcome.IKKE_OPFYLDT)) {
                    theme[1]++;
                } else if (found.contains(Outcome.OPFYLDT)) {
                    theme[0]++;
                } else if (found.contains(Outcome.IKKE_RELEVANT)) {
                    theme[2]++;
                }
            }
            assertThat(counts(s.unitCases())).as("tema " + s.id()).containsExactly(theme[0], theme[1], theme[2]);
            for (ItemFigures f : s.items()) {
                List<ItemResult> answers = cases.stream().flatMap(c -> c.items().stream())
                        .filter(r -> r.itemId().equals(f.item().id())).toList();
                Function<Outcome, Integer> n = o -> (int) answers.stream().filter(r -> r.outcome() == o).count();
                assertThat(counts(f.unit())).as(f.item().id()).containsExactly(n.apply(Outcome.OPFYLDT),
                        n.apply(Outcome.IKKE_OPFYLDT), n.apply(Outcome.IKKE_RELEVANT));
                Map<String, Long> values = answers.stream().filter(r -> r.outcome() == Outcome.OPTALT)
                        .filter(r -> r.value() != null)
                        .collect(Collectors.groupingBy(ItemResult::value, Collectors.counting()));
                for (ValueCount v : f.unit().distribution()) {
                    assertThat(v.share().count()).as(f.item().id() + " " + v.value())
                            .isEqualTo(values.getOrDefault(v.value(), 0L).intValue());
                }
                assertThat(f.unit().distribution().stream().map(ValueCount::value).toList())
                        .containsAll(values.keySet());
            }
        }
    }

    private static List<Integer> counts(ItemStats s) {
        return List.of(s.met(), s.notMet(), s.notRelevant());
    }

    /** The calibration against the agreement computed from the double-reviewed cases' answer lists. */
    private static void calibrationMatches(Calibration cal, List<CaseResult> all, Checklist checklist, double level) {
        List<CaseResult> doubled = all.stream().filter(c -> c.secondReview() != null).toList();
        assertThat(cal.cases()).isEqualTo(doubled.size());
        if (doubled.isEmpty()) {
            return;
        }
        List<String> categories = new ArrayList<>(List.of(Checklist.VERDICT_OK));
        checklist.consequences().forEach(c -> categories.add(c.id()));
        categories.add(Checklist.VERDICT_UNASSESSABLE);
        List<CaseResult> judged = doubled.stream().filter(c -> categories.contains(c.secondReview().verdict())
                && categories.contains(c.verdict())).toList();
        assertThat(cal.verdict().agreement()).usingRecursiveComparison().isEqualTo(Agreement.of(categories, false,
                judged.stream().map(CaseResult::verdict).toList(),
                judged.stream().map(c -> c.secondReview().verdict()).toList(), level).orElse(null));
        for (Calibration.Measure m : cal.items()) {
            Item item = checklist.items().filter(i -> i.id().equals(m.id())).findFirst().orElseThrow();
            AnswerScale scale = checklist.scales().get(((ItemSpec.Assessment) item.spec()).scale());
            List<SecondReview.AnswerPair> pairs = doubled.stream().map(c -> c.secondReview().answers().get(m.id()))
                    .filter(Objects::nonNull).toList();
            assertThat(m.agreement()).as(m.id()).usingRecursiveComparison().isEqualTo(Agreement.of(scale.values(), scale.counted(),
                    pairs.stream().map(SecondReview.AnswerPair::first).toList(),
                    pairs.stream().map(SecondReview.AnswerPair::second).toList(), level).orElse(null));
        }
    }
}
