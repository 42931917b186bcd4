package dk.praksis.results;

import dk.praksis.calibration.Calibration;
import dk.praksis.checklist.Checklist;
import dk.praksis.checklist.Item;
import dk.praksis.scoring.CaseResult;
import dk.praksis.scoring.ItemResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The results file's counts ({@link Aggregates}) and calibration, counted one case at a time as the cases are
 * scored: memory grows with kommuner × items, not with the cases. The counts do not depend on the order the cases
 * arrive in. Mutable while it is being filled; not thread-safe.
 */
public final class ResultsTallies {

    private final List<String> itemIds;
    private final TallyBuilder total;
    private final Map<String, KommuneRef> kommuner = new TreeMap<>();
    private final Map<String, TallyBuilder> perKommune = new TreeMap<>();
    private final Calibration.Tally calibration;

    public ResultsTallies(Checklist checklist) {
        this.itemIds = checklist.items().map(Item::id).toList();
        this.total = new TallyBuilder(itemIds);
        this.calibration = new Calibration.Tally(checklist);
    }

    public void add(CaseResult r) {
        KommuneRef k = ResultsBuilder.kommuneRef(r.kommune());
        kommuner.putIfAbsent(k.kode(), k);
        perKommune.computeIfAbsent(k.kode(), x -> new TallyBuilder(itemIds)).add(r);
        total.add(r);
        calibration.add(r);
    }

    /** The counts for the whole audit and per kommune (by kommunekode). */
    Aggregates aggregates() {
        return new Aggregates(total.build(), perKommune.entrySet().stream()
                .map(e -> new Aggregates.KommuneTally(kommuner.get(e.getKey()), e.getValue().build())).toList());
    }

    Calibration calibration(double level) {
        return calibration.calibration(level);
    }

    /** The counts of one unit (the audit or a kommune). */
    private static final class TallyBuilder {
        private int cases;
        private int disagreements;
        private final Map<String, Integer> verdicts = new TreeMap<>();
        private final Map<String, int[]> outcomes = new LinkedHashMap<>();
        private final Map<String, Map<String, Integer>> counted = new LinkedHashMap<>();

        TallyBuilder(List<String> itemIds) {
            itemIds.forEach(id -> {
                outcomes.put(id, new int[3]);
                counted.put(id, new TreeMap<>());
            });
        }

        void add(CaseResult r) {
            cases++;
            if (r.disagreement()) {
                disagreements++;
            }
            verdicts.merge(r.verdict(), 1, Integer::sum);
            for (ItemResult i : r.items()) {
                int[] o = outcomes.computeIfAbsent(i.itemId(), x -> new int[3]);
                switch (i.outcome()) {
                    case OPFYLDT -> o[0]++;
                    case IKKE_OPFYLDT -> o[1]++;
                    case IKKE_RELEVANT -> o[2]++;
                    case OPTALT -> counted.computeIfAbsent(i.itemId(), x -> new TreeMap<>()).merge(i.value(), 1, Integer::sum);
                }
            }
        }

        Tally build() {
            Map<String, Tally.ItemTally> items = new LinkedHashMap<>();
            outcomes.forEach((id, o) -> items.put(id, new Tally.ItemTally(o[0], o[1], o[2],
                    counted.getOrDefault(id, Map.of()))));
            return new Tally(cases, verdicts, disagreements, items);
        }
    }
}
