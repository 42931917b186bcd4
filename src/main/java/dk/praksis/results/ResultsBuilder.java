package dk.praksis.results;

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
import java.util.function.UnaryOperator;

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
        ResultsTallies tallies = new ResultsTallies(checklist);
        results.forEach(tallies::add);
        return build(audit, checklist, tallies, results.stream().sorted(CASE_ORDER).toList());
    }

    /**
     * The results file from the counts made as the cases were scored and the cases themselves, read once each
     * when the file is written.
     *
     * @param inCaseOrder the same cases in {@link #CASE_ORDER} (typically a {@link CaseStore} view)
     */
    public static ResultsFile build(AuditInfo audit, Checklist checklist, ResultsTallies tallies,
                                    List<CaseResult> inCaseOrder) {
        return new ResultsFile(ResultsFile.FORMAT, audit, checklistInfo(checklist), itemInfos(checklist),
                tallies.aggregates(), new EntryView(inCaseOrder),
                CalibrationEntry.of(tallies.calibration(CALIBRATION_LEVEL)));
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
        private final UnaryOperator<CaseEntry> then;

        private EntryView(List<CaseResult> cases) {
            this(cases instanceof RandomAccess ? cases : List.copyOf(cases), UnaryOperator.identity());
        }

        private EntryView(List<CaseResult> cases, UnaryOperator<CaseEntry> then) {
            this.cases = cases;
            this.then = then;
        }

        /** The same view with {@code change} applied to each entry as it is made. */
        EntryView then(UnaryOperator<CaseEntry> change) {
            return new EntryView(cases, e -> change.apply(then.apply(e)));
        }

        @Override
        public CaseEntry get(int index) {
            CaseResult r = cases.get(index);
            return then.apply(entry(r, kommuneRef(r.kommune())));
        }

        @Override
        public int size() {
            return cases.size();
        }
    }
}
