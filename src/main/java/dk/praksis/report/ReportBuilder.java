package dk.praksis.report;

import dk.praksis.results.AuditInfo;
import dk.praksis.cases.Kommune;
import dk.praksis.checklist.Checklist;
import dk.praksis.checklist.Consequence;
import dk.praksis.checklist.Item;
import dk.praksis.checklist.Section;
import dk.praksis.errors.InvalidInputException;
import dk.praksis.errors.Problem;
import dk.praksis.scoring.CaseResult;
import dk.praksis.scoring.Outcome;
import dk.praksis.stats.IntervalMethod;
import dk.praksis.stats.Kappa;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Builds the {@link AuditReport} from the scored cases: the one place where report figures are computed.
 * Every share carries its Wilson interval from {@link dk.praksis.stats}.
 * Case-level shares (verdicts, accordance, omgørelsesprocent) use the kommune's population for the
 * finite-population correction when the audit file gives it; item and theme shares never do, as the number
 * of decisions in which an item or theme was relevant is unknown. Theme shares count cases, never pooled
 * answers (see {@link SectionFigures}).
 */
public final class ReportBuilder {

    /** How many of the most frequently failed items a unit report lists (the pixi shows three). */
    public static final int MOST_FAILED = 3;

    /** The confidence level of every interval unless told otherwise. */
    public static final double DEFAULT_LEVEL = 0.95;

    private final double level;

    /** Fewest cases with both verdicts for which the agreement between them is reported. */
    static final int MIN_AGREEMENT_PAIRS = 10;

    public ReportBuilder() {
        this(DEFAULT_LEVEL);
    }

    public ReportBuilder(double level) {
        this.level = level;
    }

    /**
     * @throws InvalidInputException when a kommune's population is smaller than its sample
     */
    public AuditReport build(Checklist checklist, AuditInfo info, List<CaseResult> results) {
        Collator danish = Collator.getInstance(Locale.forLanguageTag("da-DK"));
        Comparator<Kommune> byName = Comparator.comparing(Kommune::navn, danish).thenComparing(Kommune::kode);
        List<CaseResult> sorted = results.stream()
                .sorted(Comparator.comparing(CaseResult::kommune, byName).thenComparing(CaseResult::caseId))
                .toList();
        Map<Kommune, List<CaseResult>> byKommune = sorted.stream()
                .collect(Collectors.groupingBy(CaseResult::kommune, LinkedHashMap::new, Collectors.toList()));
        checkPopulations(info, byKommune);

        ItemCounter counter = new ItemCounter(checklist, level);
        Map<String, ItemStats> allItems = counter.count(sorted);
        Audit audit = new Audit(checklist, counter, allItems, counter.themes(sorted),
                verdictOrder(checklist, sorted.stream().map(CaseResult::verdict).collect(Collectors.toSet())),
                checklist.items().collect(Collectors.toMap(Item::id, Item::text)));
        UnitReport total = unit(audit, null, sorted, totalPopulation(info, byKommune.keySet()), allItems);
        List<UnitReport> kommuner = byKommune.entrySet().stream()
                .map(e -> unit(audit, e.getKey(), e.getValue(), info.population().get(e.getKey().kode()),
                        counter.count(e.getValue(), allItems)))
                .toList();
        boolean corrected = byKommune.keySet().stream().anyMatch(k -> info.population().containsKey(k.kode()));
        MethodFacts method = new MethodFacts(info.asOf(), checklist.id(), checklist.version(), checklist.sha256(),
                corrected ? List.of(IntervalMethod.WILSON, IntervalMethod.WILSON_FPC) : List.of(IntervalMethod.WILSON),
                level, agreement(sorted));
        return new AuditReport(info, checklist, total, kommuner, method);
    }

    /**
     * Cohen's kappa between the reviewers' own verdicts and the verdicts the checklist derives, over the
     * cases where the reviewer gave one: how far the checklist and the legal judgement agree. Null below
     * {@link #MIN_AGREEMENT_PAIRS} such cases (kappa on a handful of cases says nothing) or when chance
     * agreement is already complete.
     */
    private static Kappa agreement(List<CaseResult> cases) {
        List<CaseResult> judged = cases.stream().filter(c -> c.reviewerVerdict() != null).toList();
        if (judged.size() < MIN_AGREEMENT_PAIRS) {
            return null;
        }
        return Kappa.cohen(judged.stream().map(CaseResult::reviewerVerdict).toList(),
                judged.stream().map(CaseResult::derivedVerdict).toList()).orElse(null);
    }

    /**
     * What every unit of one audit shares: the item and theme figures for all kommuner, and the verdict order
     * (the same for every unit, so a kommune's verdict rows line up with all kommuners').
     */
    private record Audit(Checklist checklist, ItemCounter counter, Map<String, ItemStats> allItems,
                         Map<String, ItemStats> allThemes, List<String> verdictOrder, Map<String, String> itemTexts) {
    }

