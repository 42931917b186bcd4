package dk.praksis.results;

import dk.praksis.calibration.Calibration;
import dk.praksis.cases.Kommune;
import dk.praksis.checklist.Checklist;
import dk.praksis.checklist.Item;
import dk.praksis.checklist.Section;
import dk.praksis.scoring.CaseResult;
import dk.praksis.scoring.ItemResult;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.TreeMap;

/** Builds the results file from the scored cases; a pure function of its inputs. */
public final class ResultsBuilder {

    /** Cases ordered the way every output lists them: by kommunekode, then id. */
    public static final Comparator<CaseResult> CASE_ORDER = Comparator
            .comparing((CaseResult c) -> kommuneRef(c.kommune()).kode())
            .thenComparing(CaseResult::caseId);

    private ResultsBuilder() {
    }

    /** The level of the calibration intervals in the results file, as in the reports by default. */
    static final double CALIBRATION_LEVEL = 0.95;

    public static ResultsFile build(AuditInfo audit, Checklist checklist, List<CaseResult> results) {
        List<CaseResult> sorted = results.stream().sorted(CASE_ORDER).toList();
        List<String> itemIds = checklist.items().map(Item::id).toList();

        TallyBuilder total = new TallyBuilder(itemIds);
        Map<String, KommuneRef> kommuner = new TreeMap<>();
        Map<String, TallyBuilder> perKommune = new TreeMap<>();
        for (CaseResult r : sorted) {
            KommuneRef k = kommuneRef(r.kommune());
            kommuner.putIfAbsent(k.kode(), k);
            perKommune.computeIfAbsent(k.kode(), x -> new TallyBuilder(itemIds)).add(r);
            total.add(r);
        }
        List<CaseEntry> entries = new EntryView(sorted);
        List<Aggregates.KommuneTally> tallies = perKommune.entrySet().stream()
                .map(e -> new Aggregates.KommuneTally(kommuner.get(e.getKey()), e.getValue().build())).toList();

        return new ResultsFile(ResultsFile.FORMAT, audit, checklistInfo(checklist), itemInfos(checklist),
                new Aggregates(total.build(), tallies), entries, CalibrationEntry.of(Calibration.of(checklist, sorted,
                        CALIBRATION_LEVEL)));
    }

    public static KommuneRef kommuneRef(Kommune k) {
        return k == null ? new KommuneRef("", "ukendt") : new KommuneRef(k.kode(), k.navn());
    }

    private static ChecklistInfo checklistInfo(Checklist c) {
        return new ChecklistInfo(c.id(), c.version(), c.title(), c.sha256(), c.consequences().stream()
                .map(k -> new ChecklistInfo.ConsequenceInfo(k.id(), k.titel(), k.reversal())).toList());
    }

    private static List<ItemInfo> itemInfos(Checklist c) {
        List<ItemInfo> out = new ArrayList<>();
        for (Section s : c.sections()) {
            for (Item i : s.items()) {
                out.add(new ItemInfo(i.id(), s.id(), i.text(), i.type().key(), i.consequence(), i.rule(),
                        ItemFingerprint.of(i)));
            }
        }
        return out;
    }

    private static CaseEntry entry(CaseResult r, KommuneRef k) {
        Map<String, CaseEntry.ItemEntry> items = new LinkedHashMap<>();
        for (ItemResult i : r.items()) {
            items.put(i.itemId(), new CaseEntry.ItemEntry(i.outcome().key(), i.reason(), i.value(), i.consequence()));
        }
        CaseEntry.SecondEntry second = null;
        if (r.secondReview() != null) {
            Map<String, String> answers = new LinkedHashMap<>();
            r.secondReview().answers().forEach((id, pair) -> answers.put(id, pair.second()));
            second = new CaseEntry.SecondEntry(r.secondReview().reviewer(), r.secondReview().verdict(), answers);
        }
        return new CaseEntry(r.caseId(), k, r.caseType(), r.score(),
                new CaseEntry.Verdicts(r.reviewerVerdict(), r.derivedVerdict(), r.verdict(), r.disagreement()),
                r.reviewer(), r.remark(), items, second);
    }

    /**
     * The case entries as a view over the scored cases, each entry made when it is read (the results writers
     * read each once): a run keeps one form of each case in memory, not a second copy of every answer and reason
     * for the results file.
     */
    static final class EntryView extends AbstractList<CaseEntry> implements RandomAccess {
        private final List<CaseResult> cases;

        private EntryView(List<CaseResult> cases) {
            this.cases = List.copyOf(cases);
        }

        @Override
        public CaseEntry get(int index) {
            CaseResult r = cases.get(index);
            return entry(r, kommuneRef(r.kommune()));
        }

        @Override
        public int size() {
            return cases.size();
        }
    }

    /** Mutable counts while building; never leaves this class. */
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
