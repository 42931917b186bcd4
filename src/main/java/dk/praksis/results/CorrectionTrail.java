package dk.praksis.results;

import dk.praksis.corrections.AppliedCorrection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Writes the corrections after høring into the results file, beside the answers they replaced. */
public final class CorrectionTrail {

    private CorrectionTrail() {
    }

    /** The results with each corrected case carrying its corrections; the same results when there are none. */
    public static ResultsFile annotate(ResultsFile results, List<AppliedCorrection> applied) {
        if (applied.isEmpty()) {
            return results;
        }
        Map<String, List<CaseEntry.CorrectionEntry>> byCase = new HashMap<>();
        applied.forEach(a -> byCase.computeIfAbsent(a.caseId(), id -> new ArrayList<>()).add(entry(a)));
        UnaryOperator<CaseEntry> correct = c -> byCase.containsKey(c.id()) ? c.withCorrections(byCase.get(c.id())) : c;
        List<CaseEntry> cases = results.cases() instanceof ResultsBuilder.EntryView view ? view.then(correct)
                : results.cases().stream().map(correct).toList(); // a view stays a view: one case in memory at a time
        return new ResultsFile(results.format(), results.audit(), results.checklist(), results.items(),
                results.aggregates(), cases, results.calibration());
    }

    private static CaseEntry.CorrectionEntry entry(AppliedCorrection a) {
        var c = a.correction();
        return new CaseEntry.CorrectionEntry(c.isVerdict() ? CaseEntry.CorrectionEntry.VERDICT : c.itemId(), a.before(),
                c.answer(), c.reason(), c.date(), c.requestedBy());
    }
}