    private UnitReport unit(Audit audit, Kommune kommune, List<CaseResult> cases, Integer population,
                            Map<String, ItemStats> unitItems) {
        List<SectionFigures> sections = new ArrayList<>();
        for (Section s : audit.checklist().sections()) {
            List<ItemFigures> items = s.items().stream()
                    .map(i -> new ItemFigures(i, unitItems.get(i.id()), audit.allItems().get(i.id())))
                    .toList();
            sections.add(new SectionFigures(s.id(), s.title(), audit.counter().theme(s, cases),
                    audit.allThemes().get(s.id()), items));
        }
        List<ItemFigures> mostFailed = sections.stream().flatMap(s -> s.items().stream())
                .filter(f -> f.unit().notMet() > 0)
                .sorted(Comparator.comparingInt((ItemFigures f) -> f.unit().notMet()).reversed())
                .limit(MOST_FAILED)
                .toList();
        List<String> reviewers = List.copyOf(cases.stream().map(CaseResult::reviewer).filter(Objects::nonNull)
                .collect(Collectors.toCollection(TreeSet::new)));
        List<CaseRow> rows = cases.stream().map(c -> row(audit, c)).toList();
        return new UnitReport(kommune, figures(audit, cases, population), sections, rows, mostFailed, reviewers);
    }

    private KeyFigures figures(Audit audit, List<CaseResult> cases, Integer population) {
        Checklist checklist = audit.checklist();
        Map<String, Long> counts = cases.stream()
                .collect(Collectors.groupingBy(CaseResult::verdict, Collectors.counting()));
        int n = cases.size();
        int assessed = n - count(counts, Checklist.VERDICT_UNASSESSABLE);
        List<VerdictCount> verdicts = audit.verdictOrder().stream()
                .map(v -> new VerdictCount(v, checklist.verdictLabel(v), share(count(counts, v), n, population)))
                .toList();
        boolean anyReversal = checklist.consequences().stream().anyMatch(Consequence::reversal);
        int reversals = checklist.consequences().stream().filter(Consequence::reversal)
                .mapToInt(c -> count(counts, c.id())).sum();
        int disagreements = (int) cases.stream().filter(CaseResult::disagreement).count();
        return new KeyFigures(n, assessed, verdicts,
                share(count(counts, Checklist.VERDICT_OK), assessed, population),
                anyReversal ? share(reversals, assessed, population) : null, population,
                disagreements);
    }

    /** i_overensstemmelse, the consequences worst first, kan_ikke_vurderes, then any other verdict found. */
    private static List<String> verdictOrder(Checklist checklist, Set<String> found) {
        List<String> order = new ArrayList<>();
        order.add(Checklist.VERDICT_OK);
        checklist.consequences().forEach(c -> order.add(c.id()));
        order.add(Checklist.VERDICT_UNASSESSABLE);
        new TreeSet<>(found).stream().filter(v -> !order.contains(v)).forEach(order::add);
        return order;
    }

    private static CaseRow row(Audit audit, CaseResult c) {
        Checklist checklist = audit.checklist();
        Map<String, String> texts = audit.itemTexts();
        List<FailedItem> failed = c.items().stream().filter(r -> r.outcome() == Outcome.IKKE_OPFYLDT)
                .map(r -> new FailedItem(r.itemId(), texts.getOrDefault(r.itemId(), r.itemId()), r.reason(),
                        r.consequence()))
                .toList();
        return new CaseRow(c.caseId(), c.kommune().kode(), c.kommune().navn(), c.caseType(),
                checklist.caseTypes().getOrDefault(c.caseType(), c.caseType()), c.verdict(),
                checklist.verdictLabel(c.verdict()), c.derivedVerdict(), c.reviewerVerdict(), c.disagreement(),
                c.score(), c.items(), failed, c.reviewer(), c.remark());
    }

    private Share share(int count, int total, Integer population) {
        return Share.of(count, total, level, population);
    }

    private static int count(Map<String, Long> counts, String verdict) {
        return counts.getOrDefault(verdict, 0L).intValue();
    }

    /** The audit's population: the sum over its kommuner, known only when every kommune's is. */
    private static Integer totalPopulation(AuditInfo info, Set<Kommune> kommuner) {
        if (kommuner.isEmpty() || !kommuner.stream().allMatch(k -> info.population().containsKey(k.kode()))) {
            return null;
        }
        return kommuner.stream().mapToInt(k -> info.population().get(k.kode())).sum();
    }

    private static void checkPopulations(AuditInfo info, Map<Kommune, List<CaseResult>> byKommune) {
        List<Problem> problems = byKommune.entrySet().stream()
                .filter(e -> info.population().getOrDefault(e.getKey().kode(), Integer.MAX_VALUE) < e.getValue().size())
                .map(e -> new Problem("undersøgelsesfilen", null, "populationen for " + e.getKey().navn() + " ("
                        + info.population().get(e.getKey().kode()) + " afgørelser) er mindre end antallet af sager i "
                        + "stikprøven (" + e.getValue().size() + ")"))
                .toList();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
