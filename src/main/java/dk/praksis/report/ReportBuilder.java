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
import dk.praksis.stats.Sampling;
import dk.praksis.stats.PairCounts;
import dk.praksis.stats.Share;
import dk.praksis.stats.StratifiedShare;
import dk.praksis.results.CaseStore;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
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
        return build(checklist, info, ReportTally.of(checklist, results), CaseStore.of(results));
    }

    /**
     * The report from the counts made as the cases were scored; the case lists are views over the store, each
     * case read when an output lists it.
     *
     * @param cases the same cases as {@code tally} counted
     * @throws InvalidInputException when a kommune's population is smaller than its sample
     */
    public AuditReport build(Checklist checklist, AuditInfo info, ReportTally tally, CaseStore cases) {
        Collator danish = Collator.getInstance(Locale.forLanguageTag("da-DK"));
        Comparator<Kommune> byName = Comparator.comparing(Kommune::navn, danish).thenComparing(Kommune::kode);
        Map<Kommune, ReportTally.Unit> byKommune = new TreeMap<>(byName);
        byKommune.putAll(tally.kommuner());
        checkPopulations(info, byKommune);

        ReportTally.Unit all = tally.total();
        Map<String, ItemStats> allItems = all.items().stats(Map.of(), level);
        Map<String, String> itemTexts = checklist.items().collect(Collectors.toMap(Item::id, Item::text));
        Function<CaseResult, CaseRow> row = c -> row(checklist, itemTexts, c);
        Audit audit = new Audit(checklist, allItems, all.items().themes(level),
                verdictOrder(checklist, all.verdicts().keySet()));
        Integer totalPopulation = totalPopulation(info, byKommune.keySet());
        // The pooled total is not a simple random sample of all kommuners' decisions (the sampling fractions
        // differ), so it gets no finite-population correction; the weighted share beside it does (per kommune).
        UnitReport total = unit(audit, null, all, new CaseRows(cases.sorted(byName), row), totalPopulation,
                Sampling.UNKNOWN, allItems, totalPopulation == null ? null : strata(info, byKommune));
        List<UnitReport> kommuner = byKommune.entrySet().stream()
                .map(e -> {
                    Integer population = info.population().get(e.getKey().kode());
                    ReportTally.Unit u = e.getValue();
                    return unit(audit, e.getKey(), u, new CaseRows(cases.cases(e.getKey()), row), population,
                            new Sampling(u.cases(), population), u.items().stats(allItems, level), null);
                })
                .toList();
        boolean corrected = byKommune.keySet().stream().anyMatch(k -> info.population().containsKey(k.kode()));
        List<IntervalMethod> methods = new ArrayList<>(List.of(IntervalMethod.WILSON));
        if (corrected) {
            methods.add(IntervalMethod.WILSON_FPC);
        }
        if (total.figures().weightedAccordance() != null) {
            methods.add(IntervalMethod.STRATIFIED);
        }
        MethodFacts method = new MethodFacts(info.asOf(), checklist.id(), checklist.version(), checklist.sha256(),
                methods, level, consistency(tally.consistency()), tally.calibration(level));
        return new AuditReport(info, checklist, total, kommuner, method);
    }

    /**
     * Internal consistency: Cohen's kappa between each reviewer's own overall verdict and the verdict the
     * checklist derives from the same reviewer's answers, over the cases where the reviewer gave one. Cases
     * without a decision are left out: there the derived verdict is "kan ikke vurderes" by definition, and the
     * pair would agree without saying anything about the checklist. Null below {@link #MIN_AGREEMENT_PAIRS}
     * such cases (kappa on a handful of cases says nothing) or when chance agreement is already complete.
     */
    private static Kappa consistency(PairCounts judged) {
        if (judged.pairs() < MIN_AGREEMENT_PAIRS) {
            return null;
        }
        return Kappa.cohen(judged).orElse(null);
    }

    /**
     * What every unit of one audit shares: the item and theme figures for all kommuner and the verdict order (the
     * same for every unit, so a kommune's verdict rows line up with all kommuners').
     */
    private record Audit(Checklist checklist, Map<String, ItemStats> allItems, Map<String, ItemStats> allThemes,
                         List<String> verdictOrder) {
    }

    /** Per kommune: its counts and N, for the weighted total. */
    private static Map<Kommune, StrataInput> strata(AuditInfo info, Map<Kommune, ReportTally.Unit> byKommune) {
        Map<Kommune, StrataInput> strata = new LinkedHashMap<>();
        byKommune.forEach((k, unit) -> strata.put(k, new StrataInput(unit, info.population().get(k.kode()))));
        return strata;
    }

    private record StrataInput(ReportTally.Unit unit, int population) {
    }

    private UnitReport unit(Audit audit, Kommune kommune, ReportTally.Unit counts, List<CaseRow> rows,
                            Integer population, Sampling sampling, Map<String, ItemStats> unitItems,
                            Map<Kommune, StrataInput> strata) {
        Map<String, ItemStats> unitThemes = counts.items().themes(level);
        List<SectionFigures> sections = new ArrayList<>();
        for (Section s : audit.checklist().sections()) {
            List<ItemFigures> items = s.items().stream()
                    .map(i -> new ItemFigures(i, unitItems.get(i.id()), audit.allItems().get(i.id())))
                    .toList();
            sections.add(new SectionFigures(s.id(), s.title(), unitThemes.get(s.id()), audit.allThemes().get(s.id()),
                    items));
        }
        List<ItemFigures> mostFailed = sections.stream().flatMap(s -> s.items().stream())
                .filter(f -> f.unit().notMet() > 0)
                .sorted(Comparator.comparingInt((ItemFigures f) -> f.unit().notMet()).reversed())
                .limit(MOST_FAILED)
                .toList();
        return new UnitReport(kommune, figures(audit, counts, population, sampling, strata), sections, rows,
                mostFailed, List.copyOf(counts.reviewers()));
    }

    /**
     * The unit's key figures. One denominator per figure, everywhere: every verdict's share is of the
     * realitetsbehandlede (assessable) cases, as the omgørelsesprocent is; only "kan ikke vurderes" is of all
     * cases. Verdict counts always sum to the unit's cases.
     */
    private KeyFigures figures(Audit audit, ReportTally.Unit counts, Integer population, Sampling sampling,
                               Map<Kommune, StrataInput> strata) {
        Checklist checklist = audit.checklist();
        int n = counts.cases();
        int assessed = n - counts.count(Checklist.VERDICT_UNASSESSABLE);
        List<VerdictCount> verdicts = audit.verdictOrder().stream()
                .map(v -> new VerdictCount(v, checklist.verdictLabel(v), share(counts.count(v),
                        v.equals(Checklist.VERDICT_UNASSESSABLE) ? n : assessed, sampling)))
                .toList();
        boolean anyReversal = checklist.consequences().stream().anyMatch(Consequence::reversal);
        Set<String> reversing = checklist.consequences().stream().filter(Consequence::reversal).map(Consequence::id)
                .collect(Collectors.toSet());
        int reversals = reversing.stream().mapToInt(counts::count).sum();
        StratifiedShare weightedAccordance = strata == null ? null
                : weighted(strata, v -> v.equals(Checklist.VERDICT_OK));
        StratifiedShare weightedReversal = strata == null || !anyReversal ? null
                : weighted(strata, reversing::contains);
        return new KeyFigures(n, assessed, verdicts,
                share(counts.count(Checklist.VERDICT_OK), assessed, sampling),
                anyReversal ? share(reversals, assessed, sampling) : null, population,
                counts.disagreements(), weightedAccordance, weightedReversal);
    }

    /** The population-weighted share of assessable cases with the outcome (a verdict), kommuner as strata. */
    private StratifiedShare weighted(Map<Kommune, StrataInput> strata, Predicate<String> outcome) {
        List<StratifiedShare.Stratum> list = strata.values().stream().map(s -> {
            int assessable = 0;
            int with = 0;
            for (Map.Entry<String, Integer> v : s.unit().verdicts().entrySet()) {
                if (!v.getKey().equals(Checklist.VERDICT_UNASSESSABLE)) {
                    assessable += v.getValue();
                    with += outcome.test(v.getKey()) ? v.getValue() : 0;
                }
            }
            return new StratifiedShare.Stratum(with, assessable, s.unit().cases(), s.population());
        }).toList();
        return StratifiedShare.of(list, level).orElse(null);
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

    private static CaseRow row(Checklist checklist, Map<String, String> texts, CaseResult c) {
        List<FailedItem> failed = c.items().stream().filter(r -> r.outcome() == Outcome.IKKE_OPFYLDT)
                .map(r -> new FailedItem(r.itemId(), texts.getOrDefault(r.itemId(), r.itemId()), r.reason(),
                        r.consequence()))
                .toList();
        return new CaseRow(c.caseId(), c.kommune().kode(), c.kommune().navn(), c.caseType(),
                checklist.caseTypes().getOrDefault(c.caseType(), c.caseType()), c.verdict(),
                checklist.verdictLabel(c.verdict()), c.derivedVerdict(), c.reviewerVerdict(), c.disagreement(),
                c.score(), c.items(), failed, c.reviewer(), c.remark());
    }

    private Share share(int count, int total, Sampling sampling) {
        return Share.of(count, total, level, sampling);
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

    private static void checkPopulations(AuditInfo info, Map<Kommune, ReportTally.Unit> byKommune) {
        List<Problem> problems = byKommune.entrySet().stream()
                .filter(e -> info.population().getOrDefault(e.getKey().kode(), Integer.MAX_VALUE) < e.getValue().cases())
                .map(e -> new Problem("undersøgelsesfilen", null, "populationen for " + e.getKey().navn() + " ("
                        + info.population().get(e.getKey().kode()) + " afgørelser) er mindre end antallet af sager i "
                        + "stikprøven (" + e.getValue().cases() + ")"))
                .toList();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
