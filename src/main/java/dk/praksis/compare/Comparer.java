package dk.praksis.compare;

import dk.praksis.checklist.Checklist;
import dk.praksis.errors.InvalidInputException;
import dk.praksis.results.Aggregates.KommuneTally;
import dk.praksis.results.ChecklistInfo;
import dk.praksis.results.ChecklistInfo.ConsequenceInfo;
import dk.praksis.results.KommuneRef;
import dk.praksis.results.Tally;
import dk.praksis.stats.Proportion;
import dk.praksis.stats.Sampling;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds the {@link Comparison} of two or more audit years from their aggregates.
 *
 * <p>Verdict shares use the cases that could be assessed as denominator (all cases minus
 * "kan ikke vurderes"), as Ankestyrelsen's omgørelsesprocent does; item shares use the cases where
 * the item was relevant (met + not met).
 */
public final class Comparer {

    public static final double LEVEL = 0.95;
    /** The key of the reversal share (omgørelsesprocent) among the verdict measures. */
    public static final String OMGOERELSE = "omgørelse";

    private final List<AuditYear> years;
    private final SeriesBuilder series = new SeriesBuilder(LEVEL);

    private Comparer(List<AuditYear> years) {
        this.years = years;
    }

    /** @param years in time order, as {@link AuditYears} returns them */
    public static Comparison compare(List<AuditYear> years, ItemMapping mapping) {
        return new Comparer(years).run(mapping);
    }

    private Comparison run(ItemMapping mapping) {
        List<ItemChain> chains = new ItemMatcher(years, mapping).match();
        Map<String, Map<String, Tally>> byKommune = new TreeMap<>();
        Map<String, KommuneRef> refs = new TreeMap<>();
        for (AuditYear y : years) {
            for (KommuneTally kt : y.results().aggregates().kommuner()) {
                byKommune.computeIfAbsent(kt.kommune().kode(), k -> new LinkedHashMap<>()).put(y.label(), kt.tally());
                refs.put(kt.kommune().kode(), kt.kommune()); // later years win: the current name
            }
        }
        Map<String, Tally> totals = new LinkedHashMap<>();
        years.forEach(y -> totals.put(y.label(), y.results().aggregates().total()));

        UnitComparison total = unit(null, "Alle kommuner", totals, chains);
        List<UnitComparison> kommuner = new ArrayList<>();
        List<KommunePresence> single = new ArrayList<>();
        Comparator<KommuneRef> byName = Comparator.comparing(KommuneRef::navn, Collator.getInstance(Locale.forLanguageTag("da-DK")))
                .thenComparing(KommuneRef::kode);
        byKommune.keySet().stream().map(refs::get).sorted(byName).forEach(ref -> {
            Map<String, Tally> tallies = byKommune.get(ref.kode());
            if (tallies.size() >= 2) {
                kommuner.add(unit(ref, ref.navn(), tallies, chains));
            } else {
                single.add(new KommunePresence(ref, List.copyOf(tallies.keySet())));
            }
        });
        FalseDiscovery.Adjusted adjusted = FalseDiscovery.apply(total, kommuner, LEVEL);
        List<YearInfo> infos = yearInfos();
        return new Comparison(Comparison.FORMAT, LEVEL, infos, notes(infos), chains, adjusted.total(),
                adjusted.kommuner(), single, adjusted.summary());
    }

    private UnitComparison unit(KommuneRef ref, String name, Map<String, Tally> tallies, List<ItemChain> chains) {
        List<MeasureSeries> verdicts = new ArrayList<>();
        for (Map.Entry<String, String> m : verdictMeasures().entrySet()) {
            List<SeriesBuilder.Point> points = new ArrayList<>();
            for (AuditYear y : years) {
                Tally t = tallies.get(y.label());
                if (t != null) {
                    points.add(new SeriesBuilder.Point(y.label(), y.score(), verdictShare(y, t, m.getKey()),
                            sampling(y, ref, t)));
                }
            }
            verdicts.add(series.build(m.getKey(), m.getValue(), points));
        }
        List<MeasureSeries> items = new ArrayList<>();
        for (ItemChain chain : chains) {
            if (!chain.compared()) {
                continue;
            }
            List<SeriesBuilder.Point> points = new ArrayList<>();
            for (AuditYear y : years) {
                Tally t = tallies.get(y.label());
                String id = chain.idsByYear().get(y.label());
                if (t != null && id != null) {
                    Tally.ItemTally it = t.items().get(id);
                    Proportion p = it == null ? Proportion.of(0, 0) : Proportion.of(it.met(), it.met() + it.notMet());
                    points.add(new SeriesBuilder.Point(y.label(), y.score(), p, Sampling.UNKNOWN));
                }
            }
            if (points.size() >= 2) {
                items.add(series.build(chain.key(), chain.displayId(), points));
            }
        }
        return new UnitComparison(ref, name, List.copyOf(tallies.keySet()), verdicts, items);
    }

    /**
     * The year's sampling for a kommune as its audit had it (its cases out of the population the audit file gave),
     * so the share gets the interval the audit's report showed; none for all kommuner, as in the audit.
     */
    private static Sampling sampling(AuditYear y, KommuneRef ref, Tally t) {
        if (ref == null || y.results().audit() == null) {
            return Sampling.UNKNOWN;
        }
        Integer population = y.results().audit().population().get(ref.kode());
        return population == null || population < t.cases() ? Sampling.UNKNOWN : new Sampling(t.cases(), population);
    }

    /** Verdict key to Danish label: in accordance, reversal, then each consequence (latest checklist first). */
    private Map<String, String> verdictMeasures() {
        Map<String, String> measures = new LinkedHashMap<>();
        measures.put(Checklist.VERDICT_OK, "I overensstemmelse med regler og praksis");
        // No omgørelse measure when no year's checklist counts any consequence as a reversal.
        if (years.stream().anyMatch(y -> checklist(y).consequences().stream().anyMatch(ConsequenceInfo::reversal))) {
            measures.put(OMGOERELSE, "Omgørelse (afgørelsen ville blive omgjort)");
        }
        for (int i = years.size() - 1; i >= 0; i--) {
            for (ConsequenceInfo c : checklist(years.get(i)).consequences()) {
                measures.putIfAbsent(c.id(), c.title());
            }
        }
        return measures;
    }

    /** k of the assessable cases; "omgørelse" counts every consequence the year's checklist marks as a reversal. */
    private static Proportion verdictShare(AuditYear year, Tally t, String key) {
        int assessable = t.cases() - t.verdicts().getOrDefault(Checklist.VERDICT_UNASSESSABLE, 0);
        int k;
        if (key.equals(OMGOERELSE)) {
            k = checklist(year).consequences().stream().filter(ConsequenceInfo::reversal)
                    .mapToInt(c -> t.verdicts().getOrDefault(c.id(), 0)).sum();
        } else {
            k = t.verdicts().getOrDefault(key, 0);
        }
        if (k > assessable || assessable < 0) {
            throw new InvalidInputException(year.source(), "aggregaterne passer ikke sammen: " + k + " sager med "
                    + key + ", men kun " + assessable + " sager, der kunne vurderes");
        }
        return Proportion.of(k, assessable);
    }

    private static ChecklistInfo checklist(AuditYear y) {
        return y.results().checklist();
    }

    private List<YearInfo> yearInfos() {
        return years.stream().map(y -> new YearInfo(y.label(),
                y.results().audit() == null ? null : y.results().audit().title(),
                y.results().audit() == null ? null : y.results().audit().sender(), fileName(y.source()),
                y.results().audit() == null ? null : y.results().audit().asOf(),
                checklist(y).id(), checklist(y).version(), checklist(y).sha256(), y.results().aggregates().total().cases(),
                y.results().aggregates().kommuner().size())).toList();
    }

    /**
     * Only the file's name: a full path would show the user's folders and make the same comparison differ
     * from machine to machine.
     */
    private static String fileName(String source) {
        java.nio.file.Path name = java.nio.file.Path.of(source).getFileName();
        return name == null ? source : name.toString();
    }

    private List<String> notes(List<YearInfo> infos) {
        List<String> notes = new ArrayList<>();
        ChecklistsUsed.difference(infos).ifPresent(notes::add);
        notes.add("Vurderingernes andele er beregnet af de sager, der kunne vurderes (alle sager undtagen"
                + " »kan ikke vurderes«). Spørgsmålenes andele er beregnet af de sager, hvor spørgsmålet var relevant.");
        notes.add("Intervallerne er 95 %-konfidensintervaller: Wilsons score-interval for hver andel (for en kommune"
                + " med den endelighedskorrektion, undersøgelsens rapport brugte, så andelen har samme interval som"
                + " dér) og Newcombes"
                + " hybride score-interval for ændringen. En ændring kaldes tydelig, når Fishers eksakte test giver p under"
                + " 0,05 (en trend: den eksakte trendtest); markeringen følger altid den viste p-værdi.");
        return notes;
    }
}
